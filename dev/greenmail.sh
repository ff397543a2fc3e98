#!/usr/bin/env bash
# GreenMail, a real SMTP and IMAP server in one jar, on loopback: where the service's e-mail
# notices go by default (dev/run.sh) and in the test suite.
#
#   dev/greenmail.sh fetch
#   dev/greenmail.sh jar          # fetches it when missing, prints the jar's path
#   dev/greenmail.sh start --smtp-port 3025 --imap-port 3143 --dir target/greenmail
#   dev/greenmail.sh stop  --dir target/greenmail
#
# Any address receives mail; read it over IMAP by logging in as that address with any password
# (e.g. `curl -s --url imap://127.0.0.1:3143/INBOX -u 'you@example.kz:x' -X 'FETCH 1 BODY[]'`).
# Mail is kept in memory: a restart empties every mailbox.
#
# Environment:
#   GREENMAIL_VERSION   version of com.icegreen:greenmail-standalone (default 2.1.5)
#   APPEALS_CACHE       cache folder (default $HOME/.cache/appeals)
#   MVN                 maven command (default mvn)
set -euo pipefail

VERSION="${GREENMAIL_VERSION:-2.1.5}"
CACHE_DIR="${APPEALS_CACHE:-$HOME/.cache/appeals}"
JAR="$CACHE_DIR/greenmail-standalone-$VERSION.jar"

log() { echo "greenmail.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

fetch() {
    mkdir -p "$CACHE_DIR"
    [[ -s "$JAR" ]] && return 0
    (
        flock -w 600 9 || die "timeout waiting for the lock"
        [[ -s "$JAR" ]] && exit 0
        tmp="$(mktemp -d "$CACHE_DIR/.greenmail.XXXXXX")"
        trap 'rm -rf "$tmp"' EXIT
        log "downloading com.icegreen:greenmail-standalone:$VERSION with maven"
        (cd "$tmp" && ${MVN:-mvn} -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="com.icegreen:greenmail-standalone:$VERSION" -DoutputDirectory="$tmp" >&2) \
            || die "maven could not fetch com.icegreen:greenmail-standalone:$VERSION"
        mv "$tmp/greenmail-standalone-$VERSION.jar" "$JAR"
    ) 9>"$CACHE_DIR/.greenmail-$VERSION.lock"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
    local smtp="" imap="" dir=""
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --smtp-port) smtp="$2"; shift 2 ;;
            --imap-port) imap="$2"; shift 2 ;;
            --dir) dir="$2"; shift 2 ;;
            *) die "unknown option $1" ;;
        esac
    done
    [[ -n "$smtp" && -n "$imap" && -n "$dir" ]] || die "start needs --smtp-port, --imap-port and --dir"
    fetch
    mkdir -p "$dir"
    if [[ -s "$dir/greenmail.pid" ]] && kill -0 "$(cat "$dir/greenmail.pid")" 2>/dev/null; then
        die "a GreenMail of $dir is running already (pid $(cat "$dir/greenmail.pid"))"
    fi
    for p in "$smtp" "$imap"; do
        port_open "$p" && die "port $p is taken"
    done
    setsid java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
        -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$imap" \
        -Dgreenmail.auth.disabled -jar "$JAR" > "$dir/greenmail.log" 2>&1 < /dev/null &
    echo $! > "$dir/greenmail.pid"
    for _ in $(seq 1 600); do
        if port_open "$smtp" && port_open "$imap"; then
            log "SMTP 127.0.0.1:$smtp, IMAP 127.0.0.1:$imap (log $dir/greenmail.log)"
            return 0
        fi
        kill -0 "$(cat "$dir/greenmail.pid")" 2>/dev/null || { cat "$dir/greenmail.log" >&2; die "GreenMail exited"; }
        sleep 0.1
    done
    die "GreenMail did not open its ports within 60 s"
}

stop() {
    local dir=""
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --dir) dir="$2"; shift 2 ;;
            *) die "unknown option $1" ;;
        esac
    done
    [[ -n "$dir" ]] || die "stop needs --dir"
    [[ -s "$dir/greenmail.pid" ]] || return 0
    local pid
    pid="$(cat "$dir/greenmail.pid")"
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/greenmail.pid"
}

cmd="${1:-}"
shift || true
case "$cmd" in
    fetch) fetch ;;
    jar) fetch; echo "$JAR" ;;
    start) start "$@" ;;
    stop) stop "$@" ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
