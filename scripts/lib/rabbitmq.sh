# shellcheck shell=bash
#
# scripts/lib/rabbitmq.sh: install, start and stop a local RabbitMQ 3.10 with AMQP 1.0 for the router's tests.
#
# Source this file (after scripts/lib/redis.sh, which holds router_apt_install, router_state_dir and free_port);
# it defines functions only and does not change shell options.
#
# Functions:
#   rabbitmq_install           install rabbitmq-server with apt if missing
#   rabbitmq_start NAME PORT   start a fresh broker (new state) on 127.0.0.1:PORT with the amqp1_0 plugin and the
#                              test policy below; writes "$(rabbitmq_dir NAME)/ctl", a rabbitmqctl bound to it
#   rabbitmq_stop NAME         stop the broker started by rabbitmq_start NAME (rabbitmqctl shutdown, then its epmd)
#   rabbitmq_dir NAME          print the state directory of instance NAME
#
# The broker runs /usr/lib/rabbitmq/bin/rabbitmq-server directly (the /usr/sbin wrapper switches user and logs to
# /var/log), with its own epmd port, distribution port and Erlang cookie under the state directory, so several
# instances (test.sh's, a test fixture's) never see each other.
#
# Test policy: queues named "router-test.*" dead-letter into the amq.topic exchange with their own name as routing
# key, so a test that attaches a receiver to the AMQP 1.0 address /topic/<queue name> gets that queue's rejected
# messages (RabbitMQ drops rejected messages unless the queue has a dead-letter exchange).
#
# "$(rabbitmq_dir NAME)/ctl stop_app" and "ctl start_app" restart the broker inside its running VM (connections
# drop, durable queues and persistent messages stay): the tests use that to simulate a broker outage.

RABBITMQ_BIN="${RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}"

_rabbitmq_log() {
    printf '[rabbitmq] %s\n' "$*" >&2
}

# rabbitmq_install: make sure the broker and rabbitmqctl exist.
rabbitmq_install() {
    if [ -x "$RABBITMQ_BIN/rabbitmq-server" ] && [ -x "$RABBITMQ_BIN/rabbitmqctl" ]; then
        return 0
    fi
    router_apt_install rabbitmq-server || return 1
    if [ ! -x "$RABBITMQ_BIN/rabbitmq-server" ]; then
        _rabbitmq_log "$RABBITMQ_BIN/rabbitmq-server still missing after apt-get install"
        return 1
    fi
}

# rabbitmq_dir NAME: print the state directory of instance NAME.
rabbitmq_dir() {
    printf '%s/rabbitmq-%s\n' "$(router_state_dir)" "$1"
}

# rabbitmq_start NAME PORT: start a broker for instance NAME with fresh state; fails if it is not up in 90 s.
rabbitmq_start() {
    local name="${1:?rabbitmq_start: NAME missing}"
    local port="${2:?rabbitmq_start: PORT missing}"
    local dir dist_port epmd_port pid
    dir="$(rabbitmq_dir "$name")"
    if [ -f "$dir/ctl" ]; then
        rabbitmq_stop "$name" || return 1
    fi
    rm -rf "$dir"
    mkdir -p "$dir/home" "$dir/log" "$dir/mnesia" || return 1
    dist_port="$(free_port)" || return 1
    epmd_port="$(free_port)" || return 1
    while [ "$epmd_port" = "$dist_port" ] || [ "$epmd_port" = "$port" ] || [ "$dist_port" = "$port" ]; do
        epmd_port="$(free_port)" || return 1
        dist_port="$(free_port)" || return 1
    done

    cat >"$dir/rabbitmq.conf" <<EOF
# Written by scripts/lib/rabbitmq.sh (rabbitmq_start $name $port).
listeners.tcp.default = 127.0.0.1:$port
loopback_users.guest = true
EOF
    printf '[rabbitmq_amqp1_0].\n' >"$dir/enabled_plugins"
    : >"$dir/rabbitmq-env.conf"
    cat >"$dir/env" <<EOF
export HOME='$dir/home'
export RABBITMQ_CONFIG_FILE='$dir/rabbitmq.conf'
export RABBITMQ_ENABLED_PLUGINS_FILE='$dir/enabled_plugins'
export RABBITMQ_CONF_ENV_FILE='$dir/rabbitmq-env.conf'
export RABBITMQ_MNESIA_BASE='$dir/mnesia'
export RABBITMQ_LOG_BASE='$dir/log'
export RABBITMQ_PID_FILE='$dir/rabbitmq.pid'
export RABBITMQ_NODENAME=rabbit@localhost
export RABBITMQ_DIST_PORT=$dist_port
export ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_PORT=$epmd_port
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
EOF
    cat >"$dir/ctl" <<EOF
#!/usr/bin/env bash
# rabbitmqctl for the broker '$name' on 127.0.0.1:$port (written by scripts/lib/rabbitmq.sh).
. '$dir/env'
exec '$RABBITMQ_BIN/rabbitmqctl' "\$@"
EOF
    chmod +x "$dir/ctl"

    _rabbitmq_log "starting '$name' on 127.0.0.1:$port (state in $dir)"
    # stdin/stdout/stderr away from the caller's pipes, or `scripts/test.sh | tee` never ends.
    (
        # shellcheck disable=SC1091
        . "$dir/env"
        exec "$RABBITMQ_BIN/rabbitmq-server" </dev/null >>"$dir/log/console.log" 2>&1
    ) &
    pid=$!
    printf '%s\n' "$pid" >"$dir/launcher.pid"
    if ! "$dir/ctl" wait --pid "$pid" --timeout 90 >>"$dir/log/wait.log" 2>&1; then
        _rabbitmq_log "'$name' did not start; last lines of its logs:"
        tail -n 20 "$dir"/log/*.log >&2 || true
        rabbitmq_stop "$name"
        return 1
    fi
    if ! "$dir/ctl" set_policy --apply-to queues router-test-dlx '^router-test\.' \
        '{"dead-letter-exchange":"amq.topic"}' >>"$dir/log/wait.log" 2>&1; then
        _rabbitmq_log "'$name' started but the test policy could not be set; see $dir/log/wait.log"
        rabbitmq_stop "$name"
        return 1
    fi
    _rabbitmq_log "'$name' is up on 127.0.0.1:$port (pid $pid)"
}

# rabbitmq_stop NAME: stop the broker of instance NAME and its epmd; succeeds if nothing runs.
rabbitmq_stop() {
    local name="${1:?rabbitmq_stop: NAME missing}"
    local dir pid
    dir="$(rabbitmq_dir "$name")"
    [ -f "$dir/ctl" ] || return 0
    "$dir/ctl" shutdown >/dev/null 2>&1 || true
    pid="$(cat "$dir/launcher.pid" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
    fi
    # Only this instance's epmd: it listens on the instance's own port.
    (
        # shellcheck disable=SC1091
        . "$dir/env"
        epmd -port "$ERL_EPMD_PORT" -kill >/dev/null 2>&1 || true
    )
    rm -f "$dir/ctl"
    _rabbitmq_log "stopped '$name'"
}
