#!/usr/bin/env bash
# Stops a cluster started by tools/pg/start.sh and removes its folder: tools/pg/stop.sh DIR
set -euo pipefail
dir=${1:?"usage: tools/pg/stop.sh DIR (the ALLEGIANCE_PG_DIR start.sh printed)"}
[ -f "$dir/data/PG_VERSION" ] || { echo "pg/stop.sh: $dir holds no cluster" >&2; exit 2; }
pg_ctl=$(command -v pg_ctl 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1)
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u "$(stat -c %U "$dir/data")" --)
cd "$dir"
if [ -f "$dir/data/postmaster.pid" ]; then
  "${as_owner[@]}" "$pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
fi
cd /
rm -rf "$dir"
