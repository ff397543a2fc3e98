-- The compactor moves at most p_limit deltas of each kind per call, in the caller's
-- transaction. Moving every pending delta at once made one transaction of a backlog left by a
-- bulk write (400,000 deltas after an import of 200,000 appeals: minutes of work); it passed the
-- transaction timeout, rolled back, and started again, so the backlog never drained while every
-- statistics query summed it. In chunks, each call commits its progress in a few seconds, and
-- the compactor calls again until nothing is left. Figures are exact at any point: queries add
-- the deltas still pending to the rollups, and any subset of deltas can be moved first.

drop function stats_compact();

create function stats_compact(p_limit int default 10000) returns bigint
    language plpgsql as $$
declare
    moved_appeals bigint;
    moved_receptions bigint;
begin
    if not pg_try_advisory_xact_lock(7305002) then
        return 0;
    end if;

    with d as (delete from stats_appeal_delta
                where ctid = any (array(select ctid from stats_appeal_delta limit p_limit))
                returning *),
    x as (
        select g.grain, g.period, k.dim, w.district_code, k.key, d.sign,
               d.resolved, d.outcome, d.is_repeat, d.working_days, d.due_on
          from d
         cross join lateral (values ('D', d.registered_on),
                                    ('M', date_trunc('month', d.registered_on::timestamp)::date)) g(grain, period)
         cross join lateral (values (d.district_code), ('*')) w(district_code)
         cross join lateral stats_keys(d.channel, d.topic_code, d.agency_code, d.type, d.applicant_groups) k),
    counters as (
        insert into stats_appeal as s (grain, period, dim, district_code, key, received, resolved, positive,
                                       explained, rejected, redirected, terminated, repeats)
        select grain, period, dim, district_code, key,
               sum(sign),
               sum(case when resolved then sign else 0 end),
               sum(case when outcome = 'POSITIVE' then sign else 0 end),
               sum(case when outcome = 'EXPLAINED' then sign else 0 end),
               sum(case when outcome = 'REJECTED' then sign else 0 end),
               sum(case when outcome = 'REDIRECTED' then sign else 0 end),
               sum(case when outcome = 'TERMINATED' then sign else 0 end),
               sum(case when is_repeat then sign else 0 end)
          from x
         group by grain, period, dim, district_code, key
        on conflict (grain, dim, district_code, period, key) do update set
            received = s.received + excluded.received,
            resolved = s.resolved + excluded.resolved,
            positive = s.positive + excluded.positive,
            explained = s.explained + excluded.explained,
            rejected = s.rejected + excluded.rejected,
            redirected = s.redirected + excluded.redirected,
            terminated = s.terminated + excluded.terminated,
            repeats = s.repeats + excluded.repeats),
    answer_days as (
        insert into stats_appeal_answer_days as s (grain, period, dim, district_code, key, working_days, appeals)
        select grain, period, dim, district_code, key, working_days, sum(sign)
          from x
         where working_days is not null
         group by grain, period, dim, district_code, key, working_days
        on conflict (grain, dim, district_code, period, key, working_days) do update set
            appeals = s.appeals + excluded.appeals),
    pending as (
        insert into stats_appeal_pending_due as s (grain, period, dim, district_code, key, due_on, appeals)
        select grain, period, dim, district_code, key, due_on, sum(sign)
          from x
         where due_on >= stats_due_horizon()
         group by grain, period, dim, district_code, key, due_on
        on conflict (due_on, grain, dim, district_code, period, key) do update set
            appeals = s.appeals + excluded.appeals)
    select count(*) into moved_appeals from d;

    delete from stats_appeal_pending_due where due_on < stats_due_horizon();

    with d as (delete from stats_reception_delta
                where ctid = any (array(select ctid from stats_reception_delta limit p_limit))
                returning *)
    , x as (
        select g.grain, g.period, d.district_code, d.official_type, d.format,
               d.receptions, d.citizens, d.appeals, d.positive
          from d
         cross join lateral (values ('D', d.held_on), ('M', date_trunc('month', d.held_on::timestamp)::date)) g(grain, period))
    , up as (
        insert into stats_reception as s (grain, period, district_code, official_type, format,
                                          receptions_held, citizens_received, appeals_received, positive)
        select grain, period, district_code, official_type, format,
               sum(receptions), sum(citizens), sum(appeals), sum(positive)
          from x
         group by grain, period, district_code, official_type, format
        on conflict (grain, period, district_code, official_type, format) do update set
            receptions_held = s.receptions_held + excluded.receptions_held,
            citizens_received = s.citizens_received + excluded.citizens_received,
            appeals_received = s.appeals_received + excluded.appeals_received,
            positive = s.positive + excluded.positive)
    select count(*) into moved_receptions from d;

    return moved_appeals + moved_receptions;
end $$;
