-- A version number of the working calendar, raised by every statement that changes it. The
-- service keeps the calendar in memory and reads only this row per computation, so a change an
-- administrator makes applies to the next computation on every instance at once.
create table calendar_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into calendar_version (id, version) values (true, 1);
-- versions come from a sequence, which a rollback does not give back: a version number seen by
-- a transaction that rolled back is never reused for other contents
create sequence calendar_version_seq start with 2;

create function calendar_version_bump() returns trigger
language plpgsql as $$
begin
    update calendar_version set version = nextval('calendar_version_seq');
    return null;
end $$;

create trigger calendar_version_bump
    after insert or update or delete or truncate on calendar_day
    for each statement execute function calendar_version_bump();
