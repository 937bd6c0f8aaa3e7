#!/usr/bin/env bash
#
# bench/Router.SlaBench/run.sh: SLA timer figures for docs/performance.md ("SLA timers (issue 4)").
#
#   bench/Router.SlaBench/run.sh [BENCH FLAGS...]
#
# 1. Builds the bench in Release (which builds src/Router in Release too: the lateness phase runs that Router.dll).
# 2. Starts a Redis of its own on a free 127.0.0.1 port with fresh state and appendfsync
#    ${ROUTER_BENCH_FSYNC:-always} (always is the shipped durability setting), via scripts/lib/redis.sh.
#    State goes under ${ROUTER_STATE_DIR:-a new temp dir}; a temp dir it made is removed at the end.
#    Automatic AOF rewrites are switched off (ROUTER_BENCH_AOF_REWRITE=auto keeps Redis's default), as in bench/run.sh:
#    seeding a million timers starts one, and a rewrite slows every write while it runs, so when one happens depends
#    on the AOF's history, not on the timers being measured. The bench says when one overlapped a measurement.
# 3. Runs the bench: sla_fire tick cost with 0, 10k, 100k and 1M pending timers and a burst of 20k members due at
#    once; then, in the real router (default 250 ms tick), the lateness of 2,000 items' steps with 0 and with 1M
#    pending, and of 10k and 20k items whose clocks all start at one instant (1M pending). Flags given to this
#    script come after the bench's defaults and so win (see --help). The bench deletes its workspaces' keys.
# 4. Stops the Redis (also on failure or Ctrl-C).
#
# Takes about 3 minutes on 2 cores and needs about 500 MB of memory.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fsync="${ROUTER_BENCH_FSYNC:-always}"
instance="sla-bench"
made_state_dir=""
if [ -z "${ROUTER_STATE_DIR:-}" ]; then
    ROUTER_STATE_DIR="$(mktemp -d -t router-sla-bench.XXXXXX)"
    made_state_dir="$ROUTER_STATE_DIR"
fi
export ROUTER_STATE_DIR

# shellcheck source=../../scripts/lib/redis.sh
source "$repo/scripts/lib/redis.sh"

cleanup() {
    redis_stop "$instance" || true
    if [ -n "$made_state_dir" ]; then
        rm -rf "$made_state_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

dotnet build "$repo/bench/Router.SlaBench/Router.SlaBench.csproj" -c Release -nologo -v quiet

redis_install
redis_stop "$instance"
rm -rf "$(redis_dir "$instance")"
port="$(free_port)"
redis_start "$instance" "$port" "$fsync"
if [ "$REDIS_STARTED" != yes ]; then
    echo "$0: port $port is taken by another Redis; not benchmarking against a server it did not start" >&2
    exit 1
fi
if [ "${ROUTER_BENCH_AOF_REWRITE:-off}" = off ]; then
    redis-cli -p "$port" config set auto-aof-rewrite-percentage 0 >/dev/null
fi

dotnet "$repo/bench/Router.SlaBench/bin/Release/net10.0/Router.SlaBench.dll" \
    --redis "127.0.0.1:$port" \
    --router-dll "$repo/src/Router/bin/Release/net10.0/Router.dll" \
    --config-dir "$repo/config" \
    "$@"
