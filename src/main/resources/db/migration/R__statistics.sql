-- Statistics of the register: today's code of every statistics function, in one place.
--
-- Flyway applies this file after the versioned migrations, and again whenever it changes, so
-- each function here is replaced as a whole (CREATE OR REPLACE): edit the body here, never in a
-- new versioned migration. The tables, indexes and triggers it fills are created by the
-- versioned migrations (V20, V24). What each figure counts and why the design is rollups kept
-- by triggers, deltas and a compactor: docs/statistics.md.
--
-- "Open" (not yet answered) is appeal_status_is_open() of R__appeal_status.sql, the SQL side of
-- AppealStatus.isOpen(): an appeal counts as resolved when it is not open. Advisory locks are
-- taken by name (lock_key(), R__lock_keys.sql; kz.appeals.common.LockKeys in Java).

-- Helpers ------------------------------------------------------------------------------------

-- The applicant groups an appeal is counted under: each group once, NONE when there is none.
create or replace function stats_groups(p_groups varchar[]) returns varchar[]
    language sql immutable parallel safe as $$
    select case
        when coalesce(cardinality(p_groups), 0) = 0 then array['NONE']::varchar[]
        when cardinality(p_groups) = 1 then p_groups
        else array(select distinct g from unnest(p_groups) g order by g)::varchar[]
    end
$$;

-- The calendar's rule: Monday to Friday work, weekends rest, unless a calendar_day row says otherwise.
create or replace function stats_is_working_day(p_day date) returns boolean
    language sql stable parallel safe as $$
    select coalesce((select c.kind = 'WORKING_DAY' from calendar_day c where c.day = p_day),
                    extract(isodow from p_day) < 6)
$$;

-- Working days after p_from up to and including p_to; 0 when p_to is not after p_from.
create or replace function stats_working_days(p_from date, p_to date) returns int
    language sql stable parallel safe as $$
    select count(*)::int
      from generate_series((p_from + 1)::timestamp, p_to::timestamp, interval '1 day') g(d)
      left join calendar_day c on c.day = g.d::date
     where coalesce(c.kind = 'WORKING_DAY', extract(isodow from g.d) < 6)
$$;

-- The keys one appeal state is counted under, one per dim (several for applicant groups). Topic
-- groups are not a dim: readers sum the topics' rows by the catalogue's current group.
drop function if exists stats_keys(varchar, varchar, varchar, varchar, varchar[]);
drop function if exists stats_keys(varchar, varchar, varchar, varchar, varchar[], varchar);
create or replace function stats_keys(p_channel varchar, p_topic varchar, p_agency varchar, p_type varchar,
                                      p_groups varchar[], p_official varchar, p_campaign varchar)
    returns table (dim char(1), key varchar)
    language sql immutable parallel safe as $$
    select 'T', '' union all
    select 'K', p_campaign union all
    select 'C', p_channel union all
    select 'P', p_topic union all
    select 'A', p_agency union all
    select 'Y', p_type union all
    select 'G', g from unnest(p_groups) g union all
    select 'O', p_official
$$;

-- Answered: resolved with an answer (POSITIVE, EXPLAINED, REJECTED) given on a known day; a
-- redirection or a withdrawal is not an answer. Late: given after the due date in force then.
-- An extension moves due_on before the answer (the lifecycle allows no extension of an answered
-- appeal; a return or a reopening clears the answer), so the due date on the row is the one
-- that was in force. Null: not answered.
create or replace function stats_answered_late(p_status varchar, p_outcome varchar, p_answered_on date, p_due_on date)
    returns boolean
    language sql immutable parallel safe as $$
    select case when not appeal_status_is_open(p_status) and p_outcome in ('POSITIVE', 'EXPLAINED', 'REJECTED')
                     and p_answered_on is not null
                then p_answered_on > p_due_on end
$$;

-- Due dates before this are past for every reader (today in UTC+5 is never before the UTC
-- date; one day more for clocks that disagree): their pending counts are not kept.
create or replace function stats_due_horizon() returns date
    language sql stable as $$
    select (now() at time zone 'UTC')::date - 1
$$;

