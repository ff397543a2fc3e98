-- Registration serials: today's code, in one place (Flyway applies this file after the versioned
-- migrations, and again whenever it changes). How numbers are made and why: docs/registration-numbers.md.
--
-- A registration number is YEAR-DISTRICT-SERIAL; the serial comes from one sequence per (year,
-- district), named registration_serial_<year>_<district>. nextval() takes no row lock, so
-- concurrent intake in one district does not queue; a serial is never handed out twice, and a
-- registration that rolls back leaves a gap. The sequences are made ahead of use: for a new
-- district by the trigger below (this year and the next), for every district by the service at
-- start-up (this year and the next) and in December (the next year), so intake only draws.
-- A draw from a sequence not made ahead (a historical import, a backdated appeal, a year
-- further ahead) creates it then, safely against concurrent draws.

-- The sequence name of (year, district); refuses what could not name one.
create or replace function registration_serial_name(p_year int, p_district text) returns text
language plpgsql immutable as $$
begin
    if p_year not between 1900 and 9999 or p_district !~ '^[A-Za-z0-9]{1,16}$' then
        raise exception 'no registration serial for year % and district %', p_year, p_district
            using errcode = '22023';
    end if;
    return format('registration_serial_%s_%s', p_year, lower(p_district));
end $$;

-- The OID of the sequence of (year, district), or null when it does not exist yet. A query on
-- pg_class reads with the statement's own snapshot, so it sees every transaction committed
-- before the statement started; a name looked up through the session's catalog caches could
-- still miss a sequence another transaction created and committed a moment ago.
create or replace function registration_serial_oid(p_year int, p_district text) returns oid
language sql stable as $$
    select c.oid
      from pg_class c
     where c.relname = registration_serial_name(p_year, p_district)
       and c.relkind = 'S'
       and c.relnamespace = current_schema()::regnamespace
$$;

-- Makes sure the sequence of (year, district) exists. Two transactions creating it at once:
-- the second waits for the first and then finds it.
create or replace function registration_serial_ensure(p_year int, p_district text) returns void
language plpgsql as $$
declare
    seq text := registration_serial_name(p_year, p_district);
begin
    if to_regclass(seq) is null then
        begin
            execute format('create sequence if not exists %I as bigint minvalue 1 start with 1', seq);
        exception when unique_violation or duplicate_table then
            null; -- created by a concurrent transaction that committed meanwhile
        end;
    end if;
end $$;

-- p_count serials of (year, district), in increasing order (not necessarily contiguous when
-- other transactions draw at the same time). The sequence is found by a query and drawn by its
-- OID: nextval() locks it by OID, which brings the session's caches up to date.
create or replace function registration_serials(p_year int, p_district text, p_count int) returns setof bigint
language plpgsql as $$
declare
    seq oid;
begin
    if p_count < 1 then
        return;
    end if;
    seq := registration_serial_oid(p_year, p_district);
    if seq is null then
        perform registration_serial_ensure(p_year, p_district);
        -- a new statement, a new snapshot: the sequence is there now, created by this
        -- transaction or by one that committed while ensure waited for it
        seq := registration_serial_oid(p_year, p_district);
        if seq is null then
            raise exception 'registration serial for year % and district % could not be created', p_year, p_district;
        end if;
    end if;
    return query select nextval(seq::regclass) from generate_series(1, p_count) order by 1;
end $$;

-- Raises the sequence of (year, district) so that its next serial is above p_used: for bulk
-- loads that wrote registration numbers themselves, run while no intake draws from it.
create or replace function registration_serial_raise(p_year int, p_district text, p_used bigint) returns void
language plpgsql as $$
declare
    seq text := registration_serial_name(p_year, p_district);
    used bigint;
begin
    perform registration_serial_ensure(p_year, p_district);
    execute format('select case when is_called then last_value else last_value - 1 end from %I', seq) into used;
    if p_used > used then
        perform setval(seq, p_used, true);
    end if;
end $$;

-- Made ahead ---------------------------------------------------------------------------------

-- Makes the sequence of p_year for every district that has none yet; returns how many it made.
-- The service calls it at start-up (this year and the next) and in December (the next year).
create or replace function registration_serials_prepare(p_year int) returns int
language plpgsql as $$
declare
    v_code text;
    made int := 0;
begin
    for v_code in select d.code from district d order by d.code loop
        if registration_serial_oid(p_year, v_code) is null then
            perform registration_serial_ensure(p_year, v_code);
            made := made + 1;
        end if;
    end loop;
    return made;
end $$;

-- A district added to the catalogue gets its sequences of this year and the next (region time,
-- UTC+5) in the same transaction; a code that could not name a sequence is refused here.
create or replace function registration_serials_district_added() returns trigger
language plpgsql as $$
declare
    this_year int := extract(year from now() at time zone interval '+05:00');
begin
    perform registration_serial_ensure(this_year, new.code);
    perform registration_serial_ensure(this_year + 1, new.code);
    return null;
end $$;

drop trigger if exists registration_serials_district_added on district;
create trigger registration_serials_district_added after insert on district
    for each row execute function registration_serials_district_added();
