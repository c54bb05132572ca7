#!/bin/bash
# Runs once, when the primary's data folder is created (docker-entrypoint-initdb.d). Makes:
# - `app`, the application's role, owner of support_market (so migrations can create its extensions, all trusted);
# - `replicator`, allowed to stream WAL to the replica, and the physical slot the replica streams through;
# - settings PgBouncer's transaction pooling cannot pass on as startup options (docs/scaling.md): jit off, no parallel
#   workers and the statement limit, on the app role, so every server connection has them.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-SQL
  CREATE ROLE app LOGIN PASSWORD '${APP_DB_PASSWORD}';
  ALTER DATABASE support_market OWNER TO app;
  ALTER SCHEMA public OWNER TO app;
  ALTER ROLE app SET jit = off;
  ALTER ROLE app SET max_parallel_workers_per_gather = 0;
  -- The API's statement limit (DB_STATEMENT_TIMEOUT_MS); migrations connect directly and send their own (none).
  ALTER ROLE app SET statement_timeout = '5s';
  CREATE ROLE replicator REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD}';
  SELECT pg_create_physical_replication_slot('replica1');
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