-- Histograms of working days to answer (one int[] in each cell's stats_appeal row) -----------

-- Adds n appeals answered in wd working days to histogram h (wd null or n 0: h unchanged).
create or replace function stats_hist_put(h int[], wd int, n bigint) returns int[]
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
create or replace aggregate stats_hist(int, bigint) (
    sfunc = stats_hist_put,
    stype = int[],
    initcond = '{}',
    parallel = safe
);

-- The element-wise sum of two histograms (the longer one's length).
create or replace function stats_hist_add(a int[], b int[]) returns int[]
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

-- What one appeal contributes ----------------------------------------------------------------

-- The citizen's feedback as an appeal's state counts it: only the feedback on the appeal's current
-- closure (f.closed_at = a.closed_at; a reopening clears closed_at, a new closure takes its own
-- feedback); f may be null (no feedback). disputed: appeal_feedback_is_dispute() of R__feedback.sql,
-- the rule of GET /appeals?disputed=true.
create or replace function stats_with_feedback(s stats_appeal_delta, a appeal, f appeal_feedback)
    returns stats_appeal_delta
    language plpgsql immutable as $$
begin
    if f.appeal_id is not null and f.appeal_id = a.id and f.closed_at = a.closed_at then
        s.feedback_rating := f.rating;
        s.feedback_solved := f.solved;
        s.disputed := appeal_feedback_is_dispute(f.solved, f.dismissed_at);
    else
        s.feedback_rating := null;
        s.feedback_solved := null;
        s.disputed := false;
    end if;
    return s;
end $$;

-- What an appeal in its present state contributes, as a delta row with sign +1: resolved
-- (not open) with its outcome and working days to answer, or pending with its due date.
create or replace function stats_appeal_state(a appeal) returns stats_appeal_delta
    language plpgsql as $$
declare
    s stats_appeal_delta;
    fb appeal_feedback;
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
    s.official_key := coalesce(a.official_id::varchar, 'NONE');
    s.campaign_key := coalesce(a.campaign_code, 'NONE');
    s.extended := a.extended;
    s.returned := a.returned;
    s.reopened := a.reopened;
    s.collective := coalesce(a.signatories, 0) > 1;
    s.anonymous := a.applicant_kind = 'ANONYMOUS';
    s.resolved := not appeal_status_is_open(a.status);
    s.answered_late := stats_answered_late(a.status, a.outcome, a.answered_on, a.due_on);
    -- the flag set when the redirection was made: after the third working day following registration
    s.redirected_late := s.resolved and a.outcome = 'REDIRECTED' and a.redirected_late;
    if s.resolved then
        s.outcome := a.outcome;
        if a.answered_on is not null then
            -- Wait for a calendar change in flight, so the count below sees it once it is committed.
            perform pg_advisory_xact_lock_shared(lock_key('stats_calendar'));
            s.working_days := stats_working_days(a.registered_on, a.answered_on);
        end if;
    else
        s.due_on := a.due_on;
    end if;
    select f.* into fb from appeal_feedback f where f.appeal_id = a.id and f.closed_at = a.closed_at;
    s := stats_with_feedback(s, a, fb);
    select count(*) filter (where n.late), count(*) filter (where n.status in ('SENT', 'DELIVERED') and not n.late)
      into s.notices_late, s.notices_on_time
      from notice n where n.appeal_id = a.id;
    return s;
end $$;

-- An appeal joins or leaves the figures of a held reception.
create or replace function stats_reception_appeal(p_reception bigint, p_appeals int, p_positive int) returns void
    language plpgsql as $$
begin
    -- Wait for a concurrent change of the reception (being held, cancelled): once it has
    -- committed, this appeal is counted against the reception as it then is, and the
    -- reception's trigger, which counts the appeals committed before it, does not miss it.
    perform 1 from reception r where r.id = p_reception for share;
    insert into stats_reception_delta (held_on, district_code, official_type, format, official_id, campaign_key,
                                       receptions, citizens, appeals, positive)
    select r.held_on, r.district_code, o.official_type, r.format, r.official_id, coalesce(r.campaign_code, 'NONE'),
           0, 0, p_appeals, p_positive
      from reception r
      join official o on o.id = r.official_id
     where r.id = p_reception and r.status = 'HELD';
end $$;

-- Follows every write to appeal, whoever makes it (intake, import, case-control actions, SQL).
create or replace function stats_appeal_changed() returns trigger
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

-- Feedback and notices: counted with their appeal ------------------------------------------------

-- Appends the appeal's state before and after a change of a row that belongs to it (its feedback,
-- a notice): n is its state now; p_before turns n into the state before the change. The appeal's
-- row is locked first, so that a concurrent change of the appeal (another cell, a reopening) and
-- this change are counted one after the other, each against the state the other left.
create or replace function stats_appeal_restate(p_appeal bigint, p_feedback appeal_feedback, p_feedback_changed boolean,
                                                p_late_change int, p_on_time_change int) returns void
    language plpgsql as $$
declare
    a appeal;
    o stats_appeal_delta;
    n stats_appeal_delta;
begin
    select * into a from appeal where id = p_appeal for no key update;
    if not found then
        return;
    end if;
    n := stats_appeal_state(a);
    o := n;
    if p_feedback_changed then
        o := stats_with_feedback(o, a, p_feedback);
    end if;
    o.notices_late := o.notices_late - p_late_change;
    o.notices_on_time := o.notices_on_time - p_on_time_change;
    if o is distinct from n then
        o.sign := -1;
        insert into stats_appeal_delta select (o).*;
        insert into stats_appeal_delta select (n).*;
    end if;
end $$;

-- Follows every write to appeal_feedback: the old row, if any, is what the appeal had before.
create or replace function stats_feedback_changed() returns trigger
    language plpgsql as $$
declare
    none appeal_feedback;
begin
    if tg_op = 'UPDATE' and (old.appeal_id, old.closed_at, old.solved, old.rating, old.dismissed_at)
            is not distinct from (new.appeal_id, new.closed_at, new.solved, new.rating, new.dismissed_at) then
        return null;
    end if;
    if tg_op = 'UPDATE' and old.appeal_id <> new.appeal_id then
        perform stats_appeal_restate(old.appeal_id, old, true, 0, 0);
        perform stats_appeal_restate(new.appeal_id, none, true, 0, 0);
    elsif tg_op = 'INSERT' then
        perform stats_appeal_restate(new.appeal_id, none, true, 0, 0);
    else
        perform stats_appeal_restate(old.appeal_id, old, true, 0, 0);
    end if;
    return null;
end $$;

-- A notice's part of its appeal's figures: late (notice.late), or sent (or recorded by staff) on time.
create or replace function stats_notice_counts(p_status varchar, p_late boolean) returns int[]
    language sql immutable parallel safe as $$
    select array[case when p_late then 1 else 0 end,
                 case when p_status in ('SENT', 'DELIVERED') and not p_late then 1 else 0 end]
$$;

-- Follows every write to notice. Most (claims, attempts, delivery) change nothing counted.
create or replace function stats_notice_changed() returns trigger
    language plpgsql as $$
declare
    none appeal_feedback;
    was int[] := array[0, 0];
    now_ int[] := array[0, 0];
begin
    if tg_op <> 'INSERT' then
        was := stats_notice_counts(old.status, old.late);
    end if;
    if tg_op <> 'DELETE' then
        now_ := stats_notice_counts(new.status, new.late);
    end if;
    if tg_op = 'UPDATE' and old.appeal_id <> new.appeal_id then
        perform stats_appeal_restate(old.appeal_id, none, false, -was[1], -was[2]);
        perform stats_appeal_restate(new.appeal_id, none, false, now_[1], now_[2]);
    elsif was is distinct from now_ then
        perform stats_appeal_restate(coalesce(new.appeal_id, old.appeal_id), none, false,
                                     now_[1] - was[1], now_[2] - was[2]);
    end if;
    return null;
end $$;

-- What one reception contributes -------------------------------------------------------------

-- A held reception's figures with sign p_sign: the reception, its citizens, its appeals.
create or replace function stats_reception_emit(r reception, p_sign int) returns void
    language sql as $$
    insert into stats_reception_delta (held_on, district_code, official_type, format, official_id, campaign_key,
                                       receptions, citizens, appeals, positive)
    select r.held_on, r.district_code, o.official_type, r.format, r.official_id, coalesce(r.campaign_code, 'NONE'),
           p_sign, p_sign * r.citizens_received,
           p_sign * count(a.id),
           p_sign * count(a.id) filter (where not appeal_status_is_open(a.status) and a.outcome = 'POSITIVE')
      from official o
      left join appeal a on a.reception_id = r.id
     where o.id = r.official_id
     group by o.official_type
$$;

-- Follows every write to reception: a reception counts while it is HELD.
create or replace function stats_reception_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE'
        and (old.status, old.held_on, old.district_code, old.official_id, old.format, old.citizens_received, old.campaign_code)
            is not distinct from (new.status, new.held_on, new.district_code, new.official_id, new.format,
                                  new.citizens_received, new.campaign_code) then
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

-- An official's kind is a grouping of reception figures: moving it moves their receptions.
create or replace function stats_official_changed() returns trigger
    language plpgsql as $$
begin
    if old.official_type is distinct from new.official_type then
        perform 1 from reception r where r.official_id = new.id and r.status = 'HELD' for no key update;
        insert into stats_reception_delta (held_on, district_code, official_type, format, official_id, campaign_key,
                                           receptions, citizens, appeals, positive)
        select r.held_on, r.district_code, t.official_type, r.format, r.official_id, coalesce(r.campaign_code, 'NONE'),
               t.sign, t.sign * r.citizens_received,
               t.sign * x.appeals, t.sign * x.positive
          from reception r
         cross join (values (old.official_type, -1), (new.official_type, 1)) t(official_type, sign)
         cross join lateral (select count(*)::int as appeals,
                                    (count(*) filter (where not appeal_status_is_open(a.status) and a.outcome = 'POSITIVE'))::int as positive
                               from appeal a where a.reception_id = r.id) x
         where r.official_id = new.id and r.status = 'HELD';
    end if;
    return null;
end $$;

-- Calendar edits -----------------------------------------------------------------------------

-- Days whose working status changed (p_was: as it was before), and the answered appeals
-- whose working days to answer span them: their histogram entry moves by the difference.
create or replace function stats_calendar_shift(p_days date[], p_was boolean[]) returns void
    language plpgsql as $$
declare
    a appeal;
    shift int;
    s stats_appeal_delta;
begin
    -- No answer is counted with the calendar as it was while the affected appeals are found.
    perform pg_advisory_xact_lock(lock_key('stats_calendar'));
    for a in
        select ap.* from appeal ap
         where ap.answered_on is not null
           and ap.answered_on >= (select min(d) from unnest(p_days) d)
           and ap.registered_on < (select max(d) from unnest(p_days) d)
           and not appeal_status_is_open(ap.status)
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
create or replace function stats_calendar_changed() returns trigger
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

-- Compaction ---------------------------------------------------------------------------------

-- Moves at most p_limit deltas of each kind into the rollups, in the caller's transaction,
-- and returns how many it moved; the service calls it until a call comes back short. A reader
-- sees each change either as a delta or in a rollup, never both, never neither. One caller at
-- a time: another returns 0 at once.
create or replace function stats_compact(p_limit int default 10000) returns bigint
    language plpgsql as $$
declare
    moved_appeals bigint;
    moved_receptions bigint;
begin
    if not pg_try_advisory_xact_lock(lock_key('stats_compactor')) then
        return 0;
    end if;

    with d as (delete from stats_appeal_delta
                where ctid = any (array(select ctid from stats_appeal_delta limit p_limit))
                returning *),
    x as (
        select g.grain, g.period, k.dim, w.district_code, k.key, d.sign,
               d.resolved, d.outcome, d.is_repeat, d.working_days, d.due_on, d.answered_late, d.extended,
               d.redirected_late, d.returned, d.reopened, d.collective, d.anonymous,
               d.feedback_rating, d.feedback_solved, d.disputed, d.notices_late, d.notices_on_time
          from d
         cross join lateral (values ('D', d.registered_on),
                                    ('M', date_trunc('month', d.registered_on::timestamp)::date)) g(grain, period)
         cross join lateral (values (d.district_code), ('*')) w(district_code)
         cross join lateral stats_keys(d.channel, d.topic_code, d.agency_code, d.type, d.applicant_groups, d.official_key,
                                       d.campaign_key) k),
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
               sum(case when is_repeat then sign else 0 end) as repeats,
               sum(case when not answered_late then sign else 0 end) as answered_on_time,
               sum(case when answered_late then sign else 0 end) as answered_late,
               sum(case when extended then sign else 0 end) as extended,
               sum(case when redirected_late then sign else 0 end) as redirected_late,
               sum(case when returned then sign else 0 end) as returned,
               sum(case when reopened then sign else 0 end) as reopened,
               sum(case when collective then sign else 0 end) as collective,
               sum(case when anonymous then sign else 0 end) as anonymous,
               sum(case when feedback_rating is not null then sign else 0 end) as feedback,
               sum(sign * coalesce(feedback_rating, 0)) as rating_sum,
               sum(case when outcome = 'POSITIVE' and feedback_solved then sign else 0 end) as confirmed_positive,
               sum(case when disputed then sign else 0 end) as disputed,
               sum(sign * notices_late) as notices_late,
               sum(sign * notices_on_time) as notices_on_time
          from x
         group by grain, period, dim, district_code, key, working_days),
    counters as (
        insert into stats_appeal as s (grain, period, dim, district_code, key, received, resolved, positive,
                                       explained, rejected, redirected, terminated, repeats, answered_on_time,
                                       answered_late, extended, redirected_late, returned, reopened, collective,
                                       anonymous, feedback, rating_sum, confirmed_positive, disputed, notices_late,
                                       notices_on_time, answer_days)
        select grain, period, dim, district_code, key, sum(received), sum(resolved), sum(positive),
               sum(explained), sum(rejected), sum(redirected), sum(terminated), sum(repeats), sum(answered_on_time),
               sum(answered_late), sum(extended), sum(redirected_late), sum(returned), sum(reopened), sum(collective),
               sum(anonymous), sum(feedback), sum(rating_sum), sum(confirmed_positive), sum(disputed), sum(notices_late),
               sum(notices_on_time), stats_hist(working_days, received)
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
            answered_on_time = s.answered_on_time + excluded.answered_on_time,
            answered_late = s.answered_late + excluded.answered_late,
            extended = s.extended + excluded.extended,
            redirected_late = s.redirected_late + excluded.redirected_late,
            returned = s.returned + excluded.returned,
            reopened = s.reopened + excluded.reopened,
            collective = s.collective + excluded.collective,
            anonymous = s.anonymous + excluded.anonymous,
            feedback = s.feedback + excluded.feedback,
            rating_sum = s.rating_sum + excluded.rating_sum,
            confirmed_positive = s.confirmed_positive + excluded.confirmed_positive,
            disputed = s.disputed + excluded.disputed,
            notices_late = s.notices_late + excluded.notices_late,
            notices_on_time = s.notices_on_time + excluded.notices_on_time,
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
        select g.grain, g.period, d.district_code, d.official_type, d.format, d.official_id, d.campaign_key,
               d.receptions, d.citizens, d.appeals, d.positive
          from d
         cross join lateral (values ('D', d.held_on), ('M', date_trunc('month', d.held_on::timestamp)::date)) g(grain, period))
    , up as (
        insert into stats_reception as s (grain, period, district_code, official_type, format, official_id, campaign_key,
                                          receptions_held, citizens_received, appeals_received, positive)
        select grain, period, district_code, official_type, format, official_id, campaign_key,
               sum(receptions), sum(citizens), sum(appeals), sum(positive)
          from x
         group by grain, period, district_code, official_type, format, official_id, campaign_key
        on conflict (grain, period, district_code, official_type, format, official_id, campaign_key) do update set
            receptions_held = s.receptions_held + excluded.receptions_held,
            citizens_received = s.citizens_received + excluded.citizens_received,
            appeals_received = s.appeals_received + excluded.appeals_received,
            positive = s.positive + excluded.positive)
    select count(*) into moved_receptions from d;

    return moved_appeals + moved_receptions;
