# shellcheck shell=bash
#
# bench/lib.sh: what the bench scripts share. Source it (after scripts/lib/redis.sh); it defines functions only and
# does not change shell options.
#
#   bench_state_dir NAME          use $ROUTER_STATE_DIR for the servers' state, or else a new temp dir
#                                 (router-NAME.XXXXXX) that bench_remove_state removes; exports ROUTER_STATE_DIR
#   bench_remove_state            remove the temp dir bench_state_dir made (nothing if it used the caller's)
#   bench_router_start LOG URL [VAR=VALUE...]
#                                 start the Release router on config/, listening on URL, with the given environment
#                                 (Redis, workspace, keys ...), its output in LOG; wait until /health/ready answers
#                                 (print LOG and fail after 40 s); BENCH_ROUTER_PID is its pid
#   bench_router_stop             stop it (nothing if none runs)

_bench_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_bench_made_state_dir=""
BENCH_ROUTER_PID=""

bench_state_dir() {
    if [ -z "${ROUTER_STATE_DIR:-}" ]; then
        ROUTER_STATE_DIR="$(mktemp -d -t "router-$1.XXXXXX")"
        _bench_made_state_dir="$ROUTER_STATE_DIR"
    fi
    export ROUTER_STATE_DIR
}

bench_remove_state() {
    if [ -n "$_bench_made_state_dir" ]; then
        rm -rf "$_bench_made_state_dir"
    fi
}

bench_router_start() {
    local log="$1" url="$2"
    shift 2
    env ASPNETCORE_URLS="$url" Logging__LogLevel__Default=Warning "$@" \
        dotnet "$_bench_repo/src/Router/bin/Release/net10.0/Router.dll" --config-dir "$_bench_repo/config" >"$log" 2>&1 &
    BENCH_ROUTER_PID=$!
    for _ in $(seq 1 200); do
        curl -fs "$url/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    cat "$log" >&2
    return 1
}

bench_router_stop() {
    if [ -n "$BENCH_ROUTER_PID" ]; then
        kill "$BENCH_ROUTER_PID" 2>/dev/null || true
        wait "$BENCH_ROUTER_PID" 2>/dev/null || true
        BENCH_ROUTER_PID=""
    fi
}
