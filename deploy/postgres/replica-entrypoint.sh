#!/bin/bash
# The replica: on first start, a base backup of the primary with pg_basebackup -R (which writes standby.signal and
# primary_conninfo), streaming through the slot the primary made for it; then PostgreSQL as a hot standby.
# hot_standby_feedback keeps the primary from vacuuming away rows a replica query still reads (fewer cancelled reads).
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -p 5432 -q; do echo "waiting for $PRIMARY_HOST"; sleep 1; done
  mkdir -p "$PGDATA" && chmod 700 "$PGDATA"
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -p 5432 -U replicator -D "$PGDATA" -R -X stream -S replica1 --progress
fi
exec postgres -D "$PGDATA" -c hot_standby=on -c hot_standby_feedback=on
