# shellcheck shell=bash
#
# scripts/lib/redis.sh: install, start and stop a local Redis for the router.
#
# Source this file; do not execute it. It defines functions only and does not
# change shell options, so the caller decides on `set -euo pipefail` (every
# script in scripts/ does set it; the functions below are written to be safe
# under it and report failure through their return status).
#
# Functions:
#   redis_install              install redis-server + redis-cli with apt if missing
#   redis_start NAME PORT [FSYNC]
#                              start (or reuse) a Redis on 127.0.0.1:PORT whose
#                              state lives in "$(redis_dir NAME)"; FSYNC is the
#                              appendfsync policy: always (default), everysec, no
#   redis_stop NAME            stop the Redis started by redis_start NAME
#   redis_dir NAME             print the state directory of instance NAME
#   redis_ping HOST PORT       succeed if HOST:PORT answers PING with PONG
#   free_port                  print a TCP port nobody listens on at 127.0.0.1
#
# Environment:
#   ROUTER_STATE_DIR           root of all local server state (default: <repo>/.state)
#
# After redis_start, REDIS_STARTED is "yes" if it started a new server and "no"
# if it reused one that already answered on PORT (the caller then should not
# stop it).
#
# This is also the home of the shared apt helper (router_apt_install) until a
# second lib needs it; then move it into a scripts/lib/common.sh.

# Repository root, from this file's location (scripts/lib/redis.sh).
ROUTER_REPO_ROOT="${ROUTER_REPO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"

# Set by redis_start: "yes" (started a new server) or "no" (reused one).
# shellcheck disable=SC2034 # read by the scripts that source this file
REDIS_STARTED=""

# Print a message on stderr, prefixed so it stands out in test/build output.
_redis_log() {
    printf '[redis] %s\n' "$*" >&2
}

# Print the state root for all local servers.
router_state_dir() {
    printf '%s\n' "${ROUTER_STATE_DIR:-$ROUTER_REPO_ROOT/.state}"
}

# router_apt_install PKG...: install Debian packages non-interactively.
# Runs `apt-get update` at most once per shell (tracked in
# _ROUTER_APT_UPDATED), uses sudo only when not root and sudo exists, and
# waits up to 5 minutes for a dpkg lock held by another apt instead of failing.
_ROUTER_APT_UPDATED="${_ROUTER_APT_UPDATED:-no}"
router_apt_install() {
    local -a sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            _redis_log "need root (or sudo) to apt-get install: $*"
            return 1
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        _redis_log "apt-get not found: install these packages yourself: $*"
        return 1
    fi
    local -a apt_opts=(-o DPkg::Lock::Timeout=300)
    if [ "$_ROUTER_APT_UPDATED" != yes ]; then
        _redis_log "apt-get update"
        "${sudo[@]}" apt-get "${apt_opts[@]}" update -qq || return 1
        _ROUTER_APT_UPDATED=yes
    fi
    _redis_log "apt-get install $*"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get "${apt_opts[@]}" install -y --no-install-recommends "$@" || return 1
}

# redis_install: make sure redis-server and redis-cli are on PATH.
# Note: on Debian the package's init script does not start a server here
# (no systemd, policy-rc.d denies it); redis_start starts our own instances.
redis_install() {
    if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then
        return 0
    fi
    router_apt_install redis-server redis-tools || return 1
    if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
        _redis_log "redis-server/redis-cli still not on PATH after apt-get install"
        return 1
    fi
}

# redis_dir NAME: print the state directory of instance NAME.
redis_dir() {
    printf '%s/redis-%s\n' "$(router_state_dir)" "$1"
}

# redis_ping HOST PORT: succeed if a Redis at HOST:PORT answers PING with PONG.
# Uses REDISCLI_AUTH from the environment if the caller set it. Bounded by a
# 2 s timeout: redis-cli waits forever on a listener that is not Redis.
redis_ping() {
    local reply
    reply="$(timeout 2 redis-cli -h "$1" -p "$2" ping 2>/dev/null </dev/null)" || return 1
    [ "$reply" = PONG ]
}

# _redis_pid_alive PID: succeed if PID is a running redis-server process
# (guards against killing an unrelated process that reused the pid).
_redis_pid_alive() {
    local pid="$1" comm
    [ -n "$pid" ] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
    # Without /proc we cannot check the name; trust kill -0.
    [ -z "$comm" ] || [ "${comm#redis-server}" != "$comm" ]
}

# router_stop_pidfile PIDFILE TENTHS: stop the process PIDFILE names (SIGTERM, then SIGKILL after TENTHS tenths of a
# second) and remove PIDFILE. Prints the pid it stopped; prints nothing when nothing was running. Shared by the test
# servers' *_stop functions.
router_stop_pidfile() {
    local pidfile="$1" tenths="$2" pid i
    [ -f "$pidfile" ] || return 0
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < tenths; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
        printf '%s\n' "$pid"
    fi
    rm -f "$pidfile"
}

