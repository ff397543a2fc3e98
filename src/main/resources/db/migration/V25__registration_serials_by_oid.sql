-- A draw from a (year, district) sequence created a moment before by another transaction could
-- fail with "relation registration_serial_... does not exist" (64 concurrent intakes in a
-- district and year not drawn before: one or two answered 500). registration_serials() found the
-- sequence by name, through the session's catalog caches; when another transaction created the
-- sequence and committed while this one was looking, the name could still resolve from what the
-- session had cached (no sequence) after registration_serial_ensure() had met the other's
-- sequence and stood back. The sequence is now found with a query on pg_class, which reads
-- with the statement's own snapshot and so sees every transaction committed before it started,
-- and drawn by its OID: nextval() locks it by OID, which brings the caches up to date.

-- The OID of the sequence of (year, district), or null when it does not exist yet.
create function registration_serial_oid(p_year int, p_district text) returns oid
language sql stable as $$
    select c.oid
      from pg_class c
     where c.relname = registration_serial_name(p_year, p_district)
       and c.relkind = 'S'
       and c.relnamespace = current_schema()::regnamespace
$$;

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
