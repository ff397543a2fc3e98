-- Statistics read a bounded number of rows at any volume.
--
-- Measured on a generated register of 1 M appeals (one year by district, compareYears=2), three
-- things made a statistics answer grow with volume and history rather than with the question:
--   * working days to answer lived in stats_appeal_answer_days, one row per (period, district,
--     key, working-days value): 4.4 M rows (538 MB) at 1 M appeals, 14 ms of the answer, and
--     more values per cell as volume grows. It is now a histogram array in the cell's own
--     stats_appeal row: element i + 1 counts the appeals answered in i working days. The
--     counts and the histogram of a cell are one row, read by the same statement, and a year
--     by district is 12 rows per district and period whatever the volume;
--   * the delta queue was read by a sequential scan, and a queue once filled by a bulk write
--     keeps its pages: 112 MB of emptied pages added 24 ms to every answer. Readers now find
--     the deltas of their dates through an index; the compactor also vacuums the queue;
--   * pending appeals by due date were scanned whole for every period (led by due_on, which
--     readers only bound from below): they now have an index led by the cell, as readers ask.

-- Histograms -------------------------------------------------------------------------------

-- Adds n appeals answered in wd working days to histogram h (wd null or n 0: h unchanged).
create function stats_hist_put(h int[], wd int, n bigint) returns int[]
    language plpgsql immutable parallel safe as $$
declare
    len int := coalesce(cardinality(h), 0);
begin
    if wd is null or n = 0 then
        return h;
    end if;
    if wd < 0 then
        raise exception 'working days to answer cannot be negative: %', wd;
    end if;
    if len <= wd then
        h := coalesce(h, '{}') || array_fill(0, array[wd + 1 - len]);
    end if;
    h[wd + 1] := h[wd + 1] + n;
    return h;
end $$;

-- stats_hist(working_days, appeals): the histogram of (value, count) rows.
create aggregate stats_hist(int, bigint) (
    sfunc = stats_hist_put,
    stype = int[],
    initcond = '{}',
    parallel = safe
);

