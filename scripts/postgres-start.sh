#!/usr/bin/env bash
# Start a throwaway PostgreSQL on loopback with its data under a temp dir, for tests.
# Prints the admin URL on stdout (last line). Usage: scripts/postgres-start.sh [port]
set -euo pipefail
port="${1:-54329}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bindir/initdb" ] || { echo "postgres-start: PostgreSQL server binaries not found" >&2; exit 1; }
dir="$(mktemp -d /tmp/rigline-pg.XXXXXX)"
# The server refuses to run as root: run it as the postgres system user when we are root.
as_pg=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
echo "$dir" > /tmp/rigline-pg.last
echo "postgres://postgres@127.0.0.1:$port/postgres"
