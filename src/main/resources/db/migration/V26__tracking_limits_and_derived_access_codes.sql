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
