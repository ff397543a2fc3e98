-- Open311 GeoReport v2 gateway (package open311).
-- Clients that may file requests: each has one API key, kept only as its SHA-256 (the key is 32
-- random bytes, so a fast hash cannot be brute-forced), and its own rate limit. A revoked client
-- keeps its row: the appeals it filed name it.
create sequence open311_client_seq start with 1 increment by 50;

create table open311_client (
    id             bigint       primary key,
    name           varchar(100) not null check (length(btrim(name)) > 0),
    key_hash       char(64)     not null unique,
    key_prefix     varchar(16)  not null,
    rate_limit     int          not null check (rate_limit between 1 and 100000),
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    revoked_at     timestamptz,
    revoked_by     varchar(100),
    version        int          not null default 0,
    check ((revoked_at is null) = (revoked_by is null))
);
-- One active client per name: the name is what the appeals record.
create unique index open311_client_active_name on open311_client (lower(name)) where revoked_at is null;

-- Requests filed per client in fixed one-minute windows, counted by one upsert that increments
-- and returns the count before the request is handled (Open311RateLimit).
create table open311_rate_window (
    client_id    bigint      primary key references open311_client (id),
    window_start timestamptz not null,
    requests     int         not null check (requests >= 0)
);

-- What the gateway keeps of a request besides the appeal: the client and the media link it gave.
create table open311_request (
    appeal_id  bigint        primary key references appeal (id),
    client_id  bigint        not null references open311_client (id),
    media_url  varchar(2000)
);
create index open311_request_client on open311_request (client_id);
