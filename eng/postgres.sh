#!/usr/bin/env bash
# A throwaway PostgreSQL on loopback, for the tests, the benchmarks and the cluster sample; the same one CI uses.
#
#   eng/postgres.sh start DIR [PORT]   creates DIR (its parents must be reachable by the server's user),
#                                      starts a server there (trust auth, loopback only) and
#                                      prints its Npgsql connection string; PORT defaults to a free one
#   eng/postgres.sh stop DIR           stops it (DIR can then be deleted)
#
# Needs PostgreSQL's server binaries (Debian: apt-get install -y postgresql). initdb refuses to run as
# root, so as root the server runs as the 'postgres' user.
set -euo pipefail

find_bin() {
  local dir
  for dir in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
  done
  echo "postgres.sh: PostgreSQL's server binaries (initdb, pg_ctl) were not found; install them (Debian: apt-get install -y postgresql)." >&2
  exit 1
}

as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

command="${1:-}"; dir="${2:-}"
[ -n "$command" ] && [ -n "$dir" ] || { sed -n '2,10p' "$0" >&2; exit 2; }
bin="$(find_bin)"

case "$command" in
  start)
    port="${3:-$(free_port)}"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    sed -n '2,10p' "$0" >&2; exit 2
    ;;
esac
