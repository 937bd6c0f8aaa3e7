#!/usr/bin/env bash
#
# scripts/test.sh: run every test.
#
# 1. Installs (apt, if missing) and starts the servers the tests talk to, each
#    on a free 127.0.0.1 port with fresh state, and exports where they are:
#      ROUTER_TEST_REDIS=127.0.0.1:PORT   Redis, appendfsync everysec
#      ROUTER_TEST_AMQP=amqp://guest:guest@127.0.0.1:PORT   RabbitMQ 3.10 with AMQP 1.0
#      ROUTER_TEST_RABBITMQ_CTL=<state>/rabbitmq-test/ctl   its rabbitmqctl (the bus
#                                         tests stop and start the broker with it)
#      ROUTER_TEST_IMAP=127.0.0.1:PORT    dovecot IMAP (plain text on loopback) where any user name
#      ROUTER_TEST_IMAP_PASSWORD=SECRET   logs in with this password (tests make up their own users)
#      ROUTER_TEST_SMTP=127.0.0.1:PORT    an SMTP sink (aiosmtpd) that keeps every message in the maildir
#      ROUTER_TEST_SMTP_DIR=DIR           (DIR/new holds one file per message)
# 2. Runs, with its output visible:
#      dotnet test <repo>/Router.sln -c Release --filter "FullyQualifiedName!~Router.FaultTests" \
#        --logger "trx;LogFilePrefix=results" --results-directory <state>/test-results \
#        --logger "console;verbosity=normal"
#    then the fault suite alone, with the same loggers:
#      dotnet test <repo>/tests/Router.FaultTests -c Release --no-build
#    (it kills routers and Redis and stops this script's RabbitMQ mid-run, so it
#    must not share the broker with running bus tests, and its paced timeline
#    should not compete with them for the CPU).
#    (<state> is ${ROUTER_STATE_DIR:-<repo>/.state}; the results dir is emptied first.
#    Router.slnx is used if there is no Router.sln.)
# 3. Stops the servers it started (also on failure or Ctrl-C, via a trap).
# 4. Sums the <Counters> of every .trx file of this run and prints, as the very
#    last line of output:
#      N passed, N failed[, N skipped]      (", N skipped" only if N > 0)
#    "failed" counts trx failed + error + timeout + aborted; "skipped" is
#    total - executed (how VSTest's trx logger records skipped tests).
#
# Exit status: non-zero if dotnet test failed, any test failed, or no test ran.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

# Repository root, from this script's location (scripts/test.sh).
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state_dir="${ROUTER_STATE_DIR:-$repo/.state}"
results_dir="$state_dir/test-results"

# ---------------------------------------------------------------------------
# Test servers.
#
# Each server X has a scripts/lib/X.sh (sourced below) providing X_install,
# X_start and X_stop, and a start_X function here that picks a free port,
# starts it with fresh state, registers its stop command in STOP_ACTIONS and
# exports the ROUTER_TEST_X variable the tests read. TEST_SERVERS lists
# which ones to start, in order.
#
# Redis, dovecot (IMAP) and an SMTP sink (aiosmtpd). RabbitMQ (AMQP 1.0) is to
# be added later the same way: scripts/lib/rabbitmq.sh + start_rabbitmq below +
# its name in TEST_SERVERS (see shared/SERVERS.md for how to run it here).
# ---------------------------------------------------------------------------

# shellcheck source=lib/redis.sh
source "$repo/scripts/lib/redis.sh"
# shellcheck source=lib/rabbitmq.sh
source "$repo/scripts/lib/rabbitmq.sh"
# shellcheck source=lib/dovecot.sh
source "$repo/scripts/lib/dovecot.sh"
# shellcheck source=lib/smtp.sh
source "$repo/scripts/lib/smtp.sh"

TEST_SERVERS=(redis rabbitmq dovecot smtp)

# Commands that stop what this script started; run in reverse order.
STOP_ACTIONS=()

