# shellcheck shell=bash
#
# scripts/lib/dovecot.sh: install, start and stop a local dovecot IMAP server for the email tests.
#
# Source this file; do not execute it. Functions only; the caller decides on `set -euo pipefail`.
#
# Functions:
#   dovecot_install            install dovecot-core + dovecot-imapd with apt if missing
#   dovecot_start NAME PORT [EXTRA]
#                              start a dovecot on 127.0.0.1:PORT, state in "$(dovecot_dir NAME)"; EXTRA is
#                              appended to dovecot.conf verbatim (tests use it to hide IDLE)
#   dovecot_stop NAME          stop it (SIGTERM, then SIGKILL after 10 s); the state stays
#   dovecot_dir NAME           print the state directory of instance NAME
#
# Any user name logs in with the password $DOVECOT_TEST_PASSWORD and gets an empty mailbox of its own on first
# login, so each test simply makes up a user (a passwd-file would need dovecot to notice each addition, which it
# checks at most once a second, and a failed login costs a 2 s penalty).
#
# A restart of the same NAME keeps the mail (and so the UIDs and UIDVALIDITY), like a real server restart.
# Mail is owned by nobody: dovecot refuses to deliver to root.

# shellcheck source-path=SCRIPTDIR source=redis.sh
[ "$(type -t router_apt_install)" = function ] || source "$(dirname "${BASH_SOURCE[0]}")/redis.sh"

# shellcheck disable=SC2034 # read by the scripts that source this file
DOVECOT_TEST_PASSWORD=router-test

_dovecot_log() {
    printf '[dovecot] %s\n' "$*" >&2
}

dovecot_install() {
    if command -v dovecot >/dev/null 2>&1 && [ -x /usr/lib/dovecot/imap ]; then
        return 0
    fi
    router_apt_install dovecot-core dovecot-imapd || return 1
    command -v dovecot >/dev/null 2>&1 || { _dovecot_log "dovecot still not on PATH after apt-get install"; return 1; }
}

dovecot_dir() {
    local state
    state="$(router_state_dir)"
    # Dovecot reads mail as nobody, so every directory above the mail must be searchable by others. A checkout under
    # a private directory (mktemp -d makes 0700 ones) is not: then the state goes under /tmp, named after the checkout.
    if _dovecot_searchable_above "$state"; then
        printf '%s/dovecot-%s\n' "$state" "$1"
    else
        printf '/tmp/router-dovecot-%s-%s\n' "$(printf '%s' "$state" | md5sum | cut -c1-12)" "$1"
    fi
}

# _dovecot_searchable_above DIR: true if every directory above DIR lets others search it (o+x).
_dovecot_searchable_above() {
    local d
    d="$(dirname "$1")"
    while [ "$d" != "/" ] && [ -n "$d" ]; do
        if [ -d "$d" ] && [ -z "$(find "$d" -maxdepth 0 -perm -o+x 2>/dev/null)" ]; then
            return 1
        fi
        d="$(dirname "$d")"
    done
    return 0
}

# _dovecot_greets PORT: succeed if 127.0.0.1:PORT answers with an IMAP greeting.
_dovecot_greets() {
    local line
    { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
    IFS= read -r -t 2 line <&3 || line=""
    exec 3<&- 3>&-
    case "$line" in "* OK"*ready*) return 0 ;; *) return 1 ;; esac
}

dovecot_start() {
    local name="${1:?dovecot_start: NAME missing}" port="${2:?dovecot_start: PORT missing}" extra="${3:-}"
    local dir conf pid i
    dir="$(dovecot_dir "$name")"
    conf="$dir/dovecot.conf"
    if [ -f "$dir/dovecot.pid" ] && kill -0 "$(cat "$dir/dovecot.pid")" 2>/dev/null; then
        _dovecot_log "'$name' is still running: stopping it first"
        dovecot_stop "$name" || return 1
    fi
    mkdir -p "$dir/mail" "$dir/run" || return 1
    # dovecot's mail processes (nobody) must reach the mail (a state root made by mktemp is 0700).
    chmod 0755 "$dir" || return 1
    chmod a+x "$(router_state_dir)" || return 1
    chown nobody:nogroup "$dir/mail" 2>/dev/null || chmod 0777 "$dir/mail"
    cat >"$conf" <<EOF
# Written by scripts/lib/dovecot.sh (dovecot_start $name $port); rewritten on every start.
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
first_valid_uid = 1
base_dir = $dir/run
state_dir = $dir/run
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
passdb {
  driver = static
  args = password=$DOVECOT_TEST_PASSWORD
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
$extra
EOF
    _dovecot_log "starting '$name' on 127.0.0.1:$port (state in $dir)"
    dovecot -F -c "$conf" </dev/null >>"$dir/dovecot.out" 2>&1 &
    pid=$!
    for ((i = 0; i < 100; i++)); do
        if _dovecot_greets "$port"; then
            printf '%s\n' "$pid" >"$dir/dovecot.pid"
            _dovecot_log "'$name' is up on 127.0.0.1:$port (pid $pid; any user, password $DOVECOT_TEST_PASSWORD)"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    _dovecot_log "'$name' did not greet on 127.0.0.1:$port; last lines of its logs:"
    tail -n 20 "$dir/dovecot.out" "$dir/dovecot.log" >&2 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    return 1
}

dovecot_stop() {
    local name="${1:?dovecot_stop: NAME missing}" pid
    pid="$(router_stop_pidfile "$(dovecot_dir "$name")/dovecot.pid" 100)"
    [ -z "$pid" ] || _dovecot_log "stopped '$name' (pid $pid)"
}
