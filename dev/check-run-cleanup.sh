#!/usr/bin/env bash
# Checks that dev/run.sh leaves nothing behind, for real: it starts the run command several
# times and ends it the ways a user does, then looks for any process of the run and any
# listener on its ports.
#
#   dev/check-run-cleanup.sh        (about 5 minutes; uses the ports below, all must be free)
#
#   1. SIGTERM while Keycloak is still starting
#   2. `dev/run.sh | head -1` (stdout closed early), then SIGTERM
#   3. `dev/run.sh | tee` and Ctrl-C (SIGINT to the whole pipeline: tee dies too)
#   4. the terminal closes (SIGHUP)
#   5. kill -9 of the script (its children survive), then a new run must recognise and stop
#      the leftovers, start normally, and stop cleanly
#
# Ports: QUARKUS_HTTP_PORT (8400), QUARKUS_MANAGEMENT_PORT (8401), APPEALS_EMBEDDED_PG_PORT (8402),
# KEYCLOAK_PORT (8180); the run's data goes to a temporary folder.
set -uo pipefail
set -m
cd "$(dirname "$0")/.."
export QUARKUS_HTTP_PORT="${QUARKUS_HTTP_PORT:-8400}"
export QUARKUS_MANAGEMENT_PORT="${QUARKUS_MANAGEMENT_PORT:-8401}"
export APPEALS_EMBEDDED_PG_PORT="${APPEALS_EMBEDDED_PG_PORT:-8402}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export APPEALS_DATA_DIR="${APPEALS_DATA_DIR:-$(mktemp -d /tmp/appeals-run-check.XXXXXX)}"
# a loaded machine must not turn a slow start into a failed one
export KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-900}" APPEALS_READY_TIMEOUT="${APPEALS_READY_TIMEOUT:-900}"
RUN_DIR="$(pwd)/target/run"
MARKER="APPEALS_DEV_RUN=$RUN_DIR"
PORTS=("$QUARKUS_HTTP_PORT" "$QUARKUS_MANAGEMENT_PORT" "$APPEALS_EMBEDDED_PG_PORT" "$KEYCLOAK_PORT")
failures=0

note() { printf '%s\n' "check-run-cleanup: $*"; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
marked() {
    local f pid
    for f in /proc/[0-9]*/environ; do
        pid="${f#/proc/}"; pid="${pid%/environ}"
        tr '\0' '\n' 2>/dev/null <"$f" | grep -q "^$MARKER:" && echo "$pid"
    done
}
until_true() { # seconds command...
    local limit=$(( SECONDS + $1 )); shift
    until "$@"; do (( SECONDS >= limit )) && return 1; sleep 1; done
}
ready() { [[ -f "$RUN_DIR/ready" ]]; }
run_gone() { ! kill -0 "$1" 2>/dev/null; }
log_says() { grep -q "$1" "$RUN_DIR/run.log" 2>/dev/null; }

# the case cannot test what it says if the run never became ready
not_ready() {
    note "FAIL dev/run.sh did not become ready; the end of $RUN_DIR/run.log:"
    tail -n 15 "$RUN_DIR/run.log" | sed 's/^/    /'
    failures=$((failures + 1))
}

# start PIPELINE: in its own process group, like a terminal's job (job control is on, so the
# job's SIGINT is not ignored as it would be for a plain background command); sets GROUP and RUN_PID
start() {
    rm -f "$RUN_DIR/run.pid" "$RUN_DIR/ready"
    # a script started in the background inherits SIGINT ignored, and so would the run: reset it
    env --default-signal=INT bash -c "$1" </dev/null >/dev/null 2>&1 &
    GROUP=$!
    until_true 30 test -s "$RUN_DIR/run.pid" || { note "dev/run.sh did not start (see $RUN_DIR/run.log)"; exit 1; }
    RUN_PID="$(cat "$RUN_DIR/run.pid")"
}

# nothing of the run may be left: no marked process, no listener on its ports
expect_clean() { # case name
    local left port busy=""
    until_true 60 run_gone "$RUN_PID" || note "$1: dev/run.sh (pid $RUN_PID) still running after 60 s"
    left="$(marked)"
    for port in "${PORTS[@]}"; do port_busy "$port" && busy+=" $port"; done
    if [[ -n "$left" || -n "$busy" ]] || kill -0 "$RUN_PID" 2>/dev/null; then
        note "FAIL $1: processes left: ${left:-none}; ports still listening:${busy:- none}"
        failures=$((failures + 1))
        kill -KILL "$RUN_PID" $left 2>/dev/null
    else
        note "ok   $1"
    fi
}

for port in "${PORTS[@]}"; do
    port_busy "$port" && { note "port $port is in use; free it or choose other ports"; exit 1; }
done

note "building once (later runs use --no-build)"
mvn -B -q -Dstyle.color=never -DskipTests package >/dev/null || { note "build failed"; exit 1; }

# 1
start 'dev/run.sh --no-build'
until_true 120 log_says 'Starting Keycloak' || note "no Keycloak start seen"
sleep 3
kill -TERM "$RUN_PID"
expect_clean "SIGTERM while Keycloak starts"

# 2
start 'dev/run.sh --no-build | head -1'
until_true 900 ready || not_ready
kill -TERM "$RUN_PID"
expect_clean "stdout closed by head -1, then SIGTERM"

# 3
start "dev/run.sh --no-build | tee $RUN_DIR/tee.out"
until_true 900 ready || not_ready
kill -INT -- "-$GROUP"
expect_clean "Ctrl-C on dev/run.sh | tee"

# 4
start 'dev/run.sh --no-build'
until_true 900 ready || not_ready
kill -HUP "$RUN_PID"
expect_clean "SIGHUP"

# 5
start 'dev/run.sh --no-build'
until_true 900 ready || not_ready
kill -KILL "$RUN_PID"
until_true 10 run_gone "$RUN_PID"
[[ -n "$(marked)" ]] || { note "FAIL kill -9: the children were expected to survive the script"; failures=$((failures + 1)); }
start 'dev/run.sh --no-build | head -1'
until_true 900 ready || not_ready
if grep -q 'left running by an earlier dev/run.sh' "$RUN_DIR/run.log" && ready; then
    note "ok   kill -9: the next run stopped the leftovers and started"
else
    note "FAIL kill -9: the next run did not recover (see $RUN_DIR/run.log)"
    failures=$((failures + 1))
fi
kill -TERM "$RUN_PID"
expect_clean "SIGTERM after recovering from kill -9"

rm -rf "$APPEALS_DATA_DIR"
if (( failures )); then
    note "$failures case(s) failed"
    exit 1
fi
note "all cases passed"
