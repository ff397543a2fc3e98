-- Notices to applicants: the applicant's language, the outbox of notices and their templates.

-- The language the applicant is written to in (ISO 639-1: Russian or Kazakh).
alter table appeal add column language varchar(2) not null default 'ru' check (language in ('ru', 'kk'));

-- The outbox. A row is written in the transaction of the step that owes the applicant word of it
-- (registration, extension, redirection, the answer, a reopening) and delivered afterwards by the
-- dispatcher (notice/NoticeDispatcher), or recorded by staff for paper post and phone calls.
-- Status changes follow notice/NoticeLifecycle.
create sequence notice_seq start with 1 increment by 50;

create table notice (
    id              bigint        primary key,
    appeal_id       bigint        not null references appeal (id),
    kind            varchar(16)   not null
        check (kind in ('REGISTRATION', 'EXTENSION', 'REDIRECTION', 'ANSWER', 'REOPENING')),
    channel         varchar(8)    not null check (channel in ('EMAIL', 'SMS', 'POST', 'PHONE')),
    -- e-mail address, phone (E.164) or postal address; never shown unmasked by the API
    recipient       varchar(500)  not null,
    language        varchar(2)    not null check (language in ('ru', 'kk')),
    template_code   varchar(64),
    subject         varchar(500),
    -- the rendered text; {accessCode} is filled in only when the message is sent (the code is never stored)
    body            varchar(30000),
    status          varchar(16)   not null check (status in ('PENDING', 'SENT', 'DELIVERED', 'FAILED')),
    due_by          date          not null,
    -- not SENT by due_by: set when it is sent late, or by the deadline watch while it is still owed
    late            boolean       not null default false,
    created_at      timestamptz   not null,
    -- the dispatcher's lease: a claimed row is not due again before this time
    next_attempt_at timestamptz   not null,
    give_up_at      timestamptz   not null,
    claim_token     uuid,
    attempts        int           not null default 0 check (attempts >= 0),
    last_error      varchar(1000),
    sent_at         timestamptz,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    -- the same on every attempt, so that a message sent twice (a crash after the server took it) is one message
    message_id      varchar(200)  not null unique,
    recorded_by     varchar(100),
    note            varchar(2000),
    check ((status in ('SENT', 'DELIVERED')) = (sent_at is not null)),
    check ((status = 'DELIVERED') = (delivered_at is not null)),
    check ((status = 'FAILED') = (failed_at is not null))
);
create index notice_appeal on notice (appeal_id, id);
create index notice_status on notice (status, id);
-- what the dispatcher claims, oldest due first
create index notice_due on notice (next_attempt_at, id) where status = 'PENDING' and channel in ('EMAIL', 'SMS');
-- what the deadline watch marks late
create index notice_owed on notice (due_by) where status = 'PENDING' and not late;

-- Templates: one active per kind and language, texts with {placeholders} (checked by the service on save).
create table notice_template (
    code       varchar(64)   primary key check (code ~ '^[A-Za-z0-9_.-]{1,64}$'),
    kind       varchar(16)   not null
        check (kind in ('REGISTRATION', 'EXTENSION', 'REDIRECTION', 'ANSWER', 'REOPENING')),
    language   varchar(2)    not null check (language in ('ru', 'kk')),
    text       varchar(10000) not null,
    active     boolean       not null default true,
    updated_at timestamptz   not null default now(),
    updated_by varchar(100)  not null default 'system',
    version    int           not null default 0
);
create unique index notice_template_one_active on notice_template (kind, language) where active;

insert into notice_template (code, kind, language, text) values
('registration-ru', 'REGISTRATION', 'ru',
 'Ваше обращение зарегистрировано {registeredOn} под номером {registrationNumber} ({districtName}). '
 || 'Ответ будет дан до {dueOn}. Код доступа для отслеживания: {accessCode}.'),
('registration-kk', 'REGISTRATION', 'kk',
 'Сіздің өтінішіңіз {registeredOn} күні {registrationNumber} нөмірімен тіркелді ({districtName}). '
 || 'Жауап {dueOn} дейін беріледі. Бақылау коды: {accessCode}.'),
('extension-ru', 'EXTENSION', 'ru',
 'Срок рассмотрения обращения {registrationNumber} продлён до {dueOn}. Причина: {reason}'),
('extension-kk', 'EXTENSION', 'kk',
 '{registrationNumber} өтінішін қарау мерзімі {dueOn} дейін ұзартылды. Себебі: {reason}'),
('redirection-ru', 'REDIRECTION', 'ru',
 'Обращение {registrationNumber} направлено по компетенции: {redirectedTo}. Причина: {reason}'),
('redirection-kk', 'REDIRECTION', 'kk',
 '{registrationNumber} өтініші құзыреті бойынша жіберілді: {redirectedTo}. Себебі: {reason}'),
('answer-ru', 'ANSWER', 'ru',
 'Ответ на обращение {registrationNumber} ({agencyName}), результат: {outcome}. {answer}'),
('answer-kk', 'ANSWER', 'kk',
 '{registrationNumber} өтінішіне жауап ({agencyName}), нәтижесі: {outcome}. {answer}'),
('reopening-ru', 'REOPENING', 'ru',
 'Рассмотрение обращения {registrationNumber} возобновлено. Причина: {reason}'),
('reopening-kk', 'REOPENING', 'kk',
 '{registrationNumber} өтінішін қарау қайта басталды. Себебі: {reason}');
