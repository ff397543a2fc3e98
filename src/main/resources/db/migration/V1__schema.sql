-- The register's schema. Flyway owns it; Hibernate only validates.
-- Enumerations are CHECK constraints so that no writer, the service or a hand-run
-- script, can store a value the domain does not know.

-- Catalogues -----------------------------------------------------------------

create table district (
    code    varchar(16)  primary key,
    name    varchar(200) not null,
    kind    varchar(16)  not null check (kind in ('REGION', 'REGION_CENTRE', 'CITY', 'RURAL_DISTRICT')),
    active  boolean      not null default true,
    version int          not null default 0
);

create table topic (
    code       varchar(32)  primary key,
    name       varchar(300) not null,
    group_code varchar(32)  not null,
    group_name varchar(200) not null,
    active     boolean      not null default true,
    version    int          not null default 0
);

create table agency (
    code          varchar(32)  primary key,
    name          varchar(300) not null,
    district_code varchar(16)  references district (code),
    active        boolean      not null default true,
    version       int          not null default 0
);

create sequence official_seq start with 1000 increment by 50;

create table official (
    id            bigint       primary key,
    full_name     varchar(200) not null,
    position      varchar(300) not null,
    official_type varchar(32)  not null
        check (official_type in ('AGENCY_HEAD', 'MAJILIS_DEPUTY', 'MASLIKHAT_DEPUTY', 'OFFICE_HEAD')),
    agency_code   varchar(32)  references agency (code),
    district_code varchar(16)  references district (code),
    active        boolean      not null default true,
    version       int          not null default 0
);

-- Working-day calendar: Monday to Friday work, weekends rest, unless a row says otherwise.
create table calendar_day (
    day     date         primary key,
    kind    varchar(16)  not null check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY')),
    name    varchar(200) not null,
    version int          not null default 0
);

-- Receptions -----------------------------------------------------------------

create sequence reception_seq start with 1 increment by 50;

create table reception (
    id                bigint       primary key,
    official_id       bigint       not null references official (id),
    district_code     varchar(16)  not null references district (code),
    format            varchar(16)  not null check (format in ('REGULAR', 'MOBILE', 'THEMATIC')),
    campaign          varchar(200),
    scheduled_at      timestamptz  not null,
    scheduled_until   timestamptz  not null,
    status            varchar(16)  not null check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    citizens_received int          check (citizens_received >= 0),
    held_on           date,
    cancel_reason     varchar(2000),
    external_ref      varchar(100) unique,
    created_by        varchar(100) not null,
    created_at        timestamptz  not null,
    version           int          not null default 0,
    check (scheduled_until > scheduled_at),
    check (format <> 'THEMATIC' or campaign is not null),
    check ((status = 'HELD') = (held_on is not null and citizens_received is not null))
);
create index reception_official_time on reception (official_id, scheduled_at);
create index reception_district_time on reception (district_code, scheduled_at, id);

create sequence reception_event_seq start with 1 increment by 50;

create table reception_event (
    id           bigint       primary key,
    reception_id bigint       not null references reception (id),
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    actor_role   varchar(32)  not null,
    kind         varchar(32)  not null,
    note         varchar(2000)
);
create index reception_event_reception on reception_event (reception_id, id);

-- Appeals --------------------------------------------------------------------

-- One counter row per (year, district): numbers never repeat, and the row lock
-- serialises concurrent intake of one district only.
create table registration_counter (
    year          int         not null,
    district_code varchar(16) not null references district (code),
    last_value    int         not null,
    primary key (year, district_code)
);

create sequence appeal_seq start with 1 increment by 50;