end $$;

-- Rebuild ------------------------------------------------------------------------------------

-- Recomputes every derived table from appeal, reception, official and calendar_day: after a
-- bulk load with triggers disabled, or to drop rows whose counts fell to zero. Blocks the
-- writers of appeals and receptions (and readers of statistics) until it commits.
create or replace function stats_rebuild() returns void
    language plpgsql as $$
begin
    perform pg_advisory_xact_lock(lock_key('stats_calendar'));
    perform pg_advisory_xact_lock(lock_key('stats_compactor'));
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
           coalesce(a.official_id::varchar, 'NONE')::varchar as official_key,
           coalesce(a.campaign_code, 'NONE')::varchar as campaign_key,
           f.rating as feedback_rating, f.solved as feedback_solved,
           coalesce(appeal_feedback_is_dispute(f.solved, f.dismissed_at), false) as disputed,
           coalesce(nc.late, 0) as notices_late, coalesce(nc.on_time, 0) as notices_on_time,
           stats_answered_late(a.status, a.outcome, a.answered_on, a.due_on) as answered_late,
           a.extended, a.returned, a.reopened,
           coalesce(a.signatories, 0) > 1 as collective,
           a.applicant_kind = 'ANONYMOUS' as anonymous,
           not appeal_status_is_open(a.status) and a.outcome = 'REDIRECTED' and a.redirected_late as redirected_late,
           not appeal_status_is_open(a.status) as resolved,
           case when not appeal_status_is_open(a.status) then a.outcome end as outcome,
           case when not appeal_status_is_open(a.status) then a.answered_on end as answered_on,
           case when appeal_status_is_open(a.status) then a.due_on end as due_on
      from appeal a
      left join appeal_feedback f on f.appeal_id = a.id and f.closed_at = a.closed_at
      left join (select n.appeal_id, sum((stats_notice_counts(n.status, n.late))[1]) as late,
                        sum((stats_notice_counts(n.status, n.late))[2]) as on_time
                   from notice n group by n.appeal_id) nc on nc.appeal_id = a.id;

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
           count(*) filter (where f.is_repeat) as repeats,
           count(*) filter (where not f.answered_late) as answered_on_time,
           count(*) filter (where f.answered_late) as answered_late,
           count(*) filter (where f.extended) as extended,
           count(*) filter (where f.redirected_late) as redirected_late,
           count(*) filter (where f.returned) as returned,
           count(*) filter (where f.reopened) as reopened,
           count(*) filter (where f.collective) as collective,
           count(*) filter (where f.anonymous) as anonymous,
           count(*) filter (where f.feedback_rating is not null) as feedback,
           coalesce(sum(f.feedback_rating), 0) as rating_sum,
           count(*) filter (where f.outcome = 'POSITIVE' and f.feedback_solved) as confirmed_positive,
           count(*) filter (where f.disputed) as disputed,
           sum(f.notices_late) as notices_late,
           sum(f.notices_on_time) as notices_on_time
      from stats_facts f
      left join stats_ordinal orr on orr.day = f.registered_on
      left join stats_ordinal oa on oa.day = f.answered_on
     cross join lateral stats_keys(f.channel, f.topic_code, f.agency_code, f.type, f.applicant_groups, f.official_key,
                                   f.campaign_key) k
     group by 1, 2, 3, 4, 5;

    -- Days and months, of each district and of the region ('*'), in key order so that a range
    -- of periods is a few contiguous pages.
    insert into stats_appeal (grain, period, dim, district_code, key, received, resolved, positive,
                              explained, rejected, redirected, terminated, repeats, answered_on_time, answered_late,
                              extended, redirected_late, returned, reopened, collective, anonymous, feedback,
                              rating_sum, confirmed_positive, disputed, notices_late, notices_on_time, answer_days)
    select grain, period, dim, district_code, key, sum(received), sum(resolved), sum(positive), sum(explained),
           sum(rejected), sum(redirected), sum(terminated), sum(repeats), sum(answered_on_time), sum(answered_late),
           sum(extended), sum(redirected_late), sum(returned), sum(reopened), sum(collective), sum(anonymous),
           sum(feedback), sum(rating_sum), sum(confirmed_positive), sum(disputed), sum(notices_late),
           sum(notices_on_time), stats_hist(working_days, received)
      from (select g.grain, g.period, c.dim, w.district_code, c.key, c.working_days,
                   sum(c.received)::bigint as received, sum(c.resolved) as resolved, sum(c.positive) as positive,
                   sum(c.explained) as explained, sum(c.rejected) as rejected, sum(c.redirected) as redirected,
                   sum(c.terminated) as terminated, sum(c.repeats) as repeats,
                   sum(c.answered_on_time) as answered_on_time, sum(c.answered_late) as answered_late,
                   sum(c.extended) as extended, sum(c.redirected_late) as redirected_late, sum(c.returned) as returned,
                   sum(c.reopened) as reopened, sum(c.collective) as collective, sum(c.anonymous) as anonymous,
                   sum(c.feedback) as feedback, sum(c.rating_sum) as rating_sum,
                   sum(c.confirmed_positive) as confirmed_positive, sum(c.disputed) as disputed,
                   sum(c.notices_late) as notices_late, sum(c.notices_on_time) as notices_on_time
              from stats_cells c
             cross join lateral (values ('D', c.period), ('M', date_trunc('month', c.period::timestamp)::date)) g(grain, period)
             cross join lateral (values (c.district_code), ('*')) w(district_code)
             group by 1, 2, 3, 4, 5, 6) t
     group by grain, period, dim, district_code, key
     order by 1, 3, 4, 2, 5;

    insert into stats_appeal_pending_due (grain, period, dim, district_code, key, due_on, appeals)
    select g.grain, g.period, k.dim, w.district_code, k.key, f.due_on, count(*)
      from stats_facts f
     cross join lateral stats_keys(f.channel, f.topic_code, f.agency_code, f.type, f.applicant_groups, f.official_key,
                                   f.campaign_key) k
     cross join lateral (values ('D', f.registered_on), ('M', date_trunc('month', f.registered_on::timestamp)::date)) g(grain, period)
     cross join lateral (values (f.district_code), ('*')) w(district_code)
     where f.due_on >= stats_due_horizon()
     group by 1, 2, 3, 4, 5, 6
     order by 6, 1, 3, 4, 2, 5;

    insert into stats_reception (grain, period, district_code, official_type, format, official_id, campaign_key,
                                 receptions_held, citizens_received, appeals_received, positive)
    select g.grain, g.period, r.district_code, o.official_type, r.format, r.official_id, coalesce(r.campaign_code, 'NONE'),
           count(*), sum(r.citizens_received), coalesce(sum(x.appeals), 0), coalesce(sum(x.positive), 0)
      from reception r
      join official o on o.id = r.official_id
      left join (select a.reception_id, count(*) as appeals,
                        count(*) filter (where not appeal_status_is_open(a.status) and a.outcome = 'POSITIVE') as positive
                   from appeal a where a.reception_id is not null group by a.reception_id) x on x.reception_id = r.id
     cross join lateral (values ('D', r.held_on), ('M', date_trunc('month', r.held_on::timestamp)::date)) g(grain, period)
     where r.status = 'HELD'
     group by g.grain, g.period, r.district_code, o.official_type, r.format, r.official_id, r.campaign_code
     order by 1, 2, 3, 4, 5, 6, 7;

    drop table stats_facts;
    drop table stats_ordinal;
    drop table stats_cells;
    analyze stats_appeal;
    analyze stats_appeal_pending_due;
    analyze stats_reception;
end $$;

-- Rebuild on request --------------------------------------------------------------------------

-- A versioned migration that changes what the rollups hold asks for a rebuild (a row in
-- stats_rebuild_request); it is served here, once the functions above are the current ones.
do $$
begin
    if exists (select 1 from stats_rebuild_request) then
        perform stats_rebuild();
        delete from stats_rebuild_request;
    end if;
end $$;
