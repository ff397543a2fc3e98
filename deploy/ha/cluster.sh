#!/usr/bin/env bash
# A highly available set-up of the register on one machine, every part on loopback:
#   - PostgreSQL 15 with pg_auto_failover (Debian's postgresql-15-auto-failover): a monitor and two
#     nodes, a primary and a synchronous standby; the monitor promotes the standby when the primary
#     is lost;
#   - Keycloak with the demo realm (dev/keycloak.sh), unless HA_OIDC_URL names a running one;
#   - two instances of the service (the packaged jar), each connected to both nodes with a
#     multi-host JDBC URL that picks the primary (targetServerType=primary), and reading statistics
#     from the standby while there is one (APPEALS_REPLICA_JDBC_URL, targetServerType=preferSecondary);
#   - HAProxy (deploy/ha/haproxy.cfg) in front of them, checking each instance's readiness.
#
#   deploy/ha/cluster.sh start            start everything (builds the jar when it is missing)
#   deploy/ha/cluster.sh status           the nodes' states, the instances, HAProxy
#   deploy/ha/cluster.sh kill-primary     SIGKILL the primary node (its keeper and PostgreSQL): a lost server
#   deploy/ha/cluster.sh kill-instance N  SIGKILL service instance N (1 or 2)
#   deploy/ha/cluster.sh start-instance N start service instance N again
#   deploy/ha/cluster.sh failover         a planned switch-over (pg_autoctl perform failover)
#   deploy/ha/cluster.sh stop             stop everything this script started
#
# Needs (Debian): postgresql-15-auto-failover pg-auto-failover-cli haproxy, and the machine's JDK and
# Maven. As root, PostgreSQL runs as the user postgres (it refuses root).
#
# Environment (defaults): HA_DIR (target/ha), HA_BIND (127.0.0.1), HA_HTTP_PORT (8080, HAProxy),
# HA_STATS_PORT (8404), HA_MONITOR_PORT (6000), HA_NODE1_PORT (6001), HA_NODE2_PORT (6002),
# HA_APP1_PORT (8081), HA_APP2_PORT (8082), HA_APP1_MGMT_PORT (9081), HA_APP2_MGMT_PORT (9082),
# HA_KEYCLOAK_PORT (8180), HA_OIDC_URL (none: Keycloak is started), HA_JAVA_OPTS (-Xmx512m),
# HA_PGBIN (/usr/lib/postgresql/15/bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"

DIR="${HA_DIR:-$ROOT/target/ha}"
BIND="${HA_BIND:-127.0.0.1}"
HTTP_PORT="${HA_HTTP_PORT:-8080}"
STATS_PORT="${HA_STATS_PORT:-8404}"
MONITOR_PORT="${HA_MONITOR_PORT:-6000}"
NODE_PORTS=("${HA_NODE1_PORT:-6001}" "${HA_NODE2_PORT:-6002}")
APP_PORTS=("${HA_APP1_PORT:-8081}" "${HA_APP2_PORT:-8082}")
APP_MGMT_PORTS=("${HA_APP1_MGMT_PORT:-9081}" "${HA_APP2_MGMT_PORT:-9082}")
KEYCLOAK_PORT="${HA_KEYCLOAK_PORT:-8180}"
JAVA_OPTS="${HA_JAVA_OPTS:--Xmx512m}"
PGBIN="${HA_PGBIN:-/usr/lib/postgresql/15/bin}"
DB=appeals

log() { printf '%s ha: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2 || true; }
die() { log "ERROR: $*"; exit 1; }

# PostgreSQL and pg_autoctl refuse to run as root: as root, run them as postgres.
as_pg() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- env PATH="$PGBIN:$PATH" XDG_CONFIG_HOME="$DIR/pg/config" XDG_DATA_HOME="$DIR/pg/share" \
            XDG_RUNTIME_DIR="$DIR/pg/run" "$@"
    else
        env PATH="$PGBIN:$PATH" XDG_CONFIG_HOME="$DIR/pg/config" XDG_DATA_HOME="$DIR/pg/share" XDG_RUNTIME_DIR="$DIR/pg/run" "$@"
    fi
}

