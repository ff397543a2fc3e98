# Shell functions shared by bench/run and bench/stats/run (sourced, not run).
#
# The caller defines log() and these variables: PGBIN, PG_HOST, PG_PORT, PG_USER, and for
# dataset_load CP (the PostgreSQL driver and the compiled bench/java classes).

declare -p BG_PIDS >/dev/null 2>&1 || BG_PIDS=()

# The service does not start without the key of its personal-data access log or the secret its
# access codes are derived from; a benchmark's database is thrown away, so keys of the run will do.
export APPEALS_AUDIT_KEY="${APPEALS_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}"
export APPEALS_ACCESS_CODE_SECRET="${APPEALS_ACCESS_CODE_SECRET:-$(head -c 32 /dev/urandom | base64)}"

psqlq() { "$PGBIN/psql" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -X -q -v ON_ERROR_STOP=1 "$@"; }

# stop_pid PID [SECONDS]: TERM, then KILL when it is still running after SECONDS (30)
stop_pid() {
    local pid="$1" secs="${2:-30}" i
    [[ -n "$pid" ]] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < secs * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    log "pid $pid still running after ${secs}s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

# run_bg COMMAND...: runs it in the background and waits for it, so that a trap acts at once on
# TERM (its pid goes to BG_PIDS, which the caller's trap stops)
run_bg() {
    "$@" &
    local pid=$!
    BG_PIDS+=("$pid")
    local rc=0
    wait "$pid" || rc=$?
    return "$rc"
}

# wait_http URL PID SECONDS [TOKEN]: polls URL every 50 ms until it answers 200; returns 1 when
# PID dies or SECONDS pass
wait_http() {
    local url="$1" pid="$2" secs="$3" tok="${4:-}" i code
    for ((i = 0; i < secs * 20; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        if [[ -n "$tok" ]]; then
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "Authorization: Bearer $tok" "$url" 2>/dev/null || true)
        else
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null || true)
        fi
        [[ "$code" == 200 ]] && return 0
        sleep 0.05
    done
    return 1
}

# dataset_load DB APPEALS SEED PREFIX: fills a database the service has migrated with the generated
# register (bench/java/Gen.java): the secondary indexes of the loaded tables (read from the
# catalogue, not those of constraints) are dropped, Gen COPYs with session_replication_role =
# replica, the indexes are rebuilt in two sessions, stats_rebuild() recomputes what the triggers
# would have kept (when the schema has it), then VACUUM ANALYZE. Files go to PREFIX* (indexes.sql,
# gen.log, ...). Sets DATASET_COPY_SECS and DATASET_STATS_REBUILT (yes or empty).
dataset_load() {
    local db="$1" appeals="$2" seed="$3" prefix="$4" t0=$SECONDS idx_pid
    local tables="t.relname in ('appeal', 'appeal_event', 'reception') and t.relnamespace = 'public'::regnamespace
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"
    psqlq -d "$db" -At -c "select pg_get_indexdef(i.indexrelid) || ';' from pg_index i join pg_class t on t.oid = i.indrelid
        where $tables" >"${prefix}indexes.sql"
    psqlq -d "$db" -At -c "select 'drop index ' || i.indexrelid::regclass || ';' from pg_index i join pg_class t on t.oid = i.indrelid
        where $tables" | psqlq -d "$db" -f - >/dev/null
    run_bg java -Xmx2g -cp "$CP" Gen load --jdbc "jdbc:postgresql://$PG_HOST:$PG_PORT/$db" --user "$PG_USER" \
        --appeals "$appeals" --seed "$seed" --replica 2>&1 | tee "${prefix}gen.log" >&2
    DATASET_COPY_SECS=$((SECONDS - t0))
    log "$db: COPY took ${DATASET_COPY_SECS}s; rebuilding $(wc -l <"${prefix}indexes.sql") indexes (two sessions)"
    grep -v 'appeal_event' "${prefix}indexes.sql" >"${prefix}indexes-a.sql" || true
    grep 'appeal_event' "${prefix}indexes.sql" >"${prefix}indexes-b.sql" || true
    _dataset_indexes "$db" "${prefix}indexes-b.sql" &
    idx_pid=$!
    BG_PIDS+=("$idx_pid")
    run_bg _dataset_indexes "$db" "${prefix}indexes-a.sql"
    wait "$idx_pid"
    DATASET_STATS_REBUILT=""
    if [[ "$(psqlq -d "$db" -At -c "select count(*) from pg_proc where proname = 'stats_rebuild'")" != 0 ]]; then
        log "$db: stats_rebuild() exists: rebuilding the statistics rollups"
        run_bg psqlq -d "$db" -c "select stats_rebuild()" >/dev/null
        DATASET_STATS_REBUILT=yes
    fi
    log "$db: VACUUM ANALYZE"
    run_bg psqlq -d "$db" -c "vacuum analyze" >/dev/null
}

_dataset_indexes() { { echo "set maintenance_work_mem = '1GB';"; cat "$2"; } | psqlq -d "$1" -f - >/dev/null; }
