-- What "disputed" means, the one definition: the applicant said the problem is not solved about a
-- closure of the appeal (closed_at), no supervisor dismissed it, and that closure is still the
-- appeal's current one: an appeal is disputed when (id, closed_at) is among these rows. Reopening
-- ends a dispute (the appeal's closed_at is cleared); a new closure takes its own feedback.
-- A table function of one SELECT, so PostgreSQL inlines it and uses the partial index
-- appeal_feedback_disputes. Asked by GET /appeals?disputed=true (kz.appeals.appeal.AppealQueries)
-- and by the dismissal (kz.appeals.feedback.FeedbackService); statistics count the same (disputed,
-- R__statistics.sql), for the feedback on the appeal's current closure.
create or replace function appeal_feedback_is_dispute(p_solved boolean, p_dismissed_at timestamptz) returns boolean
    language sql immutable parallel safe as $$
    select not p_solved and p_dismissed_at is null
$$;

create or replace function appeal_open_disputes() returns table (appeal_id bigint, closed_at timestamptz)
    language sql stable parallel safe as $$
    select f.appeal_id, f.closed_at from appeal_feedback f where appeal_feedback_is_dispute(f.solved, f.dismissed_at)
$$;
