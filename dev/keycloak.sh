#!/usr/bin/env bash
# Local Keycloak for the appeals service: no Docker, plain distribution zip.
#
#   dev/keycloak.sh fetch
#   dev/keycloak.sh start --port 8180 --dir target/keycloak [--reuse]
#   dev/keycloak.sh stop  --dir target/keycloak
#   dev/keycloak.sh token USER [PORT]        # password grant on appeals-cli
#   dev/keycloak.sh token-portal [PORT]      # client_credentials on appeals-portal
#
# stdout carries only the result (issuer URL, token); progress goes to stderr.
#
# Environment:
#   KEYCLOAK_VERSION        distribution version (default 26.5.6)
#   APPEALS_CACHE           cache folder (default $HOME/.cache/appeals)
#   KEYCLOAK_DIST_ZIP       use this local zip instead of downloading with mvn
#   KEYCLOAK_REALM_FILE     realm export (default docker/keycloak/appeals-realm.json)
#   KEYCLOAK_START_TIMEOUT  seconds to wait for the realm (default 180)
#   KEYCLOAK_HEAP           JVM heap options (default "-Xms64m -Xmx512m")
#   KEYCLOAK_PORT           default port of token/token-portal (default 8180)
#   MVN                     maven command (default mvn)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$SCRIPT_DIR/.." && pwd)"

KC_VERSION="${KEYCLOAK_VERSION:-26.5.6}"
CACHE_DIR="${APPEALS_CACHE:-$HOME/.cache/appeals}"
KC_DIST="$CACHE_DIR/keycloak-$KC_VERSION"
REALM_FILE="${KEYCLOAK_REALM_FILE:-$PROJECT_DIR/docker/keycloak/appeals-realm.json}"
REALM="appeals"
START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
STOP_TIMEOUT=30
PREFERRED_JAVA_HOME="/usr/lib/jvm/temurin-25-jdk-amd64"

log() { echo "keycloak.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    cat >&2 <<EOF
usage: $(basename "$0") <command> [options]
  fetch                               download (mvn) and unpack Keycloak $KC_VERSION into $KC_DIST (once)
  start --port P --dir D [--reuse]    start a fresh Keycloak (realm '$REALM' imported) on 127.0.0.1:P,
                                      working folder D (log D/keycloak.log, pid D/keycloak.pid);
                                      prints the issuer URL. --reuse: accept a Keycloak already
                                      serving the realm on P instead of failing.
  stop --dir D                        stop the Keycloak started with working folder D
  token USER [PORT]                   access token by password grant on appeals-cli (password = USER)
  token-portal [PORT]                 access token by client_credentials on appeals-portal
EOF
}

# ---------------------------------------------------------------- fetch

fetch() {
    mkdir -p "$CACHE_DIR"
    if [[ -f "$KC_DIST/.unpacked" ]]; then
        return 0
    fi
    local lock="$CACHE_DIR/.keycloak-$KC_VERSION.lock"
    # lock in a subshell: the lock fd must not leak into the Keycloak process
    (
        flock -w 1800 9 || die "timeout waiting for the lock $lock"
        if [[ -f "$KC_DIST/.unpacked" ]]; then
            exit 0
        fi
        local tmp
        tmp="$(mktemp -d "$CACHE_DIR/.keycloak-$KC_VERSION.tmp.XXXXXX")"
        trap 'rm -rf "$tmp"' EXIT
        local zip
        if [[ -n "${KEYCLOAK_DIST_ZIP:-}" ]]; then
            zip="$KEYCLOAK_DIST_ZIP"
            [[ -f "$zip" ]] || die "KEYCLOAK_DIST_ZIP=$zip does not exist"
        else
            log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip with maven"
            # run from the temp folder so that no project pom.xml is picked up
            (cd "$tmp" && ${MVN:-mvn} -B -q \
                org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
                -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
                -DoutputDirectory="$tmp" >&2) \
                || die "maven could not fetch org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip"
            zip="$tmp/keycloak-quarkus-dist-$KC_VERSION.zip"
        fi
        log "unpacking $zip"
        unzip -q "$zip" -d "$tmp/unpacked"
        [[ -x "$tmp/unpacked/keycloak-$KC_VERSION/bin/kc.sh" ]] \
            || die "unexpected zip layout: no keycloak-$KC_VERSION/bin/kc.sh"
        touch "$tmp/unpacked/keycloak-$KC_VERSION/.unpacked"
        rm -rf "$KC_DIST"   # leftover of an interrupted run (no .unpacked marker)
        mv "$tmp/unpacked/keycloak-$KC_VERSION" "$KC_DIST"
        log "Keycloak $KC_VERSION ready in $KC_DIST"
    ) 9>"$lock"
}

# ---------------------------------------------------------------- helpers

http_code() { # url
    curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 "$1" 2>/dev/null || true
}

