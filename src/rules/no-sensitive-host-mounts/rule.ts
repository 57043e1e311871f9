// no-sensitive-host-mounts: bind mounts of system directories expose (or let the container rewrite) the host itself.
import { isUnder, normalizePath } from '../../compose/read/host-path'
import { itemKeyPath, readHostMounts } from '../../compose/read/settings'
import type { HostMount } from '../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../compose/types'
import { defineRule } from '../define-rule'
import { isRuntimeSocket, throughVolume } from '../no-docker-socket/rule'
import { mountLabel } from '../security-helpers'

/**
 * Host directories that must not be bind-mounted, nor anything below them, with what they hold. Beyond the catalogue's
 * list: /bin, /sbin and /lib32, /lib64, /libx32 (the same programs and libraries as /usr and /lib, usr-merged or not),
 * the state of the other container runtimes next to /var/lib/docker, and the runtimes' socket directories in /run;
 * also libvirt's (found in the corpus review: its socket defines VMs that can attach any host disk).
 */
const SENSITIVE: ReadonlyArray<[root: string, what: string]> = [
  ['/boot', "the host's kernel and boot loader"],
  ['/dev', "the host's device nodes (disks, memory, terminals)"],
  ['/etc', "the host's configuration (users, password hashes, sudoers, cron, systemd units)"],
  ['/lib', "the host's system libraries and kernel modules"],
  ['/lib32', "the host's system libraries"],
  ['/lib64', "the host's system libraries"],
  ['/libx32', "the host's system libraries"],
  ['/bin', "the host's programs"],
  ['/sbin', "the host's system programs"],
  ['/proc', "the host's process and kernel interfaces"],
  ['/sys', "the host's kernel and device settings"],
  ['/usr', "the host's programs and libraries"],
  ['/root', "root's home directory on the host (SSH keys, shell history, credentials)"],
  ['/var/lib/docker', "Docker's state: every image, container filesystem and volume"],
  ['/var/lib/containerd', "containerd's state: every image and container filesystem"],
  ['/var/lib/containers', "Podman's and CRI-O's state: every image and container filesystem"],
  ['/run/systemd', "systemd's control sockets, which start and stop the host's services"],
  ['/run/dbus', "the system D-Bus socket, which drives the host's services"],
  ['/run/docker', "the Docker daemon's runtime state and plugin sockets"],
  ['/run/containerd', "containerd's API socket and runtime state"],
  ['/run/podman', "Podman's API socket"],
  ['/run/crio', "CRI-O's API socket"],
  ['/run/user', "the users' runtime directories, with rootless Docker's and Podman's API sockets and their D-Bus sessions"],
  ['/run/libvirt', "libvirt's API sockets, which create and control the host's virtual machines (with any host disk or directory attached)"],
  ['/var/lib/libvirt', "libvirt's state: every virtual machine's disk images and definitions"],
]

/** Directories that count only as themselves: each contains a sensitive one, but most of what lies below them does not. */
const PARENTS: ReadonlyMap<string, string> = new Map([
  ['/var', "the host's variable data, with Docker's state (/var/lib/docker) in it"],
  ['/var/lib', "the host's services' state, with Docker's (/var/lib/docker) in it"],
  ['/run', "the host's runtime state, with the container runtime's API socket and systemd's and D-Bus's sockets in it"],
  ['/home', "every user's home directory (SSH keys, cloud credentials, shell history)"],
])

/** A user's home directory, and the credentials in it (with anything below those). */
const HOME = /^(~[^/]*|\/home\/[^/]+)$/
const HOME_CREDENTIALS = /^(~[^/]*|\/home\/[^/]+)\/\.(ssh|aws|kube|docker)(\/|$)/
const CREDENTIALS: Readonly<Record<string, string>> = {
  ssh: 'SSH keys', aws: 'AWS credentials', kube: 'Kubernetes credentials', docker: 'Docker registry credentials',
}

/** Files that share the host's clock zone: mounted read-only, the common and harmless way to get the host's time zone. */
const CLOCK_ZONE = new Set(['/etc/localtime', '/etc/timezone'])

/** `$HOME/.ssh` and `${HOME}/.ssh` mean the home directory whatever the variable holds. */
const homeVariable = (written: string) => written.replace(/^(\$HOME|\$\{HOME\})(?=\/|$)/, '~')

