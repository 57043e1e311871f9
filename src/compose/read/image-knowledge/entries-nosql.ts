// Image knowledge for the other data stores: mongo, redis, valkey, clickhouse, elasticsearch, qdrant, weaviate.
import { DROPPING_ENTRYPOINT } from './entries-sql'
import type { ImageEntry } from './types'

const mongo: ImageEntry = {
  id: 'mongo',
  title: 'MongoDB (Docker official image)',
  repositories: ['docker.io/library/mongo'],
  version: /^(\d+)/,
  variants: { markers: [], otherwise: 'ubuntu' },
  privileges: 'entrypoint-drops',
  // `groupadd --gid 999 --system mongodb` / `useradd --uid 999 --system --gid mongodb`.
  user: { name: 'mongodb', uid: 999, gid: 999 },
  writablePaths: [
    { path: '/data/db', use: 'data', why: 'the database files (an image volume)' },
    { path: '/data/configdb', use: 'data', why: 'a config server\'s database files (an image volume)' },
    { path: '/tmp', use: 'scratch', why: 'the entrypoint\'s temporary config and pid files, and mongod\'s Unix socket' },
  ],
  capabilitiesAsRoot: DROPPING_ENTRYPOINT,
  healthchecks: [
    { test: ['CMD', 'mongosh', '--quiet', '--eval', "db.adminCommand('ping')"], versions: { from: 6 }, note: 'mongosh ships in the image; ping needs no login.' },
    { test: ['CMD', 'mongo', '--quiet', '--eval', "db.adminCommand('ping')"], versions: { below: 6 }, note: 'Before 6.0 the image ships the legacy mongo shell.' },
  ],
  unprivileged: {
    image: 'bitnami/mongodb',
    user: { uid: 1001 },
    note: 'A different image: its own environment variables (see its README) and data under /bitnami/mongodb.',
  },
  // "Currently, this is only supported for MONGO_INITDB_ROOT_USERNAME and MONGO_INITDB_ROOT_PASSWORD."
  fileEnv: {
    variables: ['MONGO_INITDB_ROOT_USERNAME', 'MONGO_INITDB_ROOT_PASSWORD'],
    source: 'https://github.com/docker-library/docs/blob/HEAD/mongo/content.md#docker-secrets',
  },
  notes: [
    'The entrypoint starts as root, chowns /data/db and /data/configdb to mongodb, then re-runs itself as mongodb with gosu. With `user: mongodb` it skips that: both must already belong to mongodb.',
  ],
  sources: [
    'https://hub.docker.com/_/mongo',
    'https://github.com/docker-library/mongo/blob/HEAD/7.0/Dockerfile',
    'https://github.com/docker-library/mongo/blob/HEAD/7.0/docker-entrypoint.sh',
    'https://www.mongodb.com/docs/manual/release-notes/6.0-compatibility/',
  ],
}

const redis: ImageEntry = {
  id: 'redis',
  title: 'Redis (Docker official image)',
  repositories: ['docker.io/library/redis'],
  version: /^(\d+)/,
  variants: { markers: [['alpine', 'alpine']], otherwise: 'debian' },
  privileges: 'entrypoint-drops',
  // debian: `groupadd -r -g 999 redis` / `useradd -r -g redis -u 999 redis`;
  // alpine: `addgroup -S -g 1000 redis` / `adduser -S -G redis -u 999 redis`.
  userByVariant: {
    debian: { name: 'redis', uid: 999, gid: 999 },
    alpine: { name: 'redis', uid: 999, gid: 1000 },
  },
  writablePaths: [
    { path: '/data', use: 'data', why: 'RDB and AOF persistence (the image\'s volume and working directory)' },
  ],
  capabilitiesAsRoot: DROPPING_ENTRYPOINT,
  healthchecks: [{
    test: ['CMD', 'redis-cli', 'ping'],
    note: 'redis-cli ships in the image. With a password set, give it through REDISCLI_AUTH.',
  }],
  unprivileged: {
    image: 'bitnami/redis',
    user: { uid: 1001 },
    note: 'A different image: its own environment variables (see its README) and data under /bitnami/redis/data.',
  },
  notes: [
    'The entrypoint starts as root, chowns /data to redis and drops to it, removing unneeded capabilities (SKIP_DROP_PRIVS=1 skips this). With `user: redis` it skips that: /data must already be writable by redis.',
    'Alpine tags put redis in group 1000, debian tags in group 999; `user: redis` is right on both.',
  ],
  sources: [
    'https://hub.docker.com/_/redis',
    'https://github.com/docker-library/docs/blob/HEAD/redis/content.md',
    'https://github.com/redis/docker-library-redis',
    'https://github.com/docker-library/repo-info/tree/HEAD/repos/redis/remote',
  ],
}

