#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for bench_sync's LISTEN/NOTIFY baseline.
#
#   bench/pg-cluster.sh start DIR PORT    initdb + start, socket in DIR; prints nothing on success
#   bench/pg-cluster.sh stop DIR
#
# ./run bench installs postgresql; the server refuses to run as root, so as root the
# cluster belongs to the postgres user.
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "postgresql is not installed" >&2; exit 77; }
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
dir=$2
case "$1" in
    start)
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres "$dir"
        run "$bindir/initdb" -D "$dir/data" -A trust -U bench >/dev/null
        run "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
            -o "-p $3 -k $dir -c listen_addresses=''" start >/dev/null
        ;;
    stop)
        run "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true
        ;;
esac
