-- Statistics of the register: the figures of GET /stats/appeals and /stats/receptions.
--
-- What is counted (cohorts). An appeal counts in the period of its registration day
-- (appeal.registered_on, a local UTC+5 date) with its state as it is now:
--   resolved   status RESOLVED, CLOSED, REDIRECTED or WITHDRAWN (answered, or ended);
--   pending    status REGISTERED, ASSIGNED or IN_PROGRESS: received = resolved + pending.
--              A reopened or returned appeal is pending again and loses its outcome here,
--              whatever the outcome column still holds;
--   overdue    pending with due_on before today (computed when asked: time passing writes nothing);
--   outcomes   resolved appeals by outcome (positive, explained, rejected, redirected, terminated);
--   working days to answer: working days after registered_on up to and including answered_on
--              (0 when answered on or before the registration day), resolved appeals only.
-- A reception counts on its held_on day while it is HELD, with the appeals linked to it.
--
-- How (storage). Reading appeal itself does not scale (a year is millions of rows), so
-- triggers keep rollups, and /stats reads rollups only:
--   stats_appeal              counters per (grain, dim, district, period, key);
--   stats_appeal_answer_days  a histogram of working days to answer (the median is exact);
--   stats_appeal_pending_due  pending appeals by due date, kept only for dates not yet past:
--                             overdue = pending - those due today or later. A due date once
--                             past stays past, so older rows are never read and are pruned.
-- dim is the grouping: T total (key ''), C channel, P topic, A agency (UNASSIGNED when none),
-- Y type, G applicant group (one row per group, NONE when the applicant has none); district
-- and month groupings read the T rows. Every row carries the district, so a supervisor's
-- figures are sums over their districts; rows of district '*' hold the region's sum, so a
-- region-wide answer reads one row per key, not one per district and key. Grain D holds a
-- row per registration day, grain M one per month (period = its first day): a year is read
-- from 12 monthly rows per key, only the partial months at the ends of a range from daily
-- rows. Row counts are bounded by days x districts x keys (x working days, for the
-- histogram), not by appeals: a query reads about as many rows at 10 M appeals as at 1 M.
--
-- Why deltas and a compactor, not triggers that update the rollups in place. In place, every
-- writer of a day would update the same rollup rows and hold their locks until commit: the
-- region's (day, '*', total) row would serialise all concurrent intake across districts (the
-- registration counter serialises only one district's), a historical import batch (500
-- appeals of many days) and a control action touching rows in another order could deadlock,
-- and each change would cost ~60 index look-ups inside the writer's transaction (2 grains x
-- 2 district levels x ~7 keys, counters, histogram and due dates, old state out and new in).
-- Instead the row triggers append one or two narrow rows to stats_appeal_delta (the appeal's
-- old state with sign -1, its new state with +1): no shared row is locked, nothing can
-- deadlock, a writer pays two heap inserts. stats_compact(), run every second by the
-- service (one runner at a time), moves the deltas into the rollups in one set-based
-- statement. Queries add the deltas not yet compacted to the rollups in the same snapshot,
-- so every committed change is in the very next answer, and compaction, one transaction,
-- never counts a change twice or drops it.
--
-- Bulk loads: load appeal/reception with triggers disabled, then call stats_rebuild(),
-- which recomputes every derived table from the raw tables (this migration calls it too).

-- Helpers --------------------------------------------------------------------------------

create function stats_resolved(p_status varchar) returns boolean
    language sql immutable parallel safe as $$
    select p_status in ('RESOLVED', 'CLOSED', 'REDIRECTED', 'WITHDRAWN')
$$;

-- The applicant groups an appeal is counted under: each group once, NONE when there is none.
create function stats_groups(p_groups varchar[]) returns varchar[]
    language sql immutable parallel safe as $$
    select case
        when coalesce(cardinality(p_groups), 0) = 0 then array['NONE']::varchar[]
        when cardinality(p_groups) = 1 then p_groups
        else array(select distinct g from unnest(p_groups) g order by g)::varchar[]
    end