interface Sensitive { host: HostMount; path: string; root: string; what: string }

function classify(path: string): { root: string; what: string } | undefined {
  if (path === '/') return { root: '/', what: 'the whole host filesystem' }
  const parent = PARENTS.get(path)
  if (parent) return { root: path, what: parent }
  const credentials = HOME_CREDENTIALS.exec(path)
  if (credentials) return { root: `${credentials[1]}/.${credentials[2]}`, what: `a user's ${CREDENTIALS[credentials[2]]}` }
  if (HOME.test(path)) return { root: path, what: "a user's home directory (SSH keys, cloud credentials, shell history)" }
  const hit = SENSITIVE.find(([root]) => isUnder(path, root))
  return hit ? { root: hit[0], what: hit[1] } : undefined
}

function sensitiveMounts(file: ComposeFile, service: ServiceView): Sensitive[] {
  const out: Sensitive[] = []
  for (const host of readHostMounts(file, service)) {
    // A variable without default could be anything (except $HOME): neither flagged nor cleared.
    const written = homeVariable(host.path)
    if (!host.known && written === host.path) continue
    if (!written.startsWith('/') && !written.startsWith('~')) continue
    const path = normalizePath(written)
    // `/var/run` is a link to `/run` on every current distribution.
    const real = path.replace(/^\/var\/run(?=\/|$)/, '/run')
    // A runtime's socket is no-docker-socket's finding (critical), not this rule's.
    if (isRuntimeSocket(real)) continue
    if (host.readOnly && CLOCK_ZONE.has(real)) continue
    const hit = classify(real)
    if (hit) out.push({ host, path, ...hit })
  }
  return out
}

export default defineRule({
  id: 'no-sensitive-host-mounts',
  title: 'Do not mount the host\'s system directories',
  description:
    'A bind mount of the host\'s root or of a system directory (/boot, /dev, /etc, /lib, /proc, /sys, /usr, /root, /var/lib/docker, /run/systemd, /run/dbus, or anything below them; also /bin, /sbin, /lib64, the other runtimes\' state directories and their socket directories in /run, and libvirt\'s, /var/lib/libvirt and /run/libvirt, whose socket creates virtual machines with any host disk attached), of a home directory (/home, /home/<user>, ~) or the credentials in one (~/.ssh, ~/.aws, ~/.kube, ~/.docker), or of a directory that holds one of these (/var, /var/lib, /run, and /var/run, a link to /run) puts the host itself inside the container. Read-write, a compromised container can plant a cron job, replace a library or a binary, add a user, steal a key or rewrite another container\'s files, and so take over the host. Read-only it still reads secrets such as password hashes, SSH keys and other containers\' data. A named volume whose `driver_opts` bind a host path (`type: none` or `o: bind`, with `device:`) counts as a bind mount of that path. Paths are compared after removing doubled slashes, `/./`, `..` and trailing slashes; `$HOME` counts as a home directory. Read-only /etc/localtime and /etc/timezone, the usual way to share the host\'s clock zone, are not reported.',
  severity: 'high',
  checklist: [],
  references: ['CIS Docker Benchmark 5.6', 'https://docs.docker.com/engine/storage/bind-mounts/'],
  fix: 'none',
  panel: 'filesystem',
  howToFix: 'Mount only the file or subdirectory the workload needs, read-only (`:ro`), or use a named volume. For the clock zone, mount `/etc/localtime:/etc/localtime:ro` or set `TZ`.',
  messages: {
    'read-write': 'Volume "{{item}}"{{via}} bind-mounts {{path}} read-write, and {{root}} holds {{what}}: the container can change the host itself, which is a way to take it over.',
    'read-only': 'Volume "{{item}}"{{via}} bind-mounts {{path}} read-only, and {{root}} holds {{what}}: the container can still read the host files there, secrets included; mount only what it needs.',
  },
  checkService({ file, service, report }) {
    for (const s of sensitiveMounts(file, service)) {
      report({
        messageId: s.host.readOnly ? 'read-only' : 'read-write',
        severity: s.host.readOnly ? 'medium' : 'high',
        at: itemKeyPath(s.host.mount, 'source'),
        data: { item: mountLabel(s.host.mount), via: throughVolume(s.host), path: s.path, root: s.root, what: s.what, volume: s.host.volume ?? '' },
      })
    }
  },
})
