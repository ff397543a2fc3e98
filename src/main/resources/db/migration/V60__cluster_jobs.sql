-- Scheduled jobs run once per term across all instances of the service (common/ClusterJobs).
-- A job's run is serialised by a session advisory lock (lock_key('cluster_jobs') with the job's
-- name hashed), which PostgreSQL drops when the holder's connection ends, so a job whose instance
-- died is free at once; this row says which term was started and which was finished, so that a
-- term is run once and a term started but never finished is resumed by another instance.
create table cluster_job (
    name          text primary key check (length(name) between 1 and 100),
    started_term  bigint      not null,
    started_at    timestamptz not null,
    started_by    text        not null check (length(started_by) <= 200),
    done_term     bigint,
    done_at       timestamptz,
    done_by       text check (length(done_by) <= 200),
    runs          bigint      not null default 0 check (runs >= 0),
    check (done_term is null or done_term <= started_term)
);
comment on table cluster_job is 'Terms of the scheduled jobs, one row per job; see common/ClusterJobs';
comment on column cluster_job.started_term is 'the term last claimed (epoch day for daily jobs, interval number for periodic ones)';
comment on column cluster_job.done_term is 'the last term finished; below started_term while a run is in flight or was cut off';
