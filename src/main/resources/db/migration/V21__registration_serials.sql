-- Registration serials come from one sequence per (year, district) instead of a counter
-- row. nextval() takes no row lock, so concurrent intake in one district no longer waits
-- for the commit of the registration before it (the counter row was held until commit and
-- serialised every intake of a district). A serial is never handed out twice; a
-- registration that rolls back leaves a gap in its district's numbers.

create function registration_serial_name(p_year int, p_district text) returns text
language plpgsql immutable as $$
begin
    if p_year not between 1900 and 9999 or p_district !~ '^[A-Za-z0-9]{1,16}$' then
        raise exception 'no registration serial for year % and district %', p_year, p_district
            using errcode = '22023';
    end if;
    return format('registration_serial_%s_%s', p_year, lower(p_district));
end $$;

-- Makes sure the sequence of (year, district) exists. Two transactions creating it at once:
-- the second waits for the first and then finds it.
create function registration_serial_ensure(p_year int, p_district text) returns void
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
-- other transactions draw at the same time).
create function registration_serials(p_year int, p_district text, p_count int) returns setof bigint
language plpgsql as $$
declare
    seq text := registration_serial_name(p_year, p_district);
begin
    if p_count < 1 then
        return;
    end if;
    if to_regclass(seq) is null then
        perform registration_serial_ensure(p_year, p_district);
    end if;
    return query select nextval(seq) from generate_series(1, p_count) order by 1;
end $$;

-- Raises the sequence of (year, district) so that its next serial is above p_used: for bulk
-- loads that wrote registration numbers themselves, run while no intake draws from it.
create function registration_serial_raise(p_year int, p_district text, p_used bigint) returns void
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

select registration_serial_raise(year, district_code, last_value) from registration_counter;

drop table registration_counter;