discovery_url() { echo "http://127.0.0.1:$1/realms/$REALM/.well-known/openid-configuration"; }

issuer_of() { # port
    local iss
    iss="$(curl -s --max-time 5 "$(discovery_url "$1")" \
        | sed -n 's/.*"issuer"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')"
    printf '%s\n' "${iss:-http://127.0.0.1:$1/realms/$REALM}"
}

port_in_use() { # port
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# pids of a process tree: the process group (setsid makes pid == pgid) plus descendants
tree_pids() { # pid
    local pid="$1" kids k
    {
        echo "$pid"
        pgrep -g "$pid" 2>/dev/null || true
        kids="$(pgrep -P "$pid" 2>/dev/null || true)"
        for k in $kids; do tree_pids "$k"; done
    } | sort -un
}

kill_tree() { # pid signal
    local p
    for p in $(tree_pids "$1"); do kill "-$2" "$p" 2>/dev/null || true; done
}

tree_alive() { # pid
    local p
    for p in $(tree_pids "$1"); do
        alive "$p" && return 0
    done
    return 1
}

stop_pid() { # pid
    local pid="$1" waited=0 pids
    alive "$pid" || return 0
    pids="$(tree_pids "$pid")"
    log "stopping Keycloak (pid $pid)"
    kill_tree "$pid" TERM
    while (( waited < STOP_TIMEOUT * 10 )); do
        local any=0 p
        for p in $pids $(tree_pids "$pid"); do alive "$p" && any=1; done
        (( any == 0 )) && return 0
        sleep 0.1
        waited=$((waited + 1))
    done
    log "still running after ${STOP_TIMEOUT}s, killing"
    for p in $pids $(tree_pids "$pid"); do kill -KILL "$p" 2>/dev/null || true; done
    sleep 0.5
}

# ---------------------------------------------------------------- start / stop

save_dev_build() { # built lib/quarkus, cache target
    local src="$1" target="$2" tmp
    [[ -f "$target/.complete" ]] && return 0
    tmp="$(mktemp -d "$target.tmp.XXXXXX")" || return 0
    if cp -a "$src/." "$tmp/" && touch "$tmp/.complete" && mv -T "$tmp" "$target" 2>/dev/null; then
        log "kept the dev build in $target (later starts skip the re-augmentation)"
    else
        rm -rf "$tmp"
    fi
    return 0
}

start() {
    local port="" dir="" reuse=0
    while (( $# )); do
        case "$1" in
            --port) port="${2:-}"; shift 2 ;;
            --port=*) port="${1#*=}"; shift ;;
            --dir) dir="${2:-}"; shift 2 ;;
            --dir=*) dir="${1#*=}"; shift ;;
            --reuse) reuse=1; shift ;;
            *) usage; die "start: unknown option $1" ;;
        esac
    done
    [[ "$port" =~ ^[0-9]+$ ]] || { usage; die "start: --port P is required"; }
    [[ -n "$dir" ]] || { usage; die "start: --dir D is required"; }
    [[ -f "$REALM_FILE" ]] || die "realm file $REALM_FILE not found"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    local pidfile="$dir/keycloak.pid" logfile="$dir/keycloak.log" home="$dir/keycloak-home"

    if [[ "$(http_code "$(discovery_url "$port")")" == 200 ]]; then
        if (( reuse )); then
            log "a Keycloak with realm '$REALM' already answers on port $port: reusing it"
            issuer_of "$port"
            return 0
        fi
        die "port $port is taken by a running Keycloak with realm '$REALM' that was not started with --dir $dir: stop it (dev/keycloak.sh stop --dir ITS_FOLDER, e.g. target/run/keycloak for dev/run.sh) or choose another port"
    fi
    # an earlier instance of this working folder must go before its folder is wiped
    if [[ -f "$pidfile" ]]; then
        stop_pid "$(cat "$pidfile" 2>/dev/null || true)"
        rm -f "$pidfile"
    fi
    if port_in_use "$port"; then
        die "port $port on 127.0.0.1 is already in use (not by a Keycloak serving realm '$REALM')"
    fi

    fetch

    local java_home="${JAVA_HOME:-}"
    if [[ -x "$PREFERRED_JAVA_HOME/bin/java" ]]; then
        java_home="$PREFERRED_JAVA_HOME"
    fi
    local -a kc_args=(start-dev --http-port="$port" --http-host=127.0.0.1 --import-realm
        --cache=local --health-enabled=false --metrics-enabled=false)

    # fresh runtime copy: an existing realm is never re-imported, and start-dev
    # re-augments into lib/quarkus, so instances must not share a folder
    rm -rf "$home"
    cp -a "$KC_DIST" "$home"
    rm -rf "$home/data"
    mkdir -p "$home/data/import"
    cp "$REALM_FILE" "$home/data/import/$REALM-realm.json"
    # start-dev first "re-augments" (17-35 s) and relaunches; the result (lib/quarkus)
    # only depends on the build options, so it is kept in the cache after the first
    # start and copied into later runtimes (start-dev re-augments anyway on a mismatch)
    local build_key
    build_key="$(printf '%s\n' "$KC_VERSION" "$java_home" "${kc_args[@]:3}" | cksum | cut -d' ' -f1)"
    local dev_build="$CACHE_DIR/keycloak-$KC_VERSION.dev-build-$build_key"
    if [[ -f "$dev_build/.complete" ]]; then
        cp -a "$dev_build/." "$home/lib/quarkus/"
        rm -f "$home/lib/quarkus/.complete"
    fi

    log "starting Keycloak $KC_VERSION on http://127.0.0.1:$port (log: $logfile)"
    local t0=$SECONDS
    # setsid: own process group (pgid == pid) so that stop reaches kc.sh and its java
    (
        if [[ -n "$java_home" ]]; then export JAVA_HOME="$java_home"; else unset JAVA_HOME; fi
        unset JAVA_OPTS KC_RUN_IN_CONTAINER
        export JAVA_OPTS_KC_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
        export JAVA_OPTS_APPEND="-Djava.net.preferIPv4Stack=true"
        export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
        cd "$home"
        exec setsid "$home/bin/kc.sh" "${kc_args[@]}" </dev/null >"$logfile" 2>&1
    ) &
    local pid=$!
    echo "$pid" >"$pidfile"

    local url
    url="$(discovery_url "$port")"
    while (( SECONDS - t0 < START_TIMEOUT )); do
        if ! alive "$pid"; then
            log "Keycloak exited during start-up; log tail:"
            tail -n 60 "$logfile" >&2 || true
            rm -f "$pidfile"
            exit 1
        fi
        if [[ "$(http_code "$url")" == 200 ]]; then
            log "Keycloak is up after $((SECONDS - t0)) s (pid $pid)"
            save_dev_build "$home/lib/quarkus" "$dev_build"
            issuer_of "$port"
            return 0
        fi
        sleep 1
    done
    log "Keycloak did not serve realm '$REALM' within ${START_TIMEOUT}s; log tail:"
    tail -n 60 "$logfile" >&2 || true
    stop_pid "$pid"
    rm -f "$pidfile"
    exit 1
}

