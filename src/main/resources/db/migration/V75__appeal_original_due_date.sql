-- The due date an appeal was first given, kept when an extension moves due_on (the due date in
-- force): null while no extension has moved it (it is then due_on itself). The extension sets it
-- (kz.appeals.appeal.CaseActions.extend); for appeals extended before this column existed it is
-- read back from the first extension's timeline entry, whose note states the change as
-- "dueAt: <before> → <after>". Only extended appeals are touched, so the table is not rewritten.
alter table appeal add column original_due_on date;

update appeal a set original_due_on = e.before
  from (select distinct on (appeal_id) appeal_id,
               substring(note from 'dueAt: (\d{4}-\d{2}-\d{2}) ')::date as before
          from appeal_event
         where kind = 'EXTENDED'
         order by appeal_id, occurred_at, id) e
 where a.id = e.appeal_id and a.extended and e.before is not null;

-- an extension only ever moves the due date later
alter table appeal add constraint appeal_original_due_on_before_due check (original_due_on is null or original_due_on < due_on);
