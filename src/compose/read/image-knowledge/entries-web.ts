// Image knowledge for web servers and proxies: nginx, nginx-unprivileged, httpd, traefik, caddy.
import type { ImageEntry } from './types'

/**
 * Docker Engine 20.10+ starts containers with net.ipv4.ip_unprivileged_port_start=0, so any user may bind ports
 * below 1024 there; NET_BIND_SERVICE is still what older engines and host networking need.
 */
const LOW_PORTS = 'NET_BIND_SERVICE is for ports below 1024 on engines older than Docker 20.10 or with host networking; newer engines let any user bind them.'
const LOW_PORTS_SOURCE = 'https://github.com/moby/moby/pull/41030'

/** A `tmpfs:` mount (docker run --tmpfs) is world-writable (mode 1777) unless its options give another mode. */
const TMPFS_MODE_SOURCE = 'https://docs.docker.com/engine/storage/tmpfs/'

const nginxHealth = (port: string) => [
  { test: ['CMD', 'curl', '-fsS', '-o', '/dev/null', `http://127.0.0.1${port}/`], variants: ['debian'], note: 'curl ships in the debian tags. Point the URL at a location your configuration serves.' },
  { test: ['CMD', 'wget', '-q', '--spider', `http://127.0.0.1${port}/`], variants: ['alpine'], note: 'BusyBox wget from the alpine base (alpine-slim tags have no curl). Point the URL at a location your configuration serves.' },
] as const

const nginx: ImageEntry = {
  id: 'nginx',
  title: 'nginx (Docker official image)',
  repositories: ['docker.io/library/nginx'],
  version: /^(\d+)/,
  variants: { markers: [['alpine', 'alpine']], otherwise: 'debian' },
  privileges: 'master-drops',
  // `addgroup --system --gid 101 nginx` / `adduser --system … --uid 101 nginx`; the same ids on alpine.
  user: { name: 'nginx', uid: 101, gid: 101 },
  writablePaths: [
    { path: '/var/cache/nginx', use: 'scratch', why: 'client-body, proxy and FastCGI temporary files' },
    { path: '/var/run', use: 'scratch', why: 'the pid file' },
  ],
  // The root master binds port 80, creates its temp directories and chowns them to nginx, then starts the
  // workers as nginx.
  capabilitiesAsRoot: ['CHOWN', 'SETGID', 'SETUID', 'NET_BIND_SERVICE'],
  healthchecks: nginxHealth(''),
  unprivileged: {
    image: 'nginxinc/nginx-unprivileged',
    user: { name: 'nginx', uid: 101, gid: 101 },
    port: 8080,
    note: 'The same nginx built to run as uid 101: it listens on 8080 (publish 80:8080) and keeps its pid and temp files in /tmp.',
  },
  notes: [
    'The master process runs as root to bind port 80 and runs its workers as nginx (101). Run with `user:`, nginx itself writes its pid file under /var/run and its temporary files under /var/cache/nginx, which belong to root in the image: the docs move them in the configuration; a tmpfs mount at each (world-writable unless given a mode) does the same without it.',
    'The image\'s docs: a read-only container needs write access to /var/cache/nginx and /var/run.',
    'At start the entrypoint edits /etc/nginx/conf.d/default.conf to listen on IPv6 (skipped with a message on a read-only filesystem) and renders /etc/nginx/templates into /etc/nginx/conf.d, which must then be writable.',
    LOW_PORTS,
  ],
  sources: [
    'https://hub.docker.com/_/nginx',
    'https://github.com/docker-library/docs/blob/HEAD/nginx/content.md',
    'https://github.com/nginxinc/docker-nginx/blob/HEAD/mainline/debian/Dockerfile',
    'https://github.com/nginxinc/docker-nginx/blob/HEAD/mainline/alpine-slim/Dockerfile',
    LOW_PORTS_SOURCE,
    TMPFS_MODE_SOURCE,
  ],
}

const nginxUnprivileged: ImageEntry = {
  id: 'nginx-unprivileged',
  title: 'nginx unprivileged (nginxinc/nginx-unprivileged)',
  repositories: ['docker.io/nginxinc/nginx-unprivileged'],
  version: /^(\d+)/,
  variants: { markers: [['alpine', 'alpine']], otherwise: 'debian' },
  privileges: 'non-root',
  // `ARG UID=101`, `ARG GID=101`, `USER $UID`.
  user: { name: 'nginx', uid: 101, gid: 101 },
  writablePaths: [
    { path: '/tmp', use: 'scratch', why: 'the pid file and the client-body, proxy and FastCGI temporary files' },
    { path: '/var/cache/nginx', use: 'scratch', why: 'nginx\'s cache directory (owned by 101)' },
  ],
  capabilitiesAsRoot: [],
  healthchecks: nginxHealth(':8080'),
  notes: [
    'Listens on 8080 and needs no capability; the entrypoint\'s configuration edits behave as in the nginx image.',
  ],
  sources: [
    'https://hub.docker.com/r/nginxinc/nginx-unprivileged',
    'https://github.com/nginxinc/docker-nginx-unprivileged/blob/HEAD/mainline/debian/Dockerfile',
  ],
}