stop() {
    local dir=""
    while (( $# )); do
        case "$1" in
            --dir) dir="${2:-}"; shift 2 ;;
            --dir=*) dir="${1#*=}"; shift ;;
            *) usage; die "stop: unknown option $1" ;;
        esac
    done
    [[ -n "$dir" ]] || { usage; die "stop: --dir D is required"; }
    local pidfile="$dir/keycloak.pid"
    if [[ ! -f "$pidfile" ]]; then
        log "no $pidfile: nothing to stop"
        return 0
    fi
    local pid
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    stop_pid "$pid"
    if [[ -n "$pid" ]] && tree_alive "$pid"; then
        die "Keycloak (pid $pid) is still running"
    fi
    rm -f "$pidfile"
    log "stopped"
}

# ---------------------------------------------------------------- tokens

extract_access_token() {
    local json="$1" token
    if command -v python3 >/dev/null 2>&1; then
        token="$(printf '%s' "$json" | python3 -c 'import json,sys
try: print(json.load(sys.stdin).get("access_token",""))
except Exception: print("")')"
    else
        token="$(printf '%s' "$json" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')"
    fi
    if [[ -z "$token" ]]; then
        log "no access_token in the response: $json"
        exit 1
    fi
    printf '%s\n' "$token"
}

token_endpoint() { echo "http://127.0.0.1:$1/realms/$REALM/protocol/openid-connect/token"; }

token() {
    local user="${1:-}" port="${2:-${KEYCLOAK_PORT:-8180}}"
    [[ -n "$user" ]] || { usage; die "token: USER is required"; }
    local resp
    resp="$(curl -s --max-time 30 "$(token_endpoint "$port")" \
        -d grant_type=password -d client_id=appeals-cli \
        --data-urlencode "username=$user" --data-urlencode "password=$user")" \
        || die "no answer from Keycloak on port $port"
    extract_access_token "$resp"
}

token_portal() {
    local port="${1:-${KEYCLOAK_PORT:-8180}}"
    local resp
    resp="$(curl -s --max-time 30 "$(token_endpoint "$port")" \
        -d grant_type=client_credentials -d client_id=appeals-portal \
        -d client_secret=appeals-portal-secret)" \
        || die "no answer from Keycloak on port $port"
    extract_access_token "$resp"
}

# ---------------------------------------------------------------- main

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
    fetch) fetch; echo "$KC_DIST" ;;
    start) start "$@" ;;
    stop) stop "$@" ;;
    token) token "$@" ;;
    token-portal) token_portal "$@" ;;
    -h|--help|help) usage ;;
    *) usage; exit 2 ;;
esac