$$;

-- The calendar's rule: Monday to Friday work, weekends rest, unless a calendar_day row says otherwise.
create function stats_is_working_day(p_day date) returns boolean
    language sql stable parallel safe as $$
    select coalesce((select c.kind = 'WORKING_DAY' from calendar_day c where c.day = p_day),
                    extract(isodow from p_day) < 6)
$$;

-- Working days after p_from up to and including p_to; 0 when p_to is not after p_from.
create function stats_working_days(p_from date, p_to date) returns int
    language sql stable parallel safe as $$
    select count(*)::int
      from generate_series((p_from + 1)::timestamp, p_to::timestamp, interval '1 day') g(d)
      left join calendar_day c on c.day = g.d::date
     where coalesce(c.kind = 'WORKING_DAY', extract(isodow from g.d) < 6)
$$;

-- The keys one appeal state is counted under, one per dim (several for applicant groups).
create function stats_keys(p_channel varchar, p_topic varchar, p_agency varchar, p_type varchar, p_groups varchar[])
    returns table (dim char(1), key varchar)
    language sql immutable parallel safe as $$
    select 'T', '' union all
    select 'C', p_channel union all
    select 'P', p_topic union all
    select 'A', p_agency union all
    select 'Y', p_type union all
    select 'G', g from unnest(p_groups) g
$$;

-- Deltas ---------------------------------------------------------------------------------

-- One row per change of what an appeal contributes: its old state with sign -1, its new one
-- with +1. A queue emptied every second; no index and no key, so appending is cheap.
create table stats_appeal_delta (
    sign             smallint      not null check (sign in (-1, 1)),
    registered_on    date          not null,
    district_code    varchar(16)   not null,
    channel          varchar(16)   not null,
    topic_code       varchar(32)   not null,
    agency_code      varchar(32)   not null,       -- UNASSIGNED when none
    type             varchar(16)   not null,
    applicant_groups varchar(32)[] not null,       -- stats_groups(): NONE when none
    is_repeat        boolean       not null,
    resolved         boolean       not null,
    outcome          varchar(16),                  -- resolved appeals only
    working_days     int,                          -- resolved appeals with an answer date
    due_on           date,                         -- pending appeals only
    check (resolved or (outcome is null and working_days is null)),
    check (resolved = (due_on is null))
);

-- Receptions: signed differences of the figures of one (day, district, official type, format).
create table stats_reception_delta (
    held_on       date        not null,
    district_code varchar(16) not null,
    official_type varchar(32) not null,
    format        varchar(16) not null,
    receptions    int         not null,
    citizens      int         not null,
    appeals       int         not null,
    positive      int         not null
);

-- Rollups --------------------------------------------------------------------------------
-- Rows whose counts fall back to zero stay until the next stats_rebuild(): their number is
-- bounded by days x districts x keys, and readers skip them.

create table stats_appeal (
    grain         char(1)     not null check (grain in ('D', 'M')),
    period        date        not null,
    dim           char(1)     not null check (dim in ('T', 'C', 'P', 'A', 'Y', 'G')),
    district_code varchar(16) not null,
    key           varchar(32) not null,
    received      int         not null,
    resolved      int         not null,
    positive      int         not null,
    explained     int         not null,
    rejected      int         not null,
    redirected    int         not null,
    terminated    int         not null,
    repeats       int         not null,
    primary key (grain, dim, district_code, period, key)
) with (fillfactor = 90);  -- room for HOT updates: the compactor only changes counts

create table stats_appeal_answer_days (
    grain         char(1)     not null check (grain in ('D', 'M')),
    period        date        not null,
    dim           char(1)     not null,
    district_code varchar(16) not null,
    key           varchar(32) not null,
    working_days  int         not null,
    appeals       int         not null,
    -- The count rides in the key's index: a year of histograms is an index-only scan.
    primary key (grain, dim, district_code, period, key, working_days) include (appeals)
);

