-- The SMS gateway's delivery reports (notice/DeliveryReports): a SENT notice may end FAILED when the
-- gateway reports it undeliverable, so a FAILED notice may carry the time it was sent. What stays:
-- a SENT or DELIVERED notice has sent_at; a PENDING one has not (a retry clears it).
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
              where conrelid = 'notice'::regclass and contype = 'c'
                and pg_get_constraintdef(oid) like '%= (sent_at IS NOT NULL)%'
    loop
        execute format('alter table notice drop constraint %I', c.conname);
    end loop;
end $$;

alter table notice add constraint notice_sent_when_sent check (status not in ('SENT', 'DELIVERED') or sent_at is not null);
alter table notice add constraint notice_pending_unsent check (status <> 'PENDING' or sent_at is null);
