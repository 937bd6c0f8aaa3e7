#!/usr/bin/env bash
#
# bench/Router.RulesBench/run.sh: routing-rule figures for docs/performance.md ("Routing rules (issue 3)").
#
#   bench/Router.RulesBench/run.sh [BENCH FLAGS...]
#
# 1. Builds the bench in Release (which builds src/Router and src/Rules in Release too).
# 2. Starts a Redis of its own on a free 127.0.0.1 port with fresh state and appendfsync
#    ${ROUTER_BENCH_FSYNC:-always} (always is the shipped durability setting), via scripts/lib/redis.sh.
#    State goes under ${ROUTER_STATE_DIR:-a new temp dir}; a temp dir it made is removed at the end.
# 3. Runs the bench: 500 rules / 50 queues, 100,000 items, 10,000 agents; flags given to this script come
#    after the bench's defaults and so win (see --help). The bench deletes its workspace's keys when done.
# 4. Stops the Redis (also on failure or Ctrl-C).
#
# Takes 6-7 minutes on 2 cores; the bench process peaks at about 0.7 GB of memory.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fsync="${ROUTER_BENCH_FSYNC:-always}"
instance="rules-bench"
made_state_dir=""
if [ -z "${ROUTER_STATE_DIR:-}" ]; then
    ROUTER_STATE_DIR="$(mktemp -d -t router-rules-bench.XXXXXX)"
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

dotnet build "$repo/bench/Router.RulesBench/Router.RulesBench.csproj" -c Release -nologo -v quiet

redis_install
redis_stop "$instance"
rm -rf "$(redis_dir "$instance")"
port="$(free_port)"
redis_start "$instance" "$port" "$fsync"
if [ "$REDIS_STARTED" != yes ]; then
    echo "$0: port $port is taken by another Redis; not benchmarking against a server it did not start" >&2
    exit 1
fi

dotnet "$repo/bench/Router.RulesBench/bin/Release/net10.0/Router.RulesBench.dll" --redis "127.0.0.1:$port" "$@"