const valkey: ImageEntry = {
  ...redis,
  id: 'valkey',
  title: 'Valkey (valkey/valkey)',
  repositories: ['docker.io/valkey/valkey'],
  // debian: `groupadd -r -g 999 valkey` / `useradd -r -g valkey -u 999 valkey`;
  // alpine: `addgroup -S -g 1000 valkey` / `adduser -S -G valkey -u 999 valkey`.
  userByVariant: {
    debian: { name: 'valkey', uid: 999, gid: 999 },
    alpine: { name: 'valkey', uid: 999, gid: 1000 },
  },
  healthchecks: [{ test: ['CMD', 'valkey-cli', 'ping'], note: 'valkey-cli ships in the image. With a password set, give it with -a.' }],
  unprivileged: undefined,
  notes: [
    'The entrypoint starts as root, chowns /data to valkey and switches with setpriv. With `user: valkey` it skips that and stops with an error when /data is not writable.',
    'Alpine tags put valkey in group 1000, debian tags in group 999; `user: valkey` is right on both.',
  ],
  sources: [
    'https://hub.docker.com/r/valkey/valkey',
    'https://github.com/valkey-io/valkey-container/blob/HEAD/9.0/debian/Dockerfile',
    'https://github.com/valkey-io/valkey-container/blob/HEAD/9.0/alpine/Dockerfile',
    'https://github.com/valkey-io/valkey-container/blob/HEAD/docker-entrypoint.sh',
  ],
}

const clickhouse: ImageEntry = {
  id: 'clickhouse',
  title: 'ClickHouse server (clickhouse/clickhouse-server)',
  repositories: ['docker.io/clickhouse/clickhouse-server'],
  version: /^(\d+)/,
  variants: { markers: [['alpine', 'alpine']], otherwise: 'ubuntu' },
  privileges: 'entrypoint-drops',
  // `groupadd -r clickhouse --gid=101` / `useradd -r -g clickhouse --uid=101`; the same ids on alpine.
  user: { name: 'clickhouse', uid: 101, gid: 101 },
  writablePaths: [
    { path: '/var/lib/clickhouse', use: 'data', why: 'the database files (the image\'s volume)' },
    { path: '/var/log/clickhouse-server', use: 'data', why: 'server logs (the image\'s docs suggest a volume)' },
  ],
  // The entrypoint chowns its directories and starts the server through `clickhouse su`.
  capabilitiesAsRoot: ['CHOWN', 'SETGID', 'SETUID'],
  healthchecks: [{
    test: ['CMD', 'wget', '--spider', '-q', 'http://127.0.0.1:8123/ping'],
    note: 'wget ships in the image (the entrypoint probes /ping the same way); /ping needs no login.',
  }],
  notes: [
    'Started as root, the entrypoint chowns its directories and runs the server as clickhouse. With `user:` set it skips the chown: /var/lib/clickhouse and /var/log/clickhouse-server must be writable by that uid.',
    'With CLICKHOUSE_USER, CLICKHOUSE_PASSWORD or CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT set, the entrypoint writes /etc/clickhouse-server/users.d/default-user.xml, which a read-only root filesystem refuses.',
    'SYS_NICE, NET_ADMIN and IPC_LOCK enable optional features only; the image\'s docs call them optional.',
  ],
  sources: [
    'https://hub.docker.com/r/clickhouse/clickhouse-server',
    'https://github.com/ClickHouse/ClickHouse/blob/HEAD/docker/server/Dockerfile.ubuntu',
    'https://github.com/ClickHouse/ClickHouse/blob/HEAD/docker/server/Dockerfile.alpine',
    'https://github.com/ClickHouse/ClickHouse/blob/HEAD/docker/server/entrypoint.sh',
    'https://github.com/ClickHouse/ClickHouse/blob/HEAD/docker/server/README.src/content.md',
  ],
}