monitor_uri() { echo "postgres://autoctl_node@127.0.0.1:$MONITOR_PORT/pg_auto_failover?sslmode=disable"; }
jdbc_url() {
    echo "jdbc:postgresql://127.0.0.1:${NODE_PORTS[0]},127.0.0.1:${NODE_PORTS[1]}/$DB?targetServerType=primary&connectTimeout=3&loginTimeout=5"
}
# statistics read from the standby while there is one, from the primary otherwise (common/ReadReplica)
replica_url() {
    echo "jdbc:postgresql://127.0.0.1:${NODE_PORTS[0]},127.0.0.1:${NODE_PORTS[1]}/$DB?targetServerType=preferSecondary&connectTimeout=3&loginTimeout=5"
}

# wait_for SECONDS DESCRIPTION COMMAND...: polls the command once a second
wait_for() {
    local secs="$1" what="$2"; shift 2
    local i
    for ((i = 0; i < secs; i++)); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 1
    done
    die "$what did not happen within ${secs}s"
}

primary_port() {
    local p
    for p in "${NODE_PORTS[@]}"; do
        [[ "$("$PGBIN/psql" -h 127.0.0.1 -p "$p" -U postgres -d postgres -XAtc 'select pg_is_in_recovery()' 2>/dev/null)" == f ]] \
            && { echo "$p"; return 0; }
    done
    return 1
}

start_detached() {   # start_detached NAME LOGFILE COMMAND...: own session, pid in $DIR/NAME.pid
    local name="$1" logfile="$2"; shift 2
    setsid "$@" >"$logfile" 2>&1 < /dev/null &
    echo $! > "$DIR/$name.pid"
}

stop_group() {   # stop_group NAME [SIGNAL]: the process group started by start_detached
    local name="$1" sig="${2:-TERM}" pid
    [[ -f "$DIR/$name.pid" ]] || return 0
    pid="$(cat "$DIR/$name.pid")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "-$sig" -- "-$pid" 2>/dev/null || kill "-$sig" "$pid" 2>/dev/null || true
        local i
        for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$DIR/$name.pid"
}

start_postgres() {
    command -v pg_autoctl >/dev/null || die "pg_autoctl is missing (Debian: apt-get install -y postgresql-15-auto-failover pg-auto-failover-cli)"
    mkdir -p "$DIR/pg/run"
    [[ "$(id -u)" == 0 ]] && chown -R postgres:postgres "$DIR/pg"
    log "PostgreSQL monitor on 127.0.0.1:$MONITOR_PORT"
    if [[ "$(id -u)" == 0 ]]; then
        start_detached pg-monitor "$DIR/pg-monitor.log" runuser -u postgres -- env PATH="$PGBIN:$PATH" \
            XDG_CONFIG_HOME="$DIR/pg/config" XDG_DATA_HOME="$DIR/pg/share" XDG_RUNTIME_DIR="$DIR/pg/run" \
            pg_autoctl create monitor --pgdata "$DIR/pg/monitor" --pgport "$MONITOR_PORT" --hostname 127.0.0.1 \
            --listen 127.0.0.1 --auth trust --no-ssl --run
    else
        start_detached pg-monitor "$DIR/pg-monitor.log" env PATH="$PGBIN:$PATH" XDG_CONFIG_HOME="$DIR/pg/config" \
            XDG_DATA_HOME="$DIR/pg/share" XDG_RUNTIME_DIR="$DIR/pg/run" \
            pg_autoctl create monitor --pgdata "$DIR/pg/monitor" --pgport "$MONITOR_PORT" --hostname 127.0.0.1 \
            --listen 127.0.0.1 --auth trust --no-ssl --run
    fi
    wait_for 120 "the monitor's start" "$PGBIN/psql" -h 127.0.0.1 -p "$MONITOR_PORT" -U autoctl_node -d pg_auto_failover -XAtc 'select 1'
    local n
    for n in 1 2; do
        start_node "$n"
        # the second node is cloned from the first: start it once the first is primary
        if [[ "$n" == 1 ]]; then
            wait_for 120 "node 1 becoming primary" primary_port
        fi
    done
    wait_for 180 "node 2 becoming a synchronous standby" node_states_are "primary secondary"
    log "PostgreSQL: node 1 primary on 127.0.0.1:${NODE_PORTS[0]}, node 2 synchronous standby on 127.0.0.1:${NODE_PORTS[1]}"
}