const httpd: ImageEntry = {
  id: 'httpd',
  title: 'Apache httpd (Docker official image)',
  repositories: ['docker.io/library/httpd'],
  version: /^(\d+)/,
  variants: { markers: [['alpine', 'alpine']], otherwise: 'debian' },
  privileges: 'master-drops',
  // The Dockerfile rewrites `User daemon` / `Group daemon` to www-data. Debian's www-data is 33:33 (base-passwd);
  // alpine's is created with `addgroup -g 82` / `adduser -u 82`.
  userByVariant: {
    debian: { name: 'www-data', uid: 33, gid: 33 },
    alpine: { name: 'www-data', uid: 82, gid: 82 },
  },
  writablePaths: [
    { path: '/usr/local/apache2/logs', use: 'scratch', why: 'the pid file (logs themselves go to stdout and stderr)' },
  ],
  // The root parent binds port 80 and starts its children as www-data.
  capabilitiesAsRoot: ['SETGID', 'SETUID', 'NET_BIND_SERVICE'],
  healthchecks: [
    { test: ['CMD', 'wget', '-q', '--spider', 'http://127.0.0.1/'], variants: ['alpine'], note: 'BusyBox wget from the alpine base; no HTTP client is known to ship in the debian tags.' },
  ],
  notes: [
    'The parent process runs as root to bind port 80 and runs its children as www-data. Run with `user:`, httpd itself writes its pid file in /usr/local/apache2/logs, which belongs to root in the image: a tmpfs mount there (world-writable unless given a mode) makes it writable. Port 80 then needs an engine that lets any user bind it (see NET_BIND_SERVICE).',
    LOW_PORTS,
  ],
  sources: [
    'https://hub.docker.com/_/httpd',
    'https://github.com/docker-library/httpd/blob/HEAD/2.4/Dockerfile',
    'https://github.com/docker-library/httpd/blob/HEAD/2.4/alpine/Dockerfile',
    LOW_PORTS_SOURCE,
    TMPFS_MODE_SOURCE,
  ],
}

const traefik: ImageEntry = {
  id: 'traefik',
  title: 'Traefik (Docker official image)',
  repositories: ['docker.io/library/traefik'],
  version: /^v?(\d+)/,
  variants: { markers: [], otherwise: 'alpine' },
  // FROM alpine, no USER, no privilege drop.
  privileges: 'stays-root',
  writablePaths: [],
  capabilitiesAsRoot: ['NET_BIND_SERVICE'],
  healthchecks: [{
    test: ['CMD', 'traefik', 'healthcheck', '--ping'],
    note: 'Calls /ping, which must be enabled in the static configuration (--ping=true).',
  }],
  notes: [
    'Nothing to write by default. An ACME (Let\'s Encrypt) storage file such as acme.json must sit on a volume.',
    'Any uid can run it when its configuration, certificates and ACME file are readable and writable by that uid.',
    LOW_PORTS,
  ],
  sources: [
    'https://hub.docker.com/_/traefik',
    'https://github.com/traefik/traefik-library-image/blob/HEAD/v3.6/alpine/Dockerfile',
    'https://doc.traefik.io/traefik/operations/cli/#healthcheck',
    LOW_PORTS_SOURCE,
  ],
}

const caddy: ImageEntry = {
  id: 'caddy',
  title: 'Caddy (Docker official image)',
  repositories: ['docker.io/library/caddy'],
  version: /^(\d+)/,
  variants: { markers: [], otherwise: 'alpine' },
  // No USER: runs as root.
  privileges: 'stays-root',
  writablePaths: [
    { path: '/data', use: 'data', why: 'certificates and keys (XDG_DATA_HOME)' },
    { path: '/config', use: 'data', why: 'the last loaded configuration (XDG_CONFIG_HOME)' },
  ],
  capabilitiesAsRoot: ['NET_BIND_SERVICE'],
  notes: [
    '/data/caddy and /config/caddy are mode 1777 in the image, so any uid can run it.',
    'The Dockerfile gives /usr/bin/caddy the file capability cap_net_bind_service=+ep: with `cap_drop: [ALL]` keep NET_BIND_SERVICE so the binary may still be executed with it.',
    LOW_PORTS,
  ],
  sources: [
    'https://hub.docker.com/_/caddy',
    'https://github.com/caddyserver/caddy-docker/blob/HEAD/2.11/alpine/Dockerfile',
    'https://caddyserver.com/docs/conventions#file-locations',
    LOW_PORTS_SOURCE,
  ],
}

export const WEB_ENTRIES: readonly ImageEntry[] = [nginx, nginxUnprivileged, httpd, traefik, caddy]
