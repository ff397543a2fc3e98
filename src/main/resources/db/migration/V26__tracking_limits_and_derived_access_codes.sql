-- Public tracking: attempts counted per client address and per registration number, in
-- fixed windows, by one upsert that increments and returns the count (PublicTrackingService).
-- A client is an IPv4 address or an IPv6 /64; a number has a row only if an appeal carries
-- it, so unknown numbers add nothing; rows of ended windows are deleted every 10 minutes.
create table tracking_attempt (
    scope        varchar(6)  not null check (scope in ('CLIENT', 'NUMBER')),
    subject      varchar(64) not null,
    window_start timestamptz not null,
    attempts     int         not null check (attempts >= 0),
    primary key (scope, subject)
);
create index tracking_attempt_window on tracking_attempt (window_start);

-- One row per wrong code, per number: replaced by tracking_attempt.
drop table access_failure;

-- Access codes are derived (HMAC of the server secret over number, id and this salt), so a
-- replayed registration answers the same code; the key column names the secret that derived
-- it. access_code_hash stays what the tracking page checks.
alter table appeal
    add column access_code_salt bytea,
    add column access_code_key  varchar(16),
    add constraint appeal_access_code_derivation
        check ((access_code_salt is null) = (access_code_key is null)
               and (access_code_salt is null or access_code_hash is not null));

-- Registration entries are public (the citizen's tracking page) and used to end with
-- ". Repeat appeal", telling anyone with the code that the applicant appealed before on the
-- topic. The link stays in appeal.repeat_of; the public text loses it. The journal is
-- append-only by trigger; this one correction is made with the trigger off.
alter table appeal_event disable trigger appeal_event_append_only;
update appeal_event set note = left(note, length(note) - length('. Repeat appeal'))
 where kind = 'REGISTERED' and note like '%. Repeat appeal';
alter table appeal_event enable trigger appeal_event_append_only;
