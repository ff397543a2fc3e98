-- The citizen's verdict on a closed appeal: was the problem solved, a rating 1..5 and an optional
-- comment; given once per closure (the closure is named by the appeal's closed_at at the time),
-- on the public tracking page with the access code or by phone to an operator.
-- A verdict "not solved" is a dispute until a supervisor reopens the appeal (the closure it names
-- is then no longer the appeal's current one) or dismisses it with a reason.
create sequence appeal_feedback_seq start with 1 increment by 50;

create table appeal_feedback (
    id               bigint        primary key,
    appeal_id        bigint        not null references appeal (id),
    closed_at        timestamptz   not null,
    outcome          varchar(16)   not null
        check (outcome in ('POSITIVE', 'EXPLAINED', 'REJECTED', 'REDIRECTED', 'TERMINATED')),
    solved           boolean       not null,
    rating           int           not null check (rating between 1 and 5),
    comment          varchar(2000),
    channel          varchar(16)   not null check (channel in ('PUBLIC', 'PHONE')),
    recorded_at      timestamptz   not null,
    recorded_by      varchar(100)  not null,
    recorded_role    varchar(32)   not null,
    dismissed_at     timestamptz,
    dismissed_by     varchar(100),
    dismissal_reason varchar(2000),
    unique (appeal_id, closed_at),
    check (not solved or dismissed_at is null),
    check ((dismissed_at is null) = (dismissed_by is null) and (dismissed_at is null) = (dismissal_reason is null))
);
-- the supervisors' list of disputed answers
create index appeal_feedback_disputes on appeal_feedback (appeal_id, closed_at) where not solved and dismissed_at is null;
