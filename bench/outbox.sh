#!/usr/bin/env bash
#
# bench/outbox.sh: measure how fast the router publishes its event outbox to an AMQP 1.0 broker.
#
#   bench/outbox.sh [N]          # the events of N items (default 5000; two events each: item.created, item.routed)
#
# 1. Builds the router in Release and starts a Redis (appendfsync always, the shipped setting) and a RabbitMQ of its
#    own on free 127.0.0.1 ports with fresh state (scripts/lib/redis.sh, scripts/lib/rabbitmq.sh).
# 2. Piles up a backlog as a broker outage leaves it: sets router:{outboxbench}:outbox:on (so the scripts write the
#    outbox) and creates N items through POST /v1/items on a router without a bus, then stops that router.
# 3. Starts a router with the bus on (events to the durable queue outboxbench.events) and times, from the first
#    event gone to the outbox empty, how long the publisher takes to send the backlog and have the broker confirm it.
# 4. Stops the router, RabbitMQ and Redis (also on failure or Ctrl-C).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-5000}"
# shellcheck source=../scripts/lib/redis.sh
source "$repo/scripts/lib/redis.sh"
# shellcheck source=../scripts/lib/rabbitmq.sh
source "$repo/scripts/lib/rabbitmq.sh"
# shellcheck source=lib.sh
source "$repo/bench/lib.sh"
bench_state_dir outboxbench

cleanup() {
    bench_router_stop
    rabbitmq_stop outboxbench || true
    redis_stop outboxbench || true
    bench_remove_state
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v curl >/dev/null || router_apt_install curl
command -v bc >/dev/null || router_apt_install bc
dotnet build "$repo/src/Router/Router.csproj" -c Release -nologo -v quiet
redis_install
rabbitmq_install
redis_stop outboxbench
rm -rf "$(redis_dir outboxbench)"
rport="$(free_port)"
redis_start outboxbench "$rport" always
aport="$(free_port)"
rabbitmq_start outboxbench "$aport"
hport="$(free_port)"
url="http://127.0.0.1:$hport"
key="outboxbench-key"
outbox='router:{outboxbench}:outbox'
r() { redis-cli -p "$rport" "$@"; }

# The router on this Redis and workspace, with extra environment (the bus) given as VAR=VALUE arguments.
start_router() {
    bench_router_start "$ROUTER_STATE_DIR/$1" "$url" ConnectionStrings__Redis="127.0.0.1:$rport" \
        Router__Workspace=outboxbench Router__ApiKeys__0="$key" "${@:2}"
}

r set "$outbox:on" 1 >/dev/null
start_router router-fill.log
for i in $(seq 1 "$n"); do
    [ "$i" = 1 ] || echo next
    printf 'url = "%s/v1/items"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\n' "$url" "$key"
    printf 'data = "{\\"channel\\":\\"api\\",\\"externalId\\":\\"ob-%s\\",\\"subject\\":\\"Order %s\\",\\"text\\":\\"Where is my order?\\"}"\noutput = "/dev/null"\nfail\n' "$i" "$i"
done >"$ROUTER_STATE_DIR/items.curl"
curl -sS --no-progress-meter --parallel --parallel-max 16 -K "$ROUTER_STATE_DIR/items.curl"
bench_router_stop
backlog="$(r xlen "$outbox")"

start_router router-publish.log Router__Bus__Enabled=true Router__Bus__Port="$aport" \
    Router__Bus__User=guest Router__Bus__Password=guest \
    Router__Bus__EventsAddress=/queue/outboxbench.events Router__Bus__CommandsAddress=/queue/outboxbench.commands
start="" first=0
while :; do
    lag="$(r xlen "$outbox")"
    now="$(date +%s.%N)"
    if [ -z "$start" ] && [ "$lag" -lt "$backlog" ]; then
        start="$now" first="$lag"
    fi
    [ "$lag" -gt 0 ] || break
    kill -0 "$BENCH_ROUTER_PID" 2>/dev/null || { cat "$ROUTER_STATE_DIR/router-publish.log"; exit 1; }
    sleep 0.02
done
seconds="$(echo "$now - $start" | bc -l)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), redis $(redis-server --version | cut -d' ' -f3 | cut -d= -f2) (appendfsync always), rabbitmq $(dpkg-query -W -f '${Version}' rabbitmq-server 2>/dev/null)"
echo "backlog: $backlog events of $n items; published and confirmed $first of them (the rest went before the first reading)"
printf 'published %d events in %.2f s: %.0f events/s\n' "$first" "$seconds" "$(echo "$first / $seconds" | bc -l)"
