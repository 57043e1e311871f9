// Which images are databases: matched on the repository's last path component, never on a substring,
// so tools around a database (mongo-express, postgres-exporter, redis-commander) are not databases.

/** Data stores by their usual image name (Docker Hub official images, vendor and Bitnami repositories). */
const DATABASES: readonly string[] = [
  'aerospike', 'arangodb', 'azure-sql-edge', 'cassandra', 'chroma', 'citus', 'clickhouse', 'cockroach', 'cockroachdb',
  'couchbase', 'couchdb', 'db2', 'denokv', 'dgraph', 'dragonfly', 'edgedb', 'elasticsearch', 'etcd', 'firebird',
  'foundationdb', 'garnet', 'influxdb', 'keydb', 'kvrocks', 'mariadb', 'meilisearch', 'memcached', 'milvus', 'mongo',
  'mongodb', 'mssql', 'mysql', 'neo4j', 'opensearch', 'orientdb', 'oracle-free', 'oracle-xe', 'paradedb', 'percona',
  'pgvector', 'postgis', 'postgres', 'postgresql', 'qdrant', 'questdb', 'ravendb', 'redis', 'redismod', 'rethinkdb',
  'scylla', 'solr', 'surrealdb', 'tarantool', 'tidb', 'timescaledb', 'typesense', 'valkey', 'weaviate', 'yugabyte',
]

const NAMES = new Set(DATABASES)

/**
 * Variants vendors publish beside the plain name (bitnami/redis-cluster, redis/redis-stack-server, timescaledb-ha,
 * docker.elastic.co/elasticsearch/elasticsearch-wolfi).
 */
const VARIANT = /-(cluster|sharded|galera|repmgr|server|ha|stack|stack-server|community-server|enterprise|oss|sentinel|mongodb|wolfi)$/

/** Repositories whose last component is generic: mcr.microsoft.com/mssql/server, couchbase/server, mysql/community-server. */
const GENERIC_LAST = new Set(['server', 'community-server', 'enterprise-server', 'free', 'enterprise', 'express'])
const GENERIC_OWNERS = new Set(['mssql', 'couchbase', 'mysql'])

function baseName(component: string): string | undefined {
  if (NAMES.has(component)) return component
  const m = VARIANT.exec(component)
  if (m) {
    const stem = component.slice(0, m.index)
    if (NAMES.has(stem)) return stem
    if (stem === 'percona-server') return 'percona'
  }
  return undefined
}

/**
 * The database an image name stands for (`bitnami/postgresql` → 'postgresql'), or undefined.
 * `name` is the repository without tag or digest, as readImage returns it; a registry host or port is fine.
 */
export function databaseOf(name: string): string | undefined {
  const parts = name.trim().toLowerCase().split('/').filter(Boolean)
  const last = parts.at(-1)
  if (last === undefined) return undefined
  const direct = baseName(last)
  if (direct) return direct
  if (!GENERIC_LAST.has(last)) return undefined
  // mcr.microsoft.com/mssql/rhel/server, container-registry.oracle.com/database/free
  for (let i = parts.length - 2; i >= Math.max(0, parts.length - 3); i--) {
    const owner = parts[i]
    if (owner === 'database') return 'oracle'
    if (GENERIC_OWNERS.has(owner)) return owner
  }
  return undefined
}

export function isDatabaseImage(name: string): boolean {
  return databaseOf(name) !== undefined
}
