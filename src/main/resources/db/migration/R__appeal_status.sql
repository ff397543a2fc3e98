-- What "open" means, on the SQL side: the appeal awaits the executor's answer, so its term can
-- run out (overdue = open after its due date). RESOLVED is answered (the answer awaits the
-- control officer), CLOSED, REDIRECTED and WITHDRAWN are ended. The one definition is
-- kz.appeals.appeal.AppealStatus.isOpen(); a test checks that this function answers the same
-- for every status. Every SQL that asks "open?" calls it: the list's overdue filter, the
-- deadline watch, the statistics (resolved = not open).
create or replace function appeal_status_is_open(p_status text) returns boolean
    language sql immutable parallel safe as $$
    select p_status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS')
$$;