# stop_servers: run STOP_ACTIONS last-first, once (later calls do nothing).
stop_servers() {
    local i
    for ((i = ${#STOP_ACTIONS[@]} - 1; i >= 0; i--)); do
        ${STOP_ACTIONS[i]} || true
    done
    STOP_ACTIONS=()
}
trap stop_servers EXIT
# Turn Ctrl-C / kill into a normal exit so the EXIT trap stops the servers.
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck disable=SC2317 # start_X functions are called as "start_$server"
# start_redis: Redis for the tests, fresh state, appendfsync everysec.
# Exports ROUTER_TEST_REDIS=127.0.0.1:PORT.
start_redis() {
    local port attempt
    # Explicit "|| return 1": this runs under "if !", where set -e is off.
    redis_install || return 1
    # A run killed with SIGKILL may have left one behind; then start afresh.
    redis_stop test || return 1
    for attempt in 1 2 3; do
        rm -rf "$(redis_dir test)"
        port="$(free_port)" || return 1
        redis_start test "$port" everysec || continue
        if [ "$REDIS_STARTED" = yes ]; then
            STOP_ACTIONS+=("redis_stop test")
            export ROUTER_TEST_REDIS="127.0.0.1:$port"
            return 0
        fi
        # Someone else's Redis grabbed the port between free_port and start:
        # never run tests against a server we did not start; try another port.
        echo "test.sh: port $port was taken (attempt $attempt), trying another" >&2
    done
    echo "test.sh: could not start Redis for the tests" >&2
    return 1
}

# shellcheck disable=SC2317 # called as "start_$server"
# start_rabbitmq: RabbitMQ with AMQP 1.0 for the bus tests, fresh state.
# Exports ROUTER_TEST_AMQP and ROUTER_TEST_RABBITMQ_CTL.
start_rabbitmq() {
    local port
    rabbitmq_install || return 1
    port="$(free_port)" || return 1
    rabbitmq_start test "$port" || return 1
    STOP_ACTIONS+=("rabbitmq_stop test")
    export ROUTER_TEST_AMQP="amqp://guest:guest@127.0.0.1:$port"
    ROUTER_TEST_RABBITMQ_CTL="$(rabbitmq_dir test)/ctl"
    export ROUTER_TEST_RABBITMQ_CTL
}

# shellcheck disable=SC2317 # called as "start_$server"
# start_dovecot: dovecot for the email tests, fresh mail and users.
# Exports ROUTER_TEST_IMAP=127.0.0.1:PORT and ROUTER_TEST_IMAP_PASSWORD.
start_dovecot() {
    local port
    dovecot_install || return 1
    dovecot_stop test || return 1
    rm -rf "$(dovecot_dir test)"
    port="$(free_port)" || return 1
    dovecot_start test "$port" || return 1
    STOP_ACTIONS+=("dovecot_stop test")
    export ROUTER_TEST_IMAP="127.0.0.1:$port"
    export ROUTER_TEST_IMAP_PASSWORD="$DOVECOT_TEST_PASSWORD"
}

# shellcheck disable=SC2317 # called as "start_$server"
# start_smtp: the SMTP sink for the email tests, empty maildir.
# Exports ROUTER_TEST_SMTP=127.0.0.1:PORT and ROUTER_TEST_SMTP_DIR=<maildir>.
start_smtp() {
    local port
    smtp_install || return 1
    smtp_stop test || return 1
    rm -rf "$(smtp_dir test)"
    port="$(free_port)" || return 1
    smtp_start test "$port" || return 1
    STOP_ACTIONS+=("smtp_stop test")
    export ROUTER_TEST_SMTP="127.0.0.1:$port"
    ROUTER_TEST_SMTP_DIR="$(smtp_maildir test)"
    export ROUTER_TEST_SMTP_DIR
}

for server in "${TEST_SERVERS[@]}"; do
    if ! "start_$server"; then
        echo "test.sh: could not start the $server test server" >&2
        stop_servers
        echo "0 passed, 0 failed"
        exit 1
    fi
done

# ---------------------------------------------------------------------------
# Tests.
# ---------------------------------------------------------------------------
solution="$repo/Router.sln"
if [ ! -f "$solution" ] && [ -f "$repo/Router.slnx" ]; then
    solution="$repo/Router.slnx"
fi

rm -rf "$results_dir"
mkdir -p "$results_dir"

echo "test.sh: dotnet test $solution (ROUTER_TEST_REDIS=$ROUTER_TEST_REDIS ROUTER_TEST_AMQP=$ROUTER_TEST_AMQP ROUTER_TEST_IMAP=$ROUTER_TEST_IMAP ROUTER_TEST_SMTP=$ROUTER_TEST_SMTP)"
test_rc=0
if [ -f "$solution" ]; then
    dotnet test "$solution" -c Release --filter "FullyQualifiedName!~Router.FaultTests" \
        --logger "trx;LogFilePrefix=results" \
        --results-directory "$results_dir" \
        --logger "console;verbosity=normal" || test_rc=$?
    # The fault suite stops the shared RabbitMQ mid-run: alone, after the rest (built by the run above).
    dotnet test "$repo/tests/Router.FaultTests" -c Release --no-build \
        --logger "trx;LogFilePrefix=fault" \
        --results-directory "$results_dir" \
        --logger "console;verbosity=normal" || test_rc=$?
else
    echo "test.sh: $repo/Router.sln not found" >&2
    test_rc=1
fi

# Stop the servers now, so their messages come before the summary line.
stop_servers

# ---------------------------------------------------------------------------
# Summary from the .trx files (plain grep/sed, no XML tool needed).
# ---------------------------------------------------------------------------

# trx_counter NAME ELEMENT: print the value of attribute NAME in the
# <Counters .../> element text ELEMENT (0 if absent). The leading blank in
# the pattern keeps "executed" from matching "notExecuted".
trx_counter() {
    local value
    value="$(printf '%s\n' "$2" | sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p")"
    printf '%s\n' "${value:-0}"
}

total=0 executed=0 passed=0 failed=0 skipped=0 trx_files=0 bad_trx=0
while IFS= read -r -d '' trx; do
    trx_files=$((trx_files + 1))
    counters="$(grep -o '<Counters[[:space:]][^>]*>' "$trx" | head -n 1 || true)"
    if [ -z "$counters" ]; then
        echo "test.sh: no <Counters> in $trx (test run aborted?)" >&2
        bad_trx=$((bad_trx + 1))
        continue
    fi
    total=$((total + $(trx_counter total "$counters")))
    executed=$((executed + $(trx_counter executed "$counters")))
    passed=$((passed + $(trx_counter passed "$counters")))
    failed=$((failed + $(trx_counter failed "$counters") + $(trx_counter error "$counters") +
        $(trx_counter timeout "$counters") + $(trx_counter aborted "$counters")))
    # VSTest counts a skipped test in total but not in executed (its
    # notExecuted counter stays 0), so skipped = total - executed.
    file_skipped=$(($(trx_counter total "$counters") - $(trx_counter executed "$counters")))
    if [ "$file_skipped" -gt 0 ]; then
        skipped=$((skipped + file_skipped))
    fi
done < <(find "$results_dir" -type f -name '*.trx' -print0)

exit_rc=0
if [ "$test_rc" -ne 0 ]; then
    echo "test.sh: dotnet test exited with $test_rc" >&2
    exit_rc="$test_rc"
fi
if [ "$trx_files" -eq 0 ]; then
    echo "test.sh: no .trx files in $results_dir" >&2
    exit_rc=1
fi
if [ "$bad_trx" -gt 0 ] || [ "$failed" -gt 0 ]; then
    exit_rc=1
fi
if [ "$executed" -eq 0 ]; then
    echo "test.sh: no test ran ($total found in $trx_files .trx files)" >&2
    exit_rc=1
fi

summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
    summary="$summary, $skipped skipped"
fi
echo "$summary"
exit "$exit_rc"
