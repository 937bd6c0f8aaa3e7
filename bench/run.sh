#!/usr/bin/env bash
#
# bench/run.sh: measure the router's ingest → offer throughput and latency, and dispatch cost against backlog size.
#
#   bench/run.sh [DRIVER FLAGS...]
#
# 1. Builds the load driver in Release (which builds src/Router in Release too).
# 2. Starts a Redis of its own on a free 127.0.0.1 port with fresh state, appendfsync
#    ${ROUTER_BENCH_FSYNC:-always} (always is the shipped durability setting), via scripts/lib/redis.sh.
#    State goes under ${ROUTER_STATE_DIR:-a new temp dir}; a temp dir it made is removed at the end.
#    ROUTER_BENCH_REDIS_SET="name value ..." is passed to CONFIG SET after the start, for what-ifs on Redis's settings.
#    Automatic AOF rewrites are switched off (ROUTER_BENCH_AOF_REWRITE=auto keeps Redis's default): a rewrite
#    during a measured phase slows every fsync, and when one happens depends on the AOF's history, not on the
#    backlog being measured. docs/performance.md shows what rewrites do to the figures.
# 3. Runs the driver with the issue's parameters (1,000 agents; 20,000 items with agents free; backlogs of
#    0, 10k, 100k and 1M queued items); flags given to this script come after them and so win.
# 4. Stops the Redis (also on failure or Ctrl-C).
#
# Needs about 8 GB of memory for the 1M backlog (6.5 KB per queued item) and takes 6-20 minutes on 2 cores (longer when the warm-ups run long).
# Driver flags: dotnet bench/Router.LoadDriver/bin/Release/net10.0/Router.LoadDriver.dll --help
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fsync="${ROUTER_BENCH_FSYNC:-always}"

# shellcheck source=../scripts/lib/redis.sh
source "$repo/scripts/lib/redis.sh"
# shellcheck source=lib.sh
source "$repo/bench/lib.sh"
bench_state_dir bench

cleanup() {
    redis_stop bench || true
    bench_remove_state
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

dotnet build "$repo/bench/Router.LoadDriver/Router.LoadDriver.csproj" -c Release -nologo -v quiet

redis_install
redis_stop bench
rm -rf "$(redis_dir bench)"
port="$(free_port)"
redis_start bench "$port" "$fsync"
if [ "$REDIS_STARTED" != yes ]; then
    echo "bench/run.sh: port $port is taken by another Redis; not benchmarking against a server it did not start" >&2
    exit 1
fi
# Redis's latency monitor records the worst stall of each kind (e.g. aof-fsync-always); the driver reports it per phase.
redis-cli -p "$port" config set latency-monitor-threshold 1 >/dev/null
if [ -n "${ROUTER_BENCH_REDIS_SET:-}" ]; then
    # shellcheck disable=SC2086
    redis-cli -p "$port" config set $ROUTER_BENCH_REDIS_SET >/dev/null
fi
if [ "${ROUTER_BENCH_AOF_REWRITE:-off}" = off ]; then
    redis-cli -p "$port" config set auto-aof-rewrite-percentage 0 >/dev/null
fi

dotnet "$repo/bench/Router.LoadDriver/bin/Release/net10.0/Router.LoadDriver.dll" \
    --redis "127.0.0.1:$port" \
    --agents 1000 --items 20000 --concurrency 64 \
    --backlogs 0,10000,100000,1000000 \
    "$@"
