// Image knowledge for language runtimes (node, python) and Bitnami's non-root database images.
import type { ImageEntry } from './types'

const node: ImageEntry = {
  id: 'node',
  title: 'Node.js (Docker official image)',
  repositories: ['docker.io/library/node'],
  version: /^(\d+)/,
  variants: { markers: [['alpine', 'alpine']], otherwise: 'debian' },
  privileges: 'stays-root',
  // `groupadd --gid 1000 node && useradd --uid 1000 --gid node …` (debian); `addgroup -g 1000 node && adduser -u 1000 -G node …` (alpine).
  user: { name: 'node', uid: 1000, gid: 1000 },
  writablePaths: [
    { path: '/tmp', use: 'scratch', why: 'os.tmpdir() and most libraries\' temporary files' },
  ],
  capabilitiesAsRoot: [],
  notes: [
    'The image provides the unprivileged user node (1000:1000) and its docs recommend running as it; the application\'s files must be readable by it.',
    'What else the application writes is its own business: npm run at start writes its cache under /home/node/.npm.',
    'No health check: what to probe depends on the application.',
  ],
  sources: [
    'https://hub.docker.com/_/node',
    'https://github.com/nodejs/docker-node/blob/HEAD/docs/BestPractices.md',
    'https://github.com/docker-library/repo-info/tree/HEAD/repos/node/remote',
  ],
}

const python: ImageEntry = {
  id: 'python',
  title: 'Python (Docker official image)',
  repositories: ['docker.io/library/python'],
  version: /^(\d+)/,
  variants: { markers: [['alpine', 'alpine']], otherwise: 'debian' },
  // No USER and no useradd in the Dockerfiles: runs as root, and there is no other user to name.
  privileges: 'stays-root',
  writablePaths: [
    { path: '/tmp', use: 'scratch', why: 'tempfile\'s default directory' },
  ],
  capabilitiesAsRoot: [],
  notes: [
    'The image creates no unprivileged user: pick a uid, and make the application\'s files readable by it.',
    'No health check: what to probe depends on the application.',
  ],
  sources: [
    'https://hub.docker.com/_/python',
    'https://github.com/docker-library/python/blob/HEAD/3.13/slim-bookworm/Dockerfile',
  ],
}

/** Bitnami images run as uid 1001 and keep their state under /bitnami; their READMEs say so for each. */
const bitnami = (id: string, title: string, data: string): ImageEntry => ({
  id: `bitnami-${id}`,
  title: `${title} (Bitnami)`,
  repositories: [`docker.io/bitnami/${id}`],
  privileges: 'non-root',
  user: { uid: 1001 },
  writablePaths: [{ path: data, use: 'data', why: 'the database files' }],
  capabilitiesAsRoot: [],
  notes: [
    'A non-root container: mounted files and directories must be writable by uid 1001.',
    'A read-only root needs more writable paths under /opt/bitnami, not listed here.',
  ],
  sources: [`https://github.com/bitnami/containers/tree/HEAD/bitnami/${id}`, `https://hub.docker.com/r/bitnami/${id}`],
})

export const RUNTIME_ENTRIES: readonly ImageEntry[] = [
  node,
  python,
  bitnami('postgresql', 'PostgreSQL', '/bitnami/postgresql'),
  bitnami('mysql', 'MySQL', '/bitnami/mysql/data'),
  bitnami('mariadb', 'MariaDB', '/bitnami/mariadb'),
  bitnami('mongodb', 'MongoDB', '/bitnami/mongodb'),
  bitnami('redis', 'Redis', '/bitnami/redis/data'),
]
