import { describe, expect, it } from 'vitest'
import { databaseOf, isDatabaseImage } from './database-images'

describe('databaseOf', () => {
  it.each([
    ['postgres', 'postgres'],
    ['docker.io/library/postgres', 'postgres'],
    ['postgis/postgis', 'postgis'],
    ['bitnami/postgresql', 'postgresql'],
    ['bitnami/postgresql-repmgr', 'postgresql'],
    ['supabase/postgres', 'postgres'],
    ['pgvector/pgvector', 'pgvector'],
    ['timescale/timescaledb', 'timescaledb'],
    ['timescale/timescaledb-ha', 'timescaledb'],
    ['mysql', 'mysql'],
    ['mysql/mysql-server', 'mysql'],
    ['container-registry.oracle.com/mysql/community-server', 'mysql'],
    ['percona/percona-server', 'percona'],
    ['percona/percona-server-mongodb', 'percona'],
    ['mariadb', 'mariadb'],
    ['bitnami/mariadb-galera', 'mariadb'],
    ['mongo', 'mongo'],
    ['mongodb/mongodb-community-server', 'mongodb'],
    ['bitnami/mongodb-sharded', 'mongodb'],
    ['redis', 'redis'],
    ['redis/redis-stack-server', 'redis'],
    ['bitnami/redis-cluster', 'redis'],
    ['valkey/valkey', 'valkey'],
    ['memcached', 'memcached'],
    ['docker.elastic.co/elasticsearch/elasticsearch', 'elasticsearch'],
    ['opensearchproject/opensearch', 'opensearch'],
    ['cassandra', 'cassandra'],
    ['apache/couchdb', 'couchdb'],
    ['couchbase/server', 'couchbase'],
    ['influxdb', 'influxdb'],
    ['neo4j', 'neo4j'],
    ['clickhouse/clickhouse-server', 'clickhouse'],
    ['mcr.microsoft.com/mssql/server', 'mssql'],
    ['mcr.microsoft.com/mssql/rhel/server', 'mssql'],
    ['cockroachdb/cockroach', 'cockroach'],
    ['scylladb/scylla', 'scylla'],
    ['eqalpha/keydb', 'keydb'],
    ['docker.dragonflydb.io/dragonflydb/dragonfly', 'dragonfly'],
    ['quay.io/coreos/etcd', 'etcd'],
    ['rethinkdb', 'rethinkdb'],
    ['arangodb/arangodb', 'arangodb'],
    ['surrealdb/surrealdb', 'surrealdb'],
    ['container-registry.oracle.com/database/free', 'oracle'],
    // Missed before the corpus review (awesome-compose aspnet-mssql, coolify templates, casaos Karakeep).
    ['mcr.microsoft.com/azure-sql-edge', 'azure-sql-edge'],
    ['paradedb/paradedb', 'paradedb'],
    ['redislabs/redismod', 'redismod'],
    ['getmeili/meilisearch', 'meilisearch'],
    ['typesense/typesense', 'typesense'],
    ['ghcr.io/denoland/denokv', 'denokv'],
    ['docker.elastic.co/elasticsearch/elasticsearch-wolfi', 'elasticsearch'],
    ['localhost:5000/postgres', 'postgres'],
    ['Registry.Example.com/Team/Redis', 'redis'],
  ])('%s is %s', (image, db) => {
    expect(databaseOf(image)).toBe(db)
  })

  it.each([
    'nginx', 'mongo-express', 'redis-commander', 'redislabs/redisinsight', 'prometheuscommunity/postgres-exporter',
    'oliver006/redis_exporter', 'bitnami/mysqld-exporter', 'adminer', 'dpage/pgadmin4', 'phpmyadmin',
    'wordpress', 'myorg/server', 'traefik', 'postgrest/postgrest', 'grafana/grafana', '', '/',
    'docker.elastic.co/kibana/kibana', 'example.com/postgres/app', 'supabase/postgres-meta', 'dbeaver/cloudbeaver',
    'registry.supertokens.io/supertokens/supertokens-postgresql', 'redis/redisinsight', 'timberio/vector',
  ])('%s is not a database', (image) => {
    expect(isDatabaseImage(image)).toBe(false)
  })
})
