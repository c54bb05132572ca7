#!/bin/bash
# docker-entrypoint-initdb.d: include deploy/postgres/performance.conf in the new cluster's configuration (first start
# only; the replica copies the primary's data directory, and with it this line).
set -euo pipefail
echo "include '/etc/postgresql/performance.conf'" >> "$PGDATA/postgresql.conf"