# redis_start NAME PORT [FSYNC]: start a Redis for instance NAME.
#
# - If something on 127.0.0.1:PORT already answers PING, reuse it (print so,
#   set REDIS_STARTED=no) and start nothing.
# - Otherwise write "$(redis_dir NAME)/redis.conf" (bind 127.0.0.1, port PORT,
#   daemonize no, save "", appendonly yes, appendfsync FSYNC, protected-mode
#   yes, dir = the state dir), run redis-server in the background with
#   stdout/stderr in redis.log, wait (max ~10 s) for PONG, and write its pid
#   to redis.pid. On failure print the log tail and return 1.
redis_start() {
    local name="${1:?redis_start: NAME missing}"
    local port="${2:?redis_start: PORT missing}"
    local fsync="${3:-always}"
    local dir conf log pidfile pid i
    case "$fsync" in
        always | everysec | no) ;;
        *)
            _redis_log "redis_start: appendfsync must be always, everysec or no (got '$fsync')"
            return 1
            ;;
    esac
    REDIS_STARTED=""
    dir="$(redis_dir "$name")"
    conf="$dir/redis.conf"
    log="$dir/redis.log"
    pidfile="$dir/redis.pid"

    if redis_ping 127.0.0.1 "$port"; then
        _redis_log "something on 127.0.0.1:$port already answers PING: reusing it for '$name' (not starting another)"
        REDIS_STARTED=no
        return 0
    fi

    # A live server of the same NAME on another port would share the data
    # directory (and its append-only file) with the new one: stop it first.
    if [ -f "$pidfile" ] && _redis_pid_alive "$(cat "$pidfile" 2>/dev/null || true)"; then
        _redis_log "'$name' is still running from an earlier start (pid $(cat "$pidfile")): stopping it first"
        redis_stop "$name" || return 1
    fi

    mkdir -p "$dir" || return 1
    # Quoted values so a state directory with spaces works.
    cat >"$conf" <<EOF
# Written by scripts/lib/redis.sh (redis_start $name $port $fsync); rewritten on every start.
bind 127.0.0.1
port $port
protected-mode yes
daemonize no
logfile ""
dir "$dir"
save ""
appendonly yes
appendfsync $fsync
EOF

    _redis_log "starting '$name' on 127.0.0.1:$port (appendfsync $fsync, state in $dir)"
    # stdin from /dev/null and stdout/stderr to the log: the server must not hold
    # the caller's pipes open, or a pipeline like `scripts/test.sh | tee` never ends.
    redis-server "$conf" </dev/null >>"$log" 2>&1 &
    pid=$!

    for ((i = 0; i < 100; i++)); do
        if redis_ping 127.0.0.1 "$port"; then
            break
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            i=100 # the server exited (bad config, port taken, ...)
            break
        fi
        sleep 0.1
    done
    if [ "$i" -ge 100 ]; then
        _redis_log "'$name' did not answer PING on 127.0.0.1:$port; last lines of $log:"
        tail -n 20 "$log" >&2 || true
        kill "$pid" 2>/dev/null || true
        return 1
    fi

    # Record the pid of the server that actually answers (equal to $! unless a
    # wrapper forked); fall back to $! if INFO is unavailable.
    local info_pid
    info_pid="$(timeout 2 redis-cli -h 127.0.0.1 -p "$port" info server 2>/dev/null </dev/null |
        sed -n 's/^process_id:\([0-9][0-9]*\).*/\1/p')" || true
    printf '%s\n' "${info_pid:-$pid}" >"$pidfile"
    # shellcheck disable=SC2034 # read by the scripts that source this file
    REDIS_STARTED=yes
    _redis_log "'$name' is up on 127.0.0.1:$port (pid $(cat "$pidfile"), log $log)"
}

# redis_stop NAME: stop the instance started by redis_start NAME, if it runs.
# Sends SIGTERM (Redis fsyncs the AOF and exits), waits up to ~10 s, then
# SIGKILL. Removes the pidfile. Succeeds if nothing was running.
redis_stop() {
    local name="${1:?redis_stop: NAME missing}"
    local pidfile pid i
    pidfile="$(redis_dir "$name")/redis.pid"
    [ -f "$pidfile" ] || return 0
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    if _redis_pid_alive "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 100; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            _redis_log "'$name' (pid $pid) ignored SIGTERM for 10 s: killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        _redis_log "stopped '$name' (pid $pid)"
    fi
    rm -f "$pidfile"
}

# free_port: print a TCP port on 127.0.0.1 that nothing listens on.
# Pure bash: probes ports with /dev/tcp (a refused connection means free),
# starting at a random point in [20000, 30000), which keeps clear of Linux's
# ephemeral range (32768-60999) used for outgoing connections. Tries up to
# 500 ports, wrapping around inside the range.
free_port() {
    local start=20000 port i
    port=$((start + RANDOM % 10000))
    for ((i = 0; i < 500; i++)); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return 0
        fi
        port=$((port + 1))
        if [ "$port" -ge $((start + 10000)) ]; then
            port="$start"
        fi
    done
    _redis_log "free_port: no free port found from $start"
    return 1
}