-- The element-wise sum of two histograms (the longer one's length).
create function stats_hist_add(a int[], b int[]) returns int[]
    language plpgsql immutable parallel safe as $$
declare
    la int := coalesce(cardinality(a), 0);
    lb int := coalesce(cardinality(b), 0);
begin
    if lb > la then
        return stats_hist_add(b, a);
    end if;
    for i in 1..lb loop
        a[i] := a[i] + b[i];
    end loop;
    return coalesce(a, '{}');
end $$;

alter table stats_appeal add column answer_days int[] not null default '{}';

update stats_appeal s
   set answer_days = h.hist
  from (select grain, period, dim, district_code, key, stats_hist(working_days, appeals) as hist
          from stats_appeal_answer_days
         group by grain, period, dim, district_code, key) h
 where (s.grain, s.period, s.dim, s.district_code, s.key) = (h.grain, h.period, h.dim, h.district_code, h.key);

drop table stats_appeal_answer_days;

-- Indexes for readers ------------------------------------------------------------------------

-- Readers ask for a few dates' deltas; the table is a queue whose emptied pages stay until
-- VACUUM can cut them off, which concurrent writers may prevent for a long while.
create index stats_appeal_delta_registered_on on stats_appeal_delta (registered_on);
create index stats_reception_delta_held_on on stats_reception_delta (held_on);

-- Readers ask for (grain, dim, a range of periods) and only due dates from today on.
create index stats_appeal_pending_due_cell on stats_appeal_pending_due (grain, dim, period)
    include (district_code, key, due_on, appeals);

-- Compaction: the histogram rides in the counters' row ----------------------------------------

create or replace function stats_compact(p_limit int default 10000) returns bigint
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
    -- one row per cell and working-days value first: the histogram is then built from a few rows
    cells as (
        select grain, period, dim, district_code, key, working_days,
               sum(sign) as received,
               sum(case when resolved then sign else 0 end) as resolved,
               sum(case when outcome = 'POSITIVE' then sign else 0 end) as positive,
               sum(case when outcome = 'EXPLAINED' then sign else 0 end) as explained,
               sum(case when outcome = 'REJECTED' then sign else 0 end) as rejected,
               sum(case when outcome = 'REDIRECTED' then sign else 0 end) as redirected,
               sum(case when outcome = 'TERMINATED' then sign else 0 end) as terminated,
               sum(case when is_repeat then sign else 0 end) as repeats
          from x
         group by grain, period, dim, district_code, key, working_days),
    counters as (
        insert into stats_appeal as s (grain, period, dim, district_code, key, received, resolved, positive,
                                       explained, rejected, redirected, terminated, repeats, answer_days)
        select grain, period, dim, district_code, key, sum(received), sum(resolved), sum(positive),
               sum(explained), sum(rejected), sum(redirected), sum(terminated), sum(repeats),
               stats_hist(working_days, received)
          from cells
         group by grain, period, dim, district_code, key
        on conflict (grain, dim, district_code, period, key) do update set
            received = s.received + excluded.received,
            resolved = s.resolved + excluded.resolved,
            positive = s.positive + excluded.positive,
            explained = s.explained + excluded.explained,
            rejected = s.rejected + excluded.rejected,
            redirected = s.redirected + excluded.redirected,
            terminated = s.terminated + excluded.terminated,
            repeats = s.repeats + excluded.repeats,
            answer_days = stats_hist_add(s.answer_days, excluded.answer_days)),
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

-- Rebuild -----------------------------------------------------------------------------------

create or replace function stats_rebuild() returns void
    language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7305001);
    perform pg_advisory_xact_lock(7305002);
    truncate stats_appeal_delta, stats_reception_delta, stats_appeal, stats_appeal_pending_due, stats_reception;

    drop table if exists pg_temp.stats_facts;
    drop table if exists pg_temp.stats_ordinal;
    drop table if exists pg_temp.stats_cells;

    -- One pass over the register: each appeal's state as the triggers derive it.
    create temp table stats_facts on commit drop as
    select a.registered_on, a.district_code, a.channel, a.topic_code,
           coalesce(a.agency_code, 'UNASSIGNED')::varchar as agency_code, a.type,
           stats_groups(a.applicant_groups) as applicant_groups,
           a.repeat_of is not null as is_repeat,
           stats_resolved(a.status) as resolved,
           case when stats_resolved(a.status) then a.outcome end as outcome,
           case when stats_resolved(a.status) then a.answered_on end as answered_on,
           case when not stats_resolved(a.status) then a.due_on end as due_on
      from appeal a;

    -- Working-day ordinal of each day spanned: working days between two days is a subtraction.
    -- An answer can predate its registration (received and answered on a holiday).
    create temp table stats_ordinal on commit drop as
    select g.d::date as day,
           (sum(case when stats_is_working_day(g.d::date) then 1 else 0 end) over (order by g.d))::int as ordinal
      from generate_series((select least(min(registered_on), min(answered_on)) from stats_facts)::timestamp,
                           (select greatest(max(registered_on), max(answered_on)) from stats_facts)::timestamp,
                           interval '1 day') g(d);
    alter table stats_ordinal add primary key (day);

    -- Daily cells of each district, one row per working-days value (null: no answer date).
    create temp table stats_cells on commit drop as
    select f.registered_on as period, k.dim, f.district_code, k.key,
           case when f.answered_on is not null then greatest(0, oa.ordinal - orr.ordinal) end as working_days,
           count(*) as received,
           count(*) filter (where f.resolved) as resolved,
           count(*) filter (where f.outcome = 'POSITIVE') as positive,
           count(*) filter (where f.outcome = 'EXPLAINED') as explained,
           count(*) filter (where f.outcome = 'REJECTED') as rejected,
           count(*) filter (where f.outcome = 'REDIRECTED') as redirected,
           count(*) filter (where f.outcome = 'TERMINATED') as terminated,
           count(*) filter (where f.is_repeat) as repeats
      from stats_facts f
      left join stats_ordinal orr on orr.day = f.registered_on
      left join stats_ordinal oa on oa.day = f.answered_on
     cross join lateral stats_keys(f.channel, f.topic_code, f.agency_code, f.type, f.applicant_groups) k
     group by 1, 2, 3, 4, 5;

    -- Days and months, of each district and of the region ('*'), in key order so that a range
    -- of periods is a few contiguous pages.
    insert into stats_appeal (grain, period, dim, district_code, key, received, resolved, positive,
                              explained, rejected, redirected, terminated, repeats, answer_days)
    select grain, period, dim, district_code, key, sum(received), sum(resolved), sum(positive), sum(explained),
           sum(rejected), sum(redirected), sum(terminated), sum(repeats), stats_hist(working_days, received)
      from (select g.grain, g.period, c.dim, w.district_code, c.key, c.working_days,
                   sum(c.received)::bigint as received, sum(c.resolved) as resolved, sum(c.positive) as positive,
                   sum(c.explained) as explained, sum(c.rejected) as rejected, sum(c.redirected) as redirected,
                   sum(c.terminated) as terminated, sum(c.repeats) as repeats
              from stats_cells c
             cross join lateral (values ('D', c.period), ('M', date_trunc('month', c.period::timestamp)::date)) g(grain, period)
             cross join lateral (values (c.district_code), ('*')) w(district_code)
             group by 1, 2, 3, 4, 5, 6) t
     group by grain, period, dim, district_code, key
     order by 1, 3, 4, 2, 5;

    insert into stats_appeal_pending_due (grain, period, dim, district_code, key, due_on, appeals)
    select g.grain, g.period, k.dim, w.district_code, k.key, f.due_on, count(*)
      from stats_facts f
     cross join lateral stats_keys(f.channel, f.topic_code, f.agency_code, f.type, f.applicant_groups) k
     cross join lateral (values ('D', f.registered_on), ('M', date_trunc('month', f.registered_on::timestamp)::date)) g(grain, period)
     cross join lateral (values (f.district_code), ('*')) w(district_code)
     where f.due_on >= stats_due_horizon()
     group by 1, 2, 3, 4, 5, 6
     order by 6, 1, 3, 4, 2, 5;

    insert into stats_reception (grain, period, district_code, official_type, format,
                                 receptions_held, citizens_received, appeals_received, positive)
    select g.grain, g.period, r.district_code, o.official_type, r.format,
           count(*), sum(r.citizens_received), coalesce(sum(x.appeals), 0), coalesce(sum(x.positive), 0)
      from reception r
      join official o on o.id = r.official_id
      left join (select a.reception_id, count(*) as appeals,
                        count(*) filter (where stats_resolved(a.status) and a.outcome = 'POSITIVE') as positive
                   from appeal a where a.reception_id is not null group by a.reception_id) x on x.reception_id = r.id
     cross join lateral (values ('D', r.held_on), ('M', date_trunc('month', r.held_on::timestamp)::date)) g(grain, period)
     where r.status = 'HELD'
     group by g.grain, g.period, r.district_code, o.official_type, r.format
     order by 1, 2, 3, 4, 5;

    drop table stats_facts;
    drop table stats_ordinal;
    drop table stats_cells;
    analyze stats_appeal;
    analyze stats_appeal_pending_due;
    analyze stats_reception;
end $$;
