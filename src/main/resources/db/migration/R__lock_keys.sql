-- The register's advisory-lock keys, by name: SQL takes a lock as
-- pg_advisory_xact_lock(lock_key('stats_compactor')), never by a bare number. The same names and
-- numbers are kz.appeals.common.LockKeys in Java (a test checks that both list the same).
--   stats_calendar   the working-day calendar as the statistics count it: shared by writers
--                    that count working days to an answer, exclusive while the calendar changes
--                    or the statistics are rebuilt;
--   stats_compactor  one statistics compactor at a time;
--   cluster_jobs     the scheduled jobs of common/ClusterJobs: taken by the service only, in the
--                    two-number form pg_try_advisory_lock(key, hashtext(job name)), one lock per job.
create or replace function lock_keys() returns table (name text, key bigint)
    language sql immutable parallel safe as $$
    values ('stats_calendar', 7305001::bigint),
           ('stats_compactor', 7305002::bigint),
           ('cluster_jobs', 7305003::bigint)
$$;

-- The key of a name; an unknown name is an error (a null key would lock nothing, silently).
create or replace function lock_key(p_name text) returns bigint
    language plpgsql immutable parallel safe as $$
declare
    k bigint;
begin
    select l.key into k from lock_keys() l where l.name = p_name;
    if k is null then
        raise exception 'no advisory lock key named %', p_name using errcode = '22023';
    end if;
    return k;
end $$;
