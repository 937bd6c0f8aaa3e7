#!/usr/bin/env bash
#
# scripts/run.sh: run the router on the demo config.
#
#   scripts/run.sh [ROUTER ARGS...]
#
# 1. Redis: if ConnectionStrings__Redis is set and that Redis answers PING, use
#    it. Otherwise install Redis (apt, if missing), start one on
#    127.0.0.1:${ROUTER_REDIS_PORT:-6380} with appendfsync always (state in
#    ${ROUTER_STATE_DIR:-<repo>/.state}/redis-router; if something already
#    answers on that port it is reused) and export
#    ConnectionStrings__Redis=127.0.0.1:PORT.
# 2. ASPNETCORE_URLS defaults to http://127.0.0.1:5080.
# 3. exec dotnet run --project <repo>/src/Router -c Release -- --config-dir <repo>/config
#      --Router:SeedAgentsFile=<repo>/config/demo-agents.json ARGS...
#    The router creates the demo roster (ana, ben, chen) if missing and makes it available.
#
# Environment read:
#   ConnectionStrings__Redis  StackExchange.Redis connection string to an existing
#                             Redis ("host:port[,password=...]...") or a redis:// URL
#   ROUTER_REDIS_PORT         port for the local Redis (default 6380)
#   ROUTER_STATE_DIR          where local server state goes (default <repo>/.state)
#   ASPNETCORE_URLS           listen URLs (default http://127.0.0.1:5080)
#   Router__ApiKeys__0        the API key (default demo-key)
#   Router__WebChat__Sites__demo__Secret  the demo web chat site's secret (default demo-chat-secret-0123456789abcdef)
#   Router__AgentHub__TokenSecret         the agent token secret (default demo-agent-secret-0123456789abcdef)
#
# The local Redis is started in the background and is not stopped when the
# router exits normally (its data is kept in the state dir, and the next run
# reuses it); Ctrl-C in a terminal stops both. Stop it by hand with:
#   bash -c 'source scripts/lib/redis.sh && redis_stop router'
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

# Repository root, from this script's location (scripts/run.sh).
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# shellcheck source=lib/redis.sh
source "$repo/scripts/lib/redis.sh"

# redis_conn_reachable CONN: succeed if the Redis named by CONN answers PING.
# CONN is a StackExchange.Redis connection string (first endpoint without
# "=" is used; port defaults to 6379; password=/user= options are honoured;
# [v6]:port works) or a redis:// / rediss:// URL. Uses redis-cli when present,
# else only checks that the TCP port accepts connections. Every probe is
# bounded by a 5 s timeout so an unroutable host cannot hang the script.
redis_conn_reachable() {
    local conn="$1" token endpoint="" password="" user="" host port
    case "$conn" in
        redis://* | rediss://*)
            command -v redis-cli >/dev/null 2>&1 || return 1
            [ "$(timeout 5 redis-cli -u "$conn" ping 2>/dev/null </dev/null)" = PONG ]
            return
            ;;
    esac
    local -a tokens=()
    IFS=, read -r -a tokens <<<"$conn"
    for token in "${tokens[@]}"; do
        token="${token#"${token%%[![:space:]]*}"}" # trim leading blanks
        token="${token%"${token##*[![:space:]]}"}" # trim trailing blanks
        case "$token" in
            password=*) password="${token#password=}" ;;
            user=*) user="${token#user=}" ;;
            *=*) ;; # other options (ssl=, abortConnect=, ...) do not matter here
            "") ;;
            *) [ -n "$endpoint" ] || endpoint="$token" ;;
        esac
    done
    [ -n "$endpoint" ] || return 1
    if [[ "$endpoint" =~ ^\[(.*)\](:([0-9]+))?$ ]]; then # [IPv6]:port
        host="${BASH_REMATCH[1]}"
        port="${BASH_REMATCH[3]:-6379}"
    elif [[ "$endpoint" =~ ^([^:]+):([0-9]+)$ ]]; then # host:port
        host="${BASH_REMATCH[1]}"
        port="${BASH_REMATCH[2]}"
    else # host alone
        host="$endpoint"
        port=6379
    fi
    if command -v redis-cli >/dev/null 2>&1; then
        local -a user_opt=()
        [ -z "$user" ] || user_opt=(--user "$user")
        [ "$(REDISCLI_AUTH="$password" timeout 5 redis-cli -h "$host" -p "$port" "${user_opt[@]}" ping 2>/dev/null </dev/null)" = PONG ]
    else
        # shellcheck disable=SC2016 # $1/$2 expand in the inner bash
        timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$host" "$port" 2>/dev/null
    fi
}

# mask_conn CONN: print CONN with any password=... value replaced by ***.
mask_conn() {
    printf '%s' "$1" | sed 's/password=[^,]*/password=***/g'
}

redis_note=""
if [ -n "${ConnectionStrings__Redis:-}" ] && redis_conn_reachable "$ConnectionStrings__Redis"; then
    redis_note="(from ConnectionStrings__Redis)"
else
    if [ -n "${ConnectionStrings__Redis:-}" ]; then
        echo "run.sh: ConnectionStrings__Redis='$(mask_conn "$ConnectionStrings__Redis")' does not answer PING; starting a local Redis instead" >&2
    fi
    redis_port="${ROUTER_REDIS_PORT:-6380}"
    redis_install
    redis_start router "$redis_port" always
    export ConnectionStrings__Redis="127.0.0.1:$redis_port"
    if [ "$REDIS_STARTED" = yes ]; then
        redis_note="(local, started now; state in $(redis_dir router))"
    else
        redis_note="(local, already running)"
    fi
fi

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
# API keys are secrets, so config/ holds none: the demo key comes from the environment.
export Router__ApiKeys__0="${Router__ApiKeys__0:-demo-key}"
# A demo web chat site (pages on http://localhost:8000 may connect) and agent tokens, with demo secrets.
export Router__WebChat__Sites__demo__Secret="${Router__WebChat__Sites__demo__Secret:-demo-chat-secret-0123456789abcdef}"
export Router__WebChat__Sites__demo__AllowedOrigins__0="${Router__WebChat__Sites__demo__AllowedOrigins__0:-http://localhost:8000}"
export Router__AgentHub__TokenSecret="${Router__AgentHub__TokenSecret:-demo-agent-secret-0123456789abcdef}"

if [ ! -d "$repo/src/Router" ]; then
    echo "run.sh: $repo/src/Router not found: nothing to run" >&2
    exit 1
fi

cat <<EOF
------------------------------------------------------------------
 Router (demo config: $repo/config)
   URL:     $ASPNETCORE_URLS
   Redis:   $(mask_conn "$ConnectionStrings__Redis") $redis_note
   API key: $( [ "$Router__ApiKeys__0" = demo-key ] && echo "demo-key (set Router__ApiKeys__0 to choose your own)" || echo "from Router__ApiKeys__0" )
   Agents:  demo roster from config/demo-agents.json (ana, ben, chen), available
   Hubs:    /hubs/chat (web chat site "demo"), /hubs/agents (API key or agent token); see README "Web chat"
   Try:     curl -s -H 'Authorization: Bearer demo-key' $ASPNETCORE_URLS/v1/queues
------------------------------------------------------------------
EOF

exec dotnet run --project "$repo/src/Router" -c Release -- --config-dir "$repo/config" \
    --Router:SeedAgentsFile="$repo/config/demo-agents.json" "$@"
