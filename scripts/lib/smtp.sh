# shellcheck shell=bash
#
# scripts/lib/smtp.sh: install, start and stop a local SMTP sink (aiosmtpd) for the email tests.
#
# Source this file; do not execute it. Functions only; the caller decides on `set -euo pipefail`.
#
# Functions:
#   smtp_install               install python3-aiosmtpd with apt if missing
#   smtp_start NAME PORT       start a sink on 127.0.0.1:PORT that writes every message it accepts into the
#                              maildir "$(smtp_maildir NAME)" (new/ holds one file per message)
#   smtp_stop NAME             stop it
#   smtp_dir NAME, smtp_maildir NAME
#
# Debian's /usr/bin/python3 is used on purpose: a python3 earlier on PATH (pyenv) cannot see Debian's aiosmtpd.

# shellcheck source-path=SCRIPTDIR source=redis.sh
[ "$(type -t router_apt_install)" = function ] || source "$(dirname "${BASH_SOURCE[0]}")/redis.sh"

SMTP_PYTHON=/usr/bin/python3

_smtp_log() {
    printf '[smtp] %s\n' "$*" >&2
}

smtp_install() {
    if [ -x "$SMTP_PYTHON" ] && "$SMTP_PYTHON" -c 'import aiosmtpd' 2>/dev/null; then
        return 0
    fi
    router_apt_install python3-aiosmtpd || return 1
    "$SMTP_PYTHON" -c 'import aiosmtpd' 2>/dev/null || { _smtp_log "aiosmtpd still missing after apt-get install"; return 1; }
}

smtp_dir() {
    printf '%s/smtp-%s\n' "$(router_state_dir)" "$1"
}

smtp_maildir() {
    printf '%s/maildir\n' "$(smtp_dir "$1")"
}

_smtp_greets() {
    local line
    { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
    IFS= read -r -t 2 line <&3 || line=""
    exec 3<&- 3>&-
    [ "${line#220}" != "$line" ]
}

smtp_start() {
    local name="${1:?smtp_start: NAME missing}" port="${2:?smtp_start: PORT missing}" dir pid i
    dir="$(smtp_dir "$name")"
    if [ -f "$dir/smtp.pid" ] && kill -0 "$(cat "$dir/smtp.pid")" 2>/dev/null; then
        smtp_stop "$name" || return 1
    fi
    mkdir -p "$dir" || return 1
    _smtp_log "starting '$name' on 127.0.0.1:$port (maildir $dir/maildir)"
    "$SMTP_PYTHON" -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$dir/maildir" \
        </dev/null >>"$dir/smtp.log" 2>&1 &
    pid=$!
    for ((i = 0; i < 100; i++)); do
        if _smtp_greets "$port"; then
            printf '%s\n' "$pid" >"$dir/smtp.pid"
            _smtp_log "'$name' is up on 127.0.0.1:$port (pid $pid)"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    _smtp_log "'$name' did not answer on 127.0.0.1:$port; last lines of $dir/smtp.log:"
    tail -n 20 "$dir/smtp.log" >&2 || true
    kill "$pid" 2>/dev/null || true
    return 1
}

smtp_stop() {
    local name="${1:?smtp_stop: NAME missing}" pid
    pid="$(router_stop_pidfile "$(smtp_dir "$name")/smtp.pid" 50)"
    [ -z "$pid" ] || _smtp_log "stopped '$name' (pid $pid)"
}