create table appeal (
    id                  bigint        primary key,
    registration_number varchar(32)   not null unique,
    channel             varchar(16)   not null check (channel in ('PORTAL', 'CALL_CENTER', 'RECEPTION', 'WRITTEN')),
    type                varchar(16)   not null
        check (type in ('STATEMENT', 'COMPLAINT', 'PROPOSAL', 'INQUIRY', 'REPORT', 'RESPONSE')),
    topic_code          varchar(32)   not null references topic (code),
    district_code       varchar(16)   not null references district (code),
    text                varchar(10000) not null,
    applicant_kind      varchar(16)   not null check (applicant_kind in ('INDIVIDUAL', 'LEGAL_ENTITY', 'ANONYMOUS')),
    applicant_name      varchar(300),
    applicant_iin       char(12)      check (applicant_iin ~ '^[0-9]{12}$'),
    applicant_bin       char(12)      check (applicant_bin ~ '^[0-9]{12}$'),
    applicant_phone     varchar(16)   check (applicant_phone ~ '^\+[1-9][0-9]{6,14}$'),
    applicant_email     varchar(254),
    applicant_address   varchar(500),
    applicant_groups    varchar(32)[] not null default '{}',
    signatories         int           check (signatories >= 2),
    reception_id        bigint        references reception (id),
    received_at         timestamptz   not null,
    registered_at       timestamptz   not null,
    registered_on       date          not null,
    due_on              date          not null,
    status              varchar(16)   not null
        check (status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REDIRECTED', 'WITHDRAWN')),
    outcome             varchar(16)
        check (outcome in ('POSITIVE', 'EXPLAINED', 'REJECTED', 'REDIRECTED', 'TERMINATED')),
    agency_code         varchar(32)   references agency (code),
    official_id         bigint        references official (id),
    answer              varchar(20000),
    answered_at         timestamptz,
    answered_on         date,
    closed_at           timestamptz,
    redirected_to       varchar(300),
    redirect_required   boolean       not null default false,
    redirected_late     boolean       not null default false,
    extended            boolean       not null default false,
    applicant_notice_by date,
    repeat_of           bigint        references appeal (id),
    access_code_hash    varchar(100),
    external_ref        varchar(100)  unique,
    created_by          varchar(100)  not null,
    overdue_notified    boolean       not null default false,
    due_soon_notified   boolean       not null default false,
    version             int           not null default 0,
    check (applicant_kind <> 'ANONYMOUS' or (applicant_name is null and applicant_iin is null and applicant_bin is null)),
    check (channel <> 'RECEPTION' or reception_id is not null or external_ref is not null),
    check (due_on >= registered_on)
);
create index appeal_registered on appeal (registered_at desc, id desc);
create index appeal_district_registered on appeal (district_code, registered_at desc, id desc);
create index appeal_agency_registered on appeal (agency_code, registered_at desc, id desc);
create index appeal_status_due on appeal (status, due_on);
create index appeal_applicant_iin on appeal (applicant_iin, topic_code, registered_at) where applicant_iin is not null;
create index appeal_applicant_phone on appeal (applicant_phone, topic_code, registered_at) where applicant_phone is not null;
create index appeal_reception on appeal (reception_id) where reception_id is not null;
create index appeal_text_search on appeal using gin (to_tsvector('simple', text));

create sequence appeal_event_seq start with 1 increment by 50;

-- The timeline: rows are only ever inserted.
create table appeal_event (
    id            bigint        primary key,
    appeal_id     bigint        not null references appeal (id),
    occurred_at   timestamptz   not null,
    actor         varchar(100)  not null,
    actor_role    varchar(32)   not null,
    kind          varchar(32)   not null,
    public_entry  boolean       not null,
    status_before varchar(16),
    status_after  varchar(16)   not null,
    note          varchar(20000)
);
create index appeal_event_appeal on appeal_event (appeal_id, id);

create function appeal_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'appeal events are never changed or deleted';
end $$;
create trigger appeal_event_append_only before update or delete on appeal_event
    for each row execute function appeal_event_is_append_only();

-- Idempotency of POST /appeals: one row per caller and key, kept at least 24 h.
create table idempotency_record (
    caller          varchar(100) not null,
    idem_key        varchar(200) not null,
    request_hash    varchar(64)  not null,
    appeal_id       bigint       not null references appeal (id),
    response_status int          not null,
    response_body   text         not null,
    created_at      timestamptz  not null,
    primary key (caller, idem_key)
);
create index idempotency_record_created on idempotency_record (created_at);

-- Wrong access codes on the public tracking page, for the per-number slow-down.
create table access_failure (
    registration_number varchar(32) not null,
    failed_at           timestamptz not null
);
create index access_failure_number on access_failure (registration_number, failed_at);
