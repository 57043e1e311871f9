// Image knowledge for the SQL databases: postgres and the images built on it, mysql, mariadb.
import type { Capability, ImageEntry } from './types'

/**
 * What a gosu/su-exec/setpriv entrypoint does as root, read from its script: chown its directories (CHOWN),
 * walk directories the service user owns with mode 0700 (DAC_OVERRIDE), then switch user (SETUID, SETGID).
 */
export const DROPPING_ENTRYPOINT: readonly Capability[] = ['CHOWN', 'DAC_OVERRIDE', 'SETGID', 'SETUID']

const postgres: ImageEntry = {
  id: 'postgres',
  title: 'PostgreSQL (Docker official image)',
  repositories: ['docker.io/library/postgres'],
  version: /^(\d+)/,
  variants: { markers: [['alpine', 'alpine']], otherwise: 'debian' },
  privileges: 'entrypoint-drops',
  // `groupadd -r postgres --gid=999` / `useradd … --uid=999` (debian); `addgroup -g 70` / `adduser -u 70` (alpine).
  userByVariant: {
    debian: { name: 'postgres', uid: 999, gid: 999 },
    alpine: { name: 'postgres', uid: 70, gid: 70 },
  },
  writablePaths: [
    { path: '/var/lib/postgresql/data', use: 'data', why: 'the database files (PGDATA, the image\'s volume)', versions: { below: 18 } },
    { path: '/var/lib/postgresql', use: 'data', why: 'the database files (PGDATA is /var/lib/postgresql/<major>/docker, the image\'s volume)', versions: { from: 18 } },
    { path: '/var/run/postgresql', use: 'scratch', why: 'the Unix socket and its lock file' },
  ],
  // The entrypoint also chmods PGDATA, which postgres owns: FOWNER.
  capabilitiesAsRoot: ['CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'SETGID', 'SETUID'],
  healthchecks: [{
    test: ['CMD', 'pg_isready', '-h', '127.0.0.1', '-U', 'postgres'],
    note: 'pg_isready ships with the server and does not log in (-U only names the user in the server log). Asking over TCP keeps the check failing while the first-run setup server listens on the socket only.',
  }],
  unprivileged: {
    image: 'bitnami/postgresql',
    user: { uid: 1001 },
    note: 'A different image: its own environment variables (see its README) and data under /bitnami/postgresql.',
  },
  // "Currently, this is only supported for POSTGRES_INITDB_ARGS, POSTGRES_PASSWORD, POSTGRES_USER, and POSTGRES_DB."
  fileEnv: {
    variables: ['POSTGRES_PASSWORD', 'POSTGRES_USER', 'POSTGRES_DB', 'POSTGRES_INITDB_ARGS'],
    source: 'https://github.com/docker-library/docs/blob/HEAD/postgres/content.md#docker-secrets',
  },
  notes: [
    'The entrypoint starts as root, chowns PGDATA and /var/run/postgresql, then re-runs itself as postgres with gosu. With `user: postgres` it skips that: the data directory must already belong to postgres (a new named volume does; a host directory usually does not).',
    'Debian tags run postgres as 999:999, alpine tags as 70:70; `user: postgres` is right on both.',
    'PostgreSQL 18 moved the data directory: mount the volume at /var/lib/postgresql. With a mount at /var/lib/postgresql/data and no database yet, the 18+ entrypoint refuses to start.',
  ],
  sources: [
    'https://hub.docker.com/_/postgres',
    'https://github.com/docker-library/docs/blob/HEAD/postgres/content.md',
    'https://github.com/docker-library/postgres/blob/HEAD/17/bookworm/Dockerfile',
    'https://github.com/docker-library/postgres/blob/HEAD/17/alpine3.22/Dockerfile',
    'https://github.com/docker-library/postgres/blob/HEAD/18/trixie/Dockerfile',
    'https://github.com/docker-library/postgres/blob/HEAD/17/bookworm/docker-entrypoint.sh',
    'https://www.postgresql.org/docs/current/app-pg-isready.html',
  ],
}

const postgis: ImageEntry = {
  ...postgres,
  id: 'postgis',
  title: 'PostGIS (postgres with the PostGIS extension)',
  repositories: ['docker.io/postgis/postgis'],
  // Tags are <postgres major>-<postgis version>[-alpine…], e.g. 16-3.4-alpine.
  version: /^(\d+)-/,
  unprivileged: undefined,
  notes: ['Built FROM the postgres image of the same major and variant: everything said of postgres holds.', ...postgres.notes],
  sources: ['https://github.com/postgis/docker-postgis/blob/HEAD/16-3.4/alpine3.22/Dockerfile', ...postgres.sources],
}

const pgvector: ImageEntry = {
  ...postgres,
  id: 'pgvector',
  title: 'pgvector (postgres with the vector extension)',
  repositories: ['docker.io/pgvector/pgvector', 'docker.io/ankane/pgvector'],
  // Tags name the postgres major: pg16, pg17-bookworm, 0.8.0-pg17.
  version: /(?:^|-)pg(\d+)/,
  variants: { markers: [], otherwise: 'debian' },
  unprivileged: undefined,
  notes: [
    'Built `FROM postgres:$PG_MAJOR-$DEBIAN_CODENAME`: everything said of the debian postgres image holds. ankane/pgvector is the same project\'s earlier image name.',
    ...postgres.notes,
  ],
  sources: ['https://github.com/pgvector/pgvector/blob/HEAD/Dockerfile', ...postgres.sources],
}

const mysql: ImageEntry = {
  id: 'mysql',
  title: 'MySQL (Docker official image)',
  repositories: ['docker.io/library/mysql'],
  version: /^(\d+)/,
  variants: { markers: [['debian', 'debian'], ['oracle', 'oracle-linux']], otherwise: 'oracle-linux' },
  privileges: 'entrypoint-drops',
  // Oracle Linux tags: `groupadd --system --gid 999 mysql` / `useradd --system --uid 999`. The debian template
  // runs `useradd -r` without a uid, so only the name is certain there.
  userByVariant: {
    'oracle-linux': { name: 'mysql', uid: 999, gid: 999 },
    debian: { name: 'mysql' },
  },
  writablePaths: [
    { path: '/var/lib/mysql', use: 'data', why: 'the database files (the image\'s volume)' },
    { path: '/var/run/mysqld', use: 'scratch', why: 'the Unix socket and lock files' },
    { path: '/tmp', use: 'scratch', why: 'mysqld\'s temporary files (tmpdir defaults to /tmp)' },
  ],
  capabilitiesAsRoot: DROPPING_ENTRYPOINT,
  healthchecks: [{
    test: ['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1'],
    note: 'mysqladmin ships in the image (the entrypoint uses it). It exits 0 whenever the server answers, even with access denied. Over TCP the check fails while the first-run setup server runs with --skip-networking.',
  }],
  unprivileged: {
    image: 'bitnami/mysql',
    user: { uid: 1001 },
    note: 'A different image: its own environment variables (see its README) and data under /bitnami/mysql/data.',
  },
  // "Currently, this is only supported for MYSQL_ROOT_PASSWORD, MYSQL_ROOT_HOST, MYSQL_DATABASE, MYSQL_USER, and MYSQL_PASSWORD."
  fileEnv: {
    variables: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_HOST', 'MYSQL_DATABASE', 'MYSQL_USER', 'MYSQL_PASSWORD'],
    source: 'https://github.com/docker-library/docs/blob/HEAD/mysql/content.md#docker-secrets',
  },
  notes: [
    'The entrypoint starts as root, chowns the data, socket and log directories to mysql, then re-runs itself as mysql with gosu. With `user: mysql` it skips that: /var/lib/mysql must already belong to mysql.',
    'Current tags are built on Oracle Linux; `-debian` tags (and older 8.0 releases) on Debian, whose Dockerfile does not fix the uid. `user: mysql` is right on both.',
  ],
  sources: [
    'https://hub.docker.com/_/mysql',
    'https://github.com/docker-library/mysql/blob/HEAD/8.4/Dockerfile.oracle',
    'https://github.com/docker-library/mysql/blob/HEAD/template/Dockerfile.debian',
    'https://github.com/docker-library/mysql/blob/HEAD/8.4/docker-entrypoint.sh',
    'https://dev.mysql.com/doc/refman/8.4/en/mysqladmin.html',
    'https://dev.mysql.com/doc/refman/8.4/en/temporary-files.html',
  ],
}

const mariadb: ImageEntry = {
  id: 'mariadb',
  title: 'MariaDB (Docker official image)',
  repositories: ['docker.io/library/mariadb'],
  version: /^(\d+)/,
  variants: { markers: [], otherwise: 'ubuntu' },
  privileges: 'entrypoint-drops',
  // `groupadd -r mysql && useradd -r -g mysql mysql`; the maintainers state the uid is fixed at 999 (issue 554).
  user: { name: 'mysql', uid: 999, gid: 999 },
  writablePaths: [
    { path: '/var/lib/mysql', use: 'data', why: 'the database files (the image\'s volume)' },
    { path: '/run/mysqld', use: 'scratch', why: 'the Unix socket and lock files' },
    { path: '/tmp', use: 'scratch', why: 'mariadbd\'s temporary files (tmpdir defaults to /tmp)' },
  ],
  capabilitiesAsRoot: DROPPING_ENTRYPOINT,
  healthchecks: [{
    test: ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'],
    note: 'healthcheck.sh is in /usr/local/bin of the current images (images built before it was added lack it). --innodb_initialized logs in with /var/lib/mysql/.my-healthcheck.cnf when that file exists; without it only --connect is meaningful.',
  }],
  unprivileged: {
    image: 'bitnami/mariadb',
    user: { uid: 1001 },
    note: 'A different image: its own environment variables (see its README) and data under /bitnami/mariadb.',
  },
  // The entrypoint's file_env covers these and their MYSQL_* aliases (docker-entrypoint.sh, docker_setup_env).
  fileEnv: {
    variables: [
      'MARIADB_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_HASH', 'MARIADB_ROOT_HOST', 'MARIADB_DATABASE', 'MARIADB_USER', 'MARIADB_PASSWORD',
      'MARIADB_PASSWORD_HASH', 'MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_HOST', 'MYSQL_DATABASE', 'MYSQL_USER', 'MYSQL_PASSWORD',
    ],
    source: 'https://github.com/docker-library/docs/blob/HEAD/mariadb/content.md#docker-secrets',
  },
  notes: [
    'The entrypoint starts as root, chowns the data directories to mysql, then re-runs itself as mysql with gosu. With `user: mysql` it skips that: /var/lib/mysql must already belong to mysql (uid 999).',
    'linuxserver/mariadb is a different image (s6 init, PUID/PGID variables) and is not described here.',
  ],
  sources: [
    'https://hub.docker.com/_/mariadb',
    'https://github.com/MariaDB/mariadb-docker/blob/HEAD/11.8/Dockerfile',
    'https://github.com/MariaDB/mariadb-docker/blob/HEAD/11.8/healthcheck.sh',
    'https://github.com/MariaDB/mariadb-docker/issues/554',
    'https://mariadb.com/kb/en/using-healthcheck-sh/',
  ],
}

export const SQL_ENTRIES: readonly ImageEntry[] = [postgres, postgis, pgvector, mysql, mariadb]