-- Led by due_on: readers want only due dates from today on, a few weeks of registrations.
create table stats_appeal_pending_due (
    due_on        date        not null,
    grain         char(1)     not null check (grain in ('D', 'M')),
    period        date        not null,
    dim           char(1)     not null,
    district_code varchar(16) not null,
    key           varchar(32) not null,
    appeals       int         not null,
    primary key (due_on, grain, dim, district_code, period, key)
) with (fillfactor = 90);

-- Due dates before this are past for every reader (today in UTC+5 is never before the UTC
-- date; one day more for clocks that disagree): their pending counts are not kept.
create function stats_due_horizon() returns date
    language sql stable as $$
    select (now() at time zone 'UTC')::date - 1
$$;

create table stats_reception (
    grain             char(1)     not null check (grain in ('D', 'M')),
    period            date        not null,
    district_code     varchar(16) not null,
    official_type     varchar(32) not null,
    format            varchar(16) not null,
    receptions_held   int         not null,
    citizens_received int         not null,
    appeals_received  int         not null,
    positive          int         not null,
    primary key (grain, period, district_code, official_type, format)
) with (fillfactor = 90);

-- What one appeal contributes ---------------------------------------------------------

-- Advisory lock keys: 7305001 guards the working-day calendar as statistics count it (shared
-- by writers that count working days, exclusive while the calendar changes or stats are
-- rebuilt); 7305002 lets one compactor run at a time.
create function stats_appeal_state(a appeal) returns stats_appeal_delta
    language plpgsql as $$
declare
    s stats_appeal_delta;
begin
    s.sign := 1;
    s.registered_on := a.registered_on;
    s.district_code := a.district_code;
    s.channel := a.channel;
    s.topic_code := a.topic_code;
    s.agency_code := coalesce(a.agency_code, 'UNASSIGNED');
    s.type := a.type;
    s.applicant_groups := stats_groups(a.applicant_groups);
    s.is_repeat := a.repeat_of is not null;
    s.resolved := stats_resolved(a.status);
    if s.resolved then
        s.outcome := a.outcome;
        if a.answered_on is not null then
            -- Wait for a calendar change in flight, so the count below sees it once it is committed.
            perform pg_advisory_xact_lock_shared(7305001);
            s.working_days := stats_working_days(a.registered_on, a.answered_on);
        end if;
    else
        s.due_on := a.due_on;
    end if;
    return s;
end $$;

-- An appeal joins or leaves the figures of a held reception.
create function stats_reception_appeal(p_reception bigint, p_appeals int, p_positive int) returns void
    language plpgsql as $$
begin
    -- Wait for a concurrent change of the reception (being held, cancelled): once it has
    -- committed, this appeal is counted against the reception as it then is, and the
    -- reception's trigger, which counts the appeals committed before it, does not miss it.
    perform 1 from reception r where r.id = p_reception for share;
    insert into stats_reception_delta (held_on, district_code, official_type, format, receptions, citizens, appeals, positive)
    select r.held_on, r.district_code, o.official_type, r.format, 0, 0, p_appeals, p_positive
      from reception r
      join official o on o.id = r.official_id
     where r.id = p_reception and r.status = 'HELD';
end $$;

-- Follows every write to appeal, whoever makes it (intake, import, case-control actions, SQL).
create function stats_appeal_changed() returns trigger
    language plpgsql as $$
declare
    o stats_appeal_delta;
    n stats_appeal_delta;
    old_reception bigint;
    new_reception bigint;
    old_positive int := 0;
    new_positive int := 0;
