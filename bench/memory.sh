#!/usr/bin/env bash
#
# bench/memory.sh: measure Redis memory per queued work item.
#
#   bench/memory.sh [N]          # N items (default 10000)
#
# 1. Builds the router in Release and starts a Redis of its own on a free 127.0.0.1 port with fresh state
#    (scripts/lib/redis.sh; appendfsync everysec: persistence does not change memory), and the router on the shipped
#    config/ (routing.json, sla.json with its escalation steps) in workspace "membench", with no agents, so every
#    item stays queued with its SLA timers.
# 2. Creates 200 warm-up items, reads INFO memory used_memory and DBSIZE, creates N items through POST /v1/items (16 at a time) with typical
#    content: a new contact (email + phone) each, a 50-character subject, a 600-character text, three attributes.
# 3. Prints used_memory and key-count deltas per item, and MEMORY USAGE of one item's own keys.
# 4. Stops the router and the Redis (also on failure or Ctrl-C).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
# shellcheck source=../scripts/lib/redis.sh
source "$repo/scripts/lib/redis.sh"
# shellcheck source=lib.sh
source "$repo/bench/lib.sh"
bench_state_dir membench

cleanup() {
    bench_router_stop
    redis_stop membench || true
    bench_remove_state
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v curl >/dev/null || router_apt_install curl
dotnet build "$repo/src/Router/Router.csproj" -c Release -nologo -v quiet
redis_install
redis_stop membench
rm -rf "$(redis_dir membench)"
rport="$(free_port)"
redis_start membench "$rport" everysec
hport="$(free_port)"
url="http://127.0.0.1:$hport"
key="membench-key"
bench_router_start "$ROUTER_STATE_DIR/router.log" "$url" \
    ConnectionStrings__Redis="127.0.0.1:$rport" Router__Workspace=membench Router__ApiKeys__0="$key"

r() { redis-cli -p "$rport" "$@"; }
used() { r info memory | sed -n 's/^used_memory:\([0-9]*\).*/\1/p'; }
text='Hello, I ordered a replacement part last week and it arrived today, but the box was crushed and the part inside is bent so it does not fit. I attached photos of the damage and the label. Could you send a new one or refund the order? I would prefer a replacement because I need the part for a job next Tuesday. My order number is in the subject. The courier said I should contact you directly rather than them. Thanks for your help, and please call me if anything is unclear; I am reachable in the afternoons on the number on my account. Kind regards'
# One curl process sends every request (16 at a time) from a generated config file: spawning a process per item
# would measure process start-up on a busy machine, not the router.
# gen FIRST LAST: the curl config for items mem-FIRST .. mem-LAST.
gen() {
for i in $(seq "$1" "$2"); do
    [ "$i" = "$1" ] || echo next
    printf 'url = "%s/v1/items"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\n' "$url" "$key"
    printf 'data = "{\\"channel\\":\\"email\\",\\"externalId\\":\\"mem-%s\\",\\"contact\\":{\\"email\\":\\"customer%s@example.com\\",\\"phone\\":\\"+1415%07d\\",\\"name\\":\\"Customer %s\\"},' "$i" "$i" "$i" "$i"
    printf '\\"subject\\":\\"Order %s arrived damaged, need a replacement\\",\\"text\\":\\"%s\\",\\"attributes\\":{\\"tier\\":\\"gold\\",\\"language\\":\\"en\\",\\"orderId\\":\\"A-%s\\"}}"\noutput = "/dev/null"\nfail\n' "$i" "$text" "$i"
done
}
send() { curl -sS --no-progress-meter --parallel --parallel-max 16 -K "$1" || { echo "some requests failed" >&2; exit 1; }; }
# Warm-up: 200 items first, so the scripts are cached and the key space's hash tables have grown past their
# first resizes; they are left out of the figures.
gen 1000001 1000200 >"$ROUTER_STATE_DIR/warmup.curl"
gen 1 "$n" >"$ROUTER_STATE_DIR/items.curl"
send "$ROUTER_STATE_DIR/warmup.curl"
sleep 1

before="$(used)"; keys_before="$(r dbsize)"
send "$ROUTER_STATE_DIR/items.curl"
sleep 1
after="$(used)"; keys_after="$(r dbsize)"
queued="$(r zcard 'router:{membench}:queue:general')"

one="$(r hget 'router:{membench}:ext' mem-1)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(redis-server --version | cut -d' ' -f3), $(uname -sr)"
echo "items created: $n after 200 warm-up items (queued in general: $queued), text ${#text} chars"
echo "used_memory: $before -> $after bytes; delta $((after - before)) = $(( (after - before) / n )) bytes per item"
echo "keys: $keys_before -> $keys_after; $(( (keys_after - keys_before) / n )).$(( (keys_after - keys_before) * 10 / n % 10 )) keys per item"
echo "MEMORY USAGE of item 1's own keys:"
for suffix in "" ":history"; do
    printf '  %-40s %s bytes\n' "…:item:{id}$suffix" "$(r memory usage "router:{membench}:item:$one$suffix" || echo 0)"
done
contact="$(r hget 'router:{membench}:item:'"$one" contact)"
printf '  %-40s %s bytes\n' "…:contact:{id}" "$(r memory usage "router:{membench}:contact:$contact" || echo 0)"
printf '  %-40s %s bytes\n' "…:contact:{id}:handles" "$(r memory usage "router:{membench}:contact:$contact:handles" || echo 0)"
