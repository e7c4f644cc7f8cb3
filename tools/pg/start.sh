#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for tests, CI and trying the team setup on one machine.
#
#   eval "$(tools/pg/start.sh)"            # a new cluster in a temporary folder
#   eval "$(tools/pg/start.sh DIR)"        # ... in DIR (created, must be empty or absent)
#   tools/pg/start.sh --watch PID [DIR]    # ... stopped by itself once process PID has ended
#   ...
#   tools/pg/stop.sh "$ALLEGIANCE_PG_DIR"  # stops it and removes the folder
#
# Uses the machine's own binaries (initdb, pg_ctl: Debian's package `postgresql`); downloads
# nothing. The cluster listens on a unix socket inside its folder and on 127.0.0.1 at a free port,
# trusts local connections (it is private to this machine and temporary), and uses the C collation
# so text sorts by bytes, as SQLite sorts it. PostgreSQL refuses to run as root: run as root, the
# cluster belongs to an unprivileged user (ALLEGIANCE_PG_OS_USER, default `nobody`).
#
# Prints shell `export` lines: ALLEGIANCE_PG_DIR, ALLEGIANCE_TEST_PG (the connection URL),
# PGHOST, PGPORT, PGUSER, PGDATABASE. Everything else goes to stderr.
set -euo pipefail

watch_pid=""
if [ "${1:-}" = "--watch" ]; then
  watch_pid=${2:?"--watch needs a process id"}
  shift 2
fi

bin_of() {
  # Debian keeps the server binaries out of PATH, in /usr/lib/postgresql/<version>/bin.
  command -v "$1" 2>/dev/null && return
  ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1
}
initdb=$(bin_of initdb)
pg_ctl=$(bin_of pg_ctl)
if [ -z "$initdb" ] || [ -z "$pg_ctl" ]; then
  echo "pg/start.sh: initdb/pg_ctl not found (install Debian's package postgresql)" >&2
  exit 2
fi

dir=${1:-$(mktemp -d "${TMPDIR:-/tmp}/allegiance-pg.XXXXXX")}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [ -n "$(ls -A "$dir")" ]; then
  echo "pg/start.sh: $dir is not empty" >&2
  exit 2
fi

# A free TCP port: the kernel picks one, we release it and the server takes it.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 )))

db_user=allegiance
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  os_user=${ALLEGIANCE_PG_OS_USER:-nobody}
  chown "$os_user" "$dir"
  chmod 700 "$dir"
  # The owner must be able to reach the folder: a temporary folder under a private home is not.
  if ! runuser -u "$os_user" -- test -w "$dir"; then
    echo "pg/start.sh: $os_user cannot write $dir (choose a folder under /tmp)" >&2
    exit 2
  fi
  as_owner=(runuser -u "$os_user" --)
fi

cd "$dir"   # the server's user must be able to stay in its working directory
"${as_owner[@]}" "$initdb" -D "$dir/data" --username="$db_user" --auth=trust --encoding=UTF8 \
  --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; echo "pg/start.sh: initdb failed" >&2; exit 1; }
# Small and fast: a throwaway cluster does not need to survive a power cut.
cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 128MB
CONF
"${as_owner[@]}" "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
  || { cat "$dir/server.log" >&2; echo "pg/start.sh: the server did not start" >&2; exit 1; }

if [ -n "$watch_pid" ]; then
  # Stops the cluster once the process that asked for it has ended, however it ended.
  stop=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/stop.sh
  nohup bash -c "while kill -0 $watch_pid 2>/dev/null; do sleep 1; done; exec '$stop' '$dir'" \
    >/dev/null 2>&1 </dev/null &
fi

url="postgresql://$db_user@localhost:$port/postgres?host=$dir"
echo "pg/start.sh: PostgreSQL running in $dir ($url)" >&2
cat <<ENV
export ALLEGIANCE_PG_DIR='$dir'
export ALLEGIANCE_TEST_PG='$url'
export PGHOST='$dir'
export PGPORT='$port'
export PGUSER='$db_user'
export PGDATABASE='postgres'
ENV