start_node() {
    local n="$1" port="${NODE_PORTS[$(( $1 - 1 ))]}"
    log "PostgreSQL node $n on 127.0.0.1:$port"
    local cmd=(pg_autoctl create postgres --pgdata "$DIR/pg/node$n" --pgport "$port" --hostname 127.0.0.1 --listen 127.0.0.1
        --name "node$n" --dbname "$DB" --auth trust --no-ssl --monitor "$(monitor_uri)" --run)
    if [[ -d "$DIR/pg/node$n" ]]; then
        cmd=(pg_autoctl run --pgdata "$DIR/pg/node$n")
    fi
    if [[ "$(id -u)" == 0 ]]; then
        start_detached "pg-node$n" "$DIR/pg-node$n.log" runuser -u postgres -- env PATH="$PGBIN:$PATH" \
            XDG_CONFIG_HOME="$DIR/pg/config" XDG_DATA_HOME="$DIR/pg/share" XDG_RUNTIME_DIR="$DIR/pg/run" "${cmd[@]}"
    else
        start_detached "pg-node$n" "$DIR/pg-node$n.log" env PATH="$PGBIN:$PATH" XDG_CONFIG_HOME="$DIR/pg/config" \
            XDG_DATA_HOME="$DIR/pg/share" XDG_RUNTIME_DIR="$DIR/pg/run" "${cmd[@]}"
    fi
}

# node_states_are "primary secondary": the reported states of the nodes, in node order
node_states_are() {
    local states
    states="$("$PGBIN/psql" -h 127.0.0.1 -p "$MONITOR_PORT" -U autoctl_node -d pg_auto_failover -XAtc \
        "select string_agg(reportedstate::text, ' ' order by nodeid) from pgautofailover.node" 2>/dev/null)"
    [[ "$states" == "$1" ]]
}

start_keycloak() {
    if [[ -n "${HA_OIDC_URL:-}" ]]; then
        ISSUER="$HA_OIDC_URL"
        return
    fi
    log "Keycloak on 127.0.0.1:$KEYCLOAK_PORT"
    ISSUER="$(bash dev/keycloak.sh start --port "$KEYCLOAK_PORT" --dir "$DIR/keycloak")"
    echo yes > "$DIR/keycloak.started"
}

secrets() {
    # every instance must hold the same secrets: access codes, cursors and the access log's hashes
    # made by one instance are read by the other
    local name
    for name in access-code-secret audit-key cursor-secret; do
        [[ -s "$DIR/$name" ]] || (umask 077; head -c 32 /dev/urandom | base64 > "$DIR/$name")
    done
}

start_instance() {
    local n="$1" port="${APP_PORTS[$(( $1 - 1 ))]}" mgmt="${APP_MGMT_PORTS[$(( $1 - 1 ))]}"
    [[ -f target/quarkus-app/quarkus-run.jar ]] || { log "building the service"; mvn -q -DskipTests package; }
    log "service instance $n on 127.0.0.1:$port (management 127.0.0.1:$mgmt)"
    start_detached "app$n" "$DIR/app$n.log" env QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url)" QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_DATASOURCE_PASSWORD="" QUARKUS_OIDC_AUTH_SERVER_URL="$(cat "$DIR/issuer")" QUARKUS_HTTP_HOST=127.0.0.1 \
        QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$mgmt" \
        APPEALS_ACCESS_CODE_SECRET="$(cat "$DIR/access-code-secret")" APPEALS_AUDIT_KEY="$(cat "$DIR/audit-key")" \
        APPEALS_CURSOR_SECRET="$(cat "$DIR/cursor-secret")" APPEALS_REPLICA_JDBC_URL="$(replica_url)" \
        APPEALS_CLUSTER_INSTANCE="app$n" \
        java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar
    wait_for 180 "instance $n's readiness" curl -sf "http://127.0.0.1:$mgmt/q/health/ready"
}