begin
    if tg_op <> 'INSERT' then
        o := stats_appeal_state(old);
        old_reception := old.reception_id;
        old_positive := case when o.outcome = 'POSITIVE' then 1 else 0 end;
    end if;
    if tg_op <> 'DELETE' then
        n := stats_appeal_state(new);
        new_reception := new.reception_id;
        new_positive := case when n.outcome = 'POSITIVE' then 1 else 0 end;
    end if;
    -- Most updates (notes, flags, an assignment of a named official) change nothing counted.
    if o is distinct from n then
        if tg_op <> 'INSERT' then
            o.sign := -1;
            insert into stats_appeal_delta select (o).*;
        end if;
        if tg_op <> 'DELETE' then
            insert into stats_appeal_delta select (n).*;
        end if;
    end if;
    if old_reception is distinct from new_reception or old_positive <> new_positive then
        if old_reception is not null then
            perform stats_reception_appeal(old_reception, -1, -old_positive);
        end if;
        if new_reception is not null then
            perform stats_reception_appeal(new_reception, 1, new_positive);
        end if;
    end if;
    return null;
end $$;

create trigger stats_appeal_changed after insert or update or delete on appeal
    for each row execute function stats_appeal_changed();

-- What one reception contributes --------------------------------------------------------

create function stats_reception_emit(r reception, p_sign int) returns void
    language sql as $$
    insert into stats_reception_delta (held_on, district_code, official_type, format, receptions, citizens, appeals, positive)
    select r.held_on, r.district_code, o.official_type, r.format, p_sign, p_sign * r.citizens_received,
           p_sign * count(a.id),
           p_sign * count(a.id) filter (where stats_resolved(a.status) and a.outcome = 'POSITIVE')
      from official o
      left join appeal a on a.reception_id = r.id
     where o.id = r.official_id
     group by o.official_type
$$;

create function stats_reception_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE'
        and (old.status, old.held_on, old.district_code, old.official_id, old.format, old.citizens_received)
            is not distinct from (new.status, new.held_on, new.district_code, new.official_id, new.format, new.citizens_received) then
        return null;
    end if;
    if tg_op <> 'INSERT' and old.status = 'HELD' then
        perform stats_reception_emit(old, -1);
    end if;
    if tg_op <> 'DELETE' and new.status = 'HELD' then
        perform stats_reception_emit(new, 1);
    end if;
    return null;
end $$;

create trigger stats_reception_changed after insert or update or delete on reception
    for each row execute function stats_reception_changed();

-- An official's kind is a grouping of reception figures: moving it moves their receptions.
create function stats_official_changed() returns trigger
    language plpgsql as $$
begin
    if old.official_type is distinct from new.official_type then
        perform 1 from reception r where r.official_id = new.id and r.status = 'HELD' for no key update;
        insert into stats_reception_delta (held_on, district_code, official_type, format, receptions, citizens, appeals, positive)
        select r.held_on, r.district_code, t.official_type, r.format, t.sign, t.sign * r.citizens_received,
               t.sign * x.appeals, t.sign * x.positive
          from reception r
         cross join (values (old.official_type, -1), (new.official_type, 1)) t(official_type, sign)
         cross join lateral (select count(*)::int as appeals,
                                    (count(*) filter (where stats_resolved(a.status) and a.outcome = 'POSITIVE'))::int as positive
                               from appeal a where a.reception_id = r.id) x
         where r.official_id = new.id and r.status = 'HELD';
    end if;
    return null;
end $$;

create trigger stats_official_changed after update of official_type on official
    for each row execute function stats_official_changed();

-- Calendar edits --------------------------------------------------------------------------

-- Days whose working status changed (p_was: as it was before), and the answered appeals
-- whose working days to answer span them: their histogram entry moves by the difference.
create function stats_calendar_shift(p_days date[], p_was boolean[]) returns void
    language plpgsql as $$
declare
    a appeal;
    shift int;
    s stats_appeal_delta;