const elasticsearch: ImageEntry = {
  id: 'elasticsearch',
  title: 'Elasticsearch',
  repositories: ['docker.io/library/elasticsearch', 'docker.elastic.co/elasticsearch/elasticsearch'],
  version: /^(\d+)/,
  privileges: 'non-root',
  // `USER elasticsearch:root`; the user is uid 1000 and runs with gid 0.
  user: { name: 'elasticsearch', uid: 1000, gid: 0 },
  writablePaths: [
    { path: '/usr/share/elasticsearch/data', use: 'data', why: 'the indices' },
    { path: '/usr/share/elasticsearch/logs', use: 'scratch', why: 'GC and other log files' },
    { path: '/tmp', use: 'scratch', why: 'the JVM\'s private temporary directory' },
  ],
  capabilitiesAsRoot: [],
  notes: [
    'Runs as uid 1000 with gid 0: a bind-mounted data directory must be writable by uid 1000 or group 0.',
    'The first start writes the keystore (and, from 8.0 with security on, certificates) into /usr/share/elasticsearch/config; with a read-only root that directory needs them in advance.',
    'No health check here: the right probe depends on whether security (TLS and a login) is on.',
  ],
  sources: [
    'https://www.elastic.co/guide/en/elasticsearch/reference/current/docker.html',
    'https://github.com/elastic/elasticsearch/blob/HEAD/distribution/docker/src/docker/Dockerfile',
  ],
}

const qdrant: ImageEntry = {
  id: 'qdrant',
  title: 'Qdrant (qdrant/qdrant)',
  repositories: ['docker.io/qdrant/qdrant'],
  writablePaths: [
    { path: '/qdrant/storage', use: 'data', why: 'collections (storage_path ./storage under the working directory /qdrant)' },
    { path: '/qdrant/snapshots', use: 'data', why: 'snapshots (snapshots_path ./snapshots)' },
  ],
  capabilitiesAsRoot: [],
  notes: ['The user it runs as and a shipped health-check client could not be confirmed from its Dockerfile; none is given.'],
  sources: [
    'https://qdrant.tech/documentation/guides/configuration/',
    'https://github.com/qdrant/qdrant/blob/HEAD/Dockerfile',
  ],
}

const weaviate: ImageEntry = {
  id: 'weaviate',
  title: 'Weaviate (semitechnologies/weaviate)',
  repositories: ['docker.io/semitechnologies/weaviate', 'cr.weaviate.io/semitechnologies/weaviate'],
  variants: { markers: [], otherwise: 'alpine' },
  // FROM alpine, no USER.
  privileges: 'stays-root',
  writablePaths: [
    { path: '/var/lib/weaviate', use: 'data', why: 'the data store (PERSISTENCE_DATA_PATH in Weaviate\'s compose examples)' },
  ],
  capabilitiesAsRoot: [],
  healthchecks: [{
    test: ['CMD', 'wget', '-q', '--spider', 'http://127.0.0.1:8080/v1/.well-known/ready'],
    note: 'BusyBox wget from the alpine base; 8080 is the port of the image\'s default command.',
  }],
  notes: ['The data path is wherever PERSISTENCE_DATA_PATH points; /var/lib/weaviate is what Weaviate\'s own examples use.'],
  sources: [
    'https://github.com/weaviate/weaviate/blob/HEAD/Dockerfile',
    'https://weaviate.io/developers/weaviate/installation/docker-compose',
    'https://weaviate.io/developers/weaviate/config-refs/status',
  ],
}

export const NOSQL_ENTRIES: readonly ImageEntry[] = [mongo, redis, valkey, clickhouse, elasticsearch, qdrant, weaviate]
