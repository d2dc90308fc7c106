#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the store tests and print its
# admin URL. PostgreSQL refuses to run as root, so as root it runs as `postgres`.
# Usage: eval "$(bash .ci/start-postgres.sh DIR)"   — stop with: pg_ctl -D DIR/data stop
set -euo pipefail
dir=${1:-/tmp/danvan-pg}
port=${DANVAN_PG_PORT:-54329}
bindir=$(pg_config --bindir 2>/dev/null || true)
if [ ! -x "$bindir/initdb" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -x "$bindir/initdb" ] || { echo "start-postgres: no PostgreSQL server binaries found" >&2; exit 1; }
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
  as_owner=(runuser -u postgres --)
fi
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  runuser -u postgres -- test -w "$dir" || {
    echo "start-postgres: user postgres cannot write $dir (is a parent folder 0700?)" >&2
    exit 1
  }
fi
if [ ! -f "$dir/data/PG_VERSION" ]; then
  "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
fi
if ! "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
fi
echo "export DANVAN_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/postgres"
echo "export DANVAN_PG_CTL='${as_owner[*]} $bindir/pg_ctl -D $dir/data'"
