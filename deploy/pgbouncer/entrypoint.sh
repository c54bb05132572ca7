#!/bin/bash
# The app role's password comes from the environment, never from a file in the repository.
set -euo pipefail
printf '"app" "%s"\n' "${APP_DB_PASSWORD}" > /tmp/userlist.txt
exec pgbouncer /etc/pgbouncer/pgbouncer.ini