begin
    -- No answer is counted with the calendar as it was while the affected appeals are found.
    perform pg_advisory_xact_lock(7305001);
    for a in
        select ap.* from appeal ap
         where ap.answered_on is not null
           and ap.answered_on >= (select min(d) from unnest(p_days) d)
           and ap.registered_on < (select max(d) from unnest(p_days) d)
           and stats_resolved(ap.status)
    loop
        select coalesce(sum(stats_is_working_day(c.day)::int - c.was::int), 0) into shift
          from unnest(p_days, p_was) c(day, was)
         where c.day > a.registered_on and c.day <= a.answered_on;
        if shift <> 0 then
            s := stats_appeal_state(a);
            insert into stats_appeal_delta select (s).*;
            s.sign := -1;
            s.working_days := s.working_days - shift;
            insert into stats_appeal_delta select (s).*;
        end if;
    end loop;
end $$;

-- PostgreSQL allows transition tables on single-event triggers only: one function, three triggers.
create function stats_calendar_changed() returns trigger
    language plpgsql as $$
declare
    days date[];
    was boolean[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.day), array_agg(extract(isodow from n.day) < 6) into days, was from new_days n;
    elsif tg_op = 'DELETE' then
        select array_agg(o.day), array_agg(o.kind = 'WORKING_DAY') into days, was from old_days o;
    else
        select array_agg(x.day), array_agg(x.was) into days, was
          from (select o.day, o.kind = 'WORKING_DAY' as was from old_days o
                union all
                select n.day, extract(isodow from n.day) < 6 from new_days n
                 where not exists (select 1 from old_days o where o.day = n.day)) x;
    end if;
    if days is not null then
        perform stats_calendar_shift(days, was);
    end if;
    return null;
end $$;

create trigger stats_calendar_inserted after insert on calendar_day
    referencing new table as new_days for each statement execute function stats_calendar_changed();
create trigger stats_calendar_updated after update on calendar_day
    referencing old table as old_days new table as new_days for each statement execute function stats_calendar_changed();
create trigger stats_calendar_deleted after delete on calendar_day
    referencing old table as old_days for each statement execute function stats_calendar_changed();

-- Finds the answered appeals that span an edited calendar day without reading the register.
create index appeal_answered_span on appeal (answered_on, registered_on) where answered_on is not null;

-- Compaction --------------------------------------------------------------------------------

-- Moves the deltas into the rollups; returns how many delta rows it moved. One transaction:
-- a reader sees each change either as a delta or in a rollup, never both, never neither.
create function stats_compact() returns bigint
    language plpgsql as $$
declare
    moved_appeals bigint;
    moved_receptions bigint;
begin
    if not pg_try_advisory_xact_lock(7305002) then
        return 0;
    end if;

    with d as (delete from stats_appeal_delta returning *),
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

    with d as (delete from stats_reception_delta returning *)
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