start_haproxy() {
    command -v haproxy >/dev/null || die "haproxy is missing (Debian: apt-get install -y haproxy)"
    log "HAProxy on $BIND:$HTTP_PORT (stats on 127.0.0.1:$STATS_PORT)"
    export HA_BIND="$BIND" HA_HTTP_PORT="$HTTP_PORT" HA_STATS_PORT="$STATS_PORT" \
        HA_APP1_PORT="${APP_PORTS[0]}" HA_APP2_PORT="${APP_PORTS[1]}" \
        HA_APP1_MGMT_PORT="${APP_MGMT_PORTS[0]}" HA_APP2_MGMT_PORT="${APP_MGMT_PORTS[1]}"
    haproxy -c -q -f deploy/ha/haproxy.cfg || die "deploy/ha/haproxy.cfg does not parse"
    start_detached haproxy "$DIR/haproxy.log" haproxy -db -f deploy/ha/haproxy.cfg
    wait_for 30 "HAProxy's start" curl -s -o /dev/null "http://127.0.0.1:$STATS_PORT/"
}

cmd_start() {
    if [[ -f "$DIR/started" ]]; then
        die "a set-up is running already (or was not stopped) in $DIR: deploy/ha/cluster.sh stop"
    fi
    mkdir -p "$DIR"
    touch "$DIR/started"
    start_postgres
    start_keycloak
    echo "$ISSUER" > "$DIR/issuer"
    secrets
    start_instance 1
    start_instance 2
    start_haproxy
    cat >&2 <<EOF

The register runs behind HAProxy at http://$BIND:$HTTP_PORT (two instances: 127.0.0.1:${APP_PORTS[0]}, 127.0.0.1:${APP_PORTS[1]};
HAProxy's stats at http://127.0.0.1:$STATS_PORT/). PostgreSQL: primary 127.0.0.1:$(primary_port), monitor 127.0.0.1:$MONITOR_PORT.
Keycloak: $ISSUER. Logs in ${DIR#$ROOT/}/. Try: deploy/ha/cluster.sh kill-primary, then register an appeal.
Stop with: deploy/ha/cluster.sh stop
EOF
}

cmd_stop() {
    local name
    for name in haproxy app1 app2; do stop_group "$name"; done
    if [[ -f "$DIR/keycloak.started" ]]; then
        bash dev/keycloak.sh stop --dir "$DIR/keycloak" >/dev/null 2>&1 || true
        rm -f "$DIR/keycloak.started"
    fi
    for name in pg-node2 pg-node1 pg-monitor; do stop_group "$name"; done
    rm -f "$DIR/started"
    log "stopped; data stays in ${DIR#$ROOT/}/pg (delete the folder for a fresh start)"
}

cmd_status() {
    as_pg pg_autoctl show state --pgdata "$DIR/pg/monitor" 2>/dev/null || log "the monitor does not answer"
    local n
    for n in 1 2; do
        local mgmt="${APP_MGMT_PORTS[$(( n - 1 ))]}"
        printf 'instance %s: %s\n' "$n" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mgmt/q/health/ready" || true)"
    done
    printf 'haproxy: %s\n' "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$STATS_PORT/" || echo down)"
}

cmd_kill_primary() {
    local port n pid
    port="$(primary_port)" || die "no primary answers"
    for n in 1 2; do
        [[ "${NODE_PORTS[$(( n - 1 ))]}" == "$port" ]] || continue
        pid="$(cat "$DIR/pg-node$n.pid")"
        # by process id only: the node's postmaster (postmaster.pid) and its children, then the keeper's
        # process group; never by a name pattern, which could reach another cluster's processes
        local postmaster
        postmaster="$(head -1 "$DIR/pg/node$n/postmaster.pid" 2>/dev/null || true)"
        log "SIGKILL node $n (127.0.0.1:$port): its keeper and its PostgreSQL"
        if [[ "$postmaster" =~ ^[0-9]+$ ]]; then
            pkill -KILL -P "$postmaster" 2>/dev/null || true
            kill -KILL "$postmaster" 2>/dev/null || true
        fi
        kill -KILL -- "-$pid" 2>/dev/null || true
        rm -f "$DIR/pg-node$n.pid"
        echo "$n"
        return 0
    done
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    kill-primary) cmd_kill_primary ;;
    kill-instance) [[ "${2:-}" =~ ^[12]$ ]] || die "kill-instance 1|2"; stop_group "app$2" KILL ;;
    start-instance) [[ "${2:-}" =~ ^[12]$ ]] || die "start-instance 1|2"; start_instance "$2" ;;
    start-node) [[ "${2:-}" =~ ^[12]$ ]] || die "start-node 1|2"; start_node "$2" ;;
    failover) as_pg pg_autoctl perform failover --pgdata "$DIR/pg/monitor" ;;
    *) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
