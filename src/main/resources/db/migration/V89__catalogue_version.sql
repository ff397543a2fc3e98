-- A version number of the catalogues (districts, topics, agencies, officials), raised by every
-- statement that changes one of them, as calendar_version (V22) is for the working calendar. The
-- service keeps the catalogues in memory (catalogue.CatalogueCache) and reads only this row per
-- transaction, and hears of changes through NOTIFY catalogue_changed (the new version as payload,
-- delivered at commit) so that its lists need no database at all.
create table catalogue_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into catalogue_version (id, version) values (true, 1);
-- from a sequence, which a rollback does not give back: a version seen by a transaction that
-- rolled back is never reused for other contents
create sequence catalogue_version_seq start with 2;

create function catalogue_version_bump() returns trigger
language plpgsql as $$
declare
    v bigint := nextval('catalogue_version_seq');
begin
    update catalogue_version set version = v;
    perform pg_notify('catalogue_changed', v::text);
    return null;
end $$;

create trigger catalogue_version_bump after insert or update or delete or truncate on district
    for each statement execute function catalogue_version_bump();
create trigger catalogue_version_bump after insert or update or delete or truncate on topic
    for each statement execute function catalogue_version_bump();
create trigger catalogue_version_bump after insert or update or delete or truncate on agency
    for each statement execute function catalogue_version_bump();
create trigger catalogue_version_bump after insert or update or delete or truncate on official
    for each statement execute function catalogue_version_bump();