-- Recomputes every derived table from appeal, reception, official and calendar_day: after a
-- bulk load with triggers disabled, or to drop rows whose counts fell to zero. Blocks the
-- writers of appeals and receptions (and readers of statistics) until it commits.
create function stats_rebuild() returns void
    language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7305001);
    perform pg_advisory_xact_lock(7305002);
    truncate stats_appeal_delta, stats_reception_delta, stats_appeal, stats_appeal_answer_days,
             stats_appeal_pending_due, stats_reception;

    drop table if exists pg_temp.stats_facts;
    drop table if exists pg_temp.stats_ordinal;

    -- One pass over the register: each appeal's state as the triggers derive it. Rows below
    -- are written in key order, so that a range of periods is a few contiguous pages.
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

    insert into stats_appeal (grain, period, dim, district_code, key, received, resolved, positive,
                              explained, rejected, redirected, terminated, repeats)
    select 'D', f.registered_on, k.dim, f.district_code, k.key,
           count(*),
           count(*) filter (where f.resolved),
           count(*) filter (where f.outcome = 'POSITIVE'),
           count(*) filter (where f.outcome = 'EXPLAINED'),
           count(*) filter (where f.outcome = 'REJECTED'),
           count(*) filter (where f.outcome = 'REDIRECTED'),
           count(*) filter (where f.outcome = 'TERMINATED'),
           count(*) filter (where f.is_repeat)
      from stats_facts f
     cross join lateral stats_keys(f.channel, f.topic_code, f.agency_code, f.type, f.applicant_groups) k
     group by f.registered_on, k.dim, f.district_code, k.key
     order by 1, 3, 4, 2, 5;

    insert into stats_appeal_answer_days (grain, period, dim, district_code, key, working_days, appeals)
    select 'D', f.registered_on, k.dim, f.district_code, k.key, greatest(0, oa.ordinal - orr.ordinal), count(*)
      from stats_facts f
      join stats_ordinal orr on orr.day = f.registered_on
      join stats_ordinal oa on oa.day = f.answered_on
     cross join lateral stats_keys(f.channel, f.topic_code, f.agency_code, f.type, f.applicant_groups) k
     group by f.registered_on, k.dim, f.district_code, k.key, greatest(0, oa.ordinal - orr.ordinal)
     order by 1, 3, 4, 2, 5, 6;

    insert into stats_appeal_pending_due (grain, period, dim, district_code, key, due_on, appeals)
    select 'D', f.registered_on, k.dim, f.district_code, k.key, f.due_on, count(*)
      from stats_facts f
     cross join lateral stats_keys(f.channel, f.topic_code, f.agency_code, f.type, f.applicant_groups) k
     where f.due_on >= stats_due_horizon()
     group by f.registered_on, k.dim, f.district_code, k.key, f.due_on
     order by 6, 1, 3, 4, 2, 5;

    -- The region ('*'): the sum of its districts, read when a caller sees the whole region.
    insert into stats_appeal (grain, period, dim, district_code, key, received, resolved, positive,
                              explained, rejected, redirected, terminated, repeats)
    select 'D', period, dim, '*', key, sum(received), sum(resolved), sum(positive), sum(explained),
           sum(rejected), sum(redirected), sum(terminated), sum(repeats)
      from stats_appeal where grain = 'D'
     group by dim, period, key
     order by 3, 2, 5;

    insert into stats_appeal_answer_days (grain, period, dim, district_code, key, working_days, appeals)
    select 'D', period, dim, '*', key, working_days, sum(appeals)
      from stats_appeal_answer_days where grain = 'D'
     group by dim, period, key, working_days
     order by 3, 2, 5, 6;

    insert into stats_appeal_pending_due (grain, period, dim, district_code, key, due_on, appeals)
    select 'D', period, dim, '*', key, due_on, sum(appeals)
      from stats_appeal_pending_due where grain = 'D'
     group by dim, period, key, due_on
     order by 6, 3, 2, 5;

    -- Months, from the days (districts and region alike).
    insert into stats_appeal (grain, period, dim, district_code, key, received, resolved, positive,
                              explained, rejected, redirected, terminated, repeats)
    select 'M', date_trunc('month', period::timestamp)::date, dim, district_code, key, sum(received), sum(resolved),
           sum(positive), sum(explained), sum(rejected), sum(redirected), sum(terminated), sum(repeats)
      from stats_appeal where grain = 'D'
     group by date_trunc('month', period::timestamp), dim, district_code, key
     order by 3, 4, 2, 5;

    insert into stats_appeal_answer_days (grain, period, dim, district_code, key, working_days, appeals)
    select 'M', date_trunc('month', period::timestamp)::date, dim, district_code, key, working_days, sum(appeals)
      from stats_appeal_answer_days where grain = 'D'
     group by date_trunc('month', period::timestamp), dim, district_code, key, working_days
     order by 3, 4, 2, 5, 6;

    insert into stats_appeal_pending_due (grain, period, dim, district_code, key, due_on, appeals)
    select 'M', date_trunc('month', period::timestamp)::date, dim, district_code, key, due_on, sum(appeals)
      from stats_appeal_pending_due where grain = 'D'
     group by date_trunc('month', period::timestamp), dim, district_code, key, due_on
     order by 6, 3, 4, 2, 5;

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
    analyze stats_appeal;
    analyze stats_appeal_answer_days;
    analyze stats_appeal_pending_due;
    analyze stats_reception;
end $$;

select stats_rebuild();
