-- The personal-data access log: one row per read of an applicant's personal data (an appeal's
-- full view, an applicant's history, an export row), so that an office can answer "who looked at
-- my data?". Rows never hold the personal values: an applicant is kept as HMAC-SHA256 of the IIN
-- and of the phone (E.164) under a key that lives outside the database (appeals.audit.key), so
-- a copy of this table cannot be reversed by hashing every possible IIN, while the service finds
-- a person's rows by hashing the IIN it is asked about the same way.
--
-- Append-only: rows are inserted in batches by the service and deleted only by the retention
-- purge (appeals.audit.retention), oldest first. No foreign key to appeal: the log outlives
-- what it describes and its inserts stay cheap.
create table personal_data_access (
    id             bigint generated always as identity primary key,
    accessed_at    timestamptz not null,
    subject        text        not null check (length(subject) between 1 and 255),
    username       text        not null check (length(username) between 1 and 255),
    role           text        not null check (length(role) between 1 and 64),
    endpoint       text        not null check (length(endpoint) between 1 and 200),
    appeal_id      bigint      check (appeal_id > 0),
    iin_hash       bytea       check (octet_length(iin_hash) = 32),
    phone_hash     bytea       check (octet_length(phone_hash) = 32),
    client_address inet,
    constraint personal_data_access_names_whom
        check (appeal_id is not null or iin_hash is not null or phone_hash is not null)
);

comment on table personal_data_access is
    'Who read whose personal data: append-only, purged after appeals.audit.retention; no personal values';
comment on column personal_data_access.iin_hash is 'HMAC-SHA256(appeals.audit.key, ''iin:'' || IIN)';
comment on column personal_data_access.phone_hash is 'HMAC-SHA256(appeals.audit.key, ''phone:'' || E.164 phone)';

-- Every query of the admin's endpoint is "these rows, newest first": each filter has an index
-- that ends in the page order, so a page reads its rows and no more.
create index personal_data_access_time on personal_data_access (accessed_at, id);
create index personal_data_access_appeal on personal_data_access (appeal_id, accessed_at, id)
    where appeal_id is not null;
create index personal_data_access_iin on personal_data_access (iin_hash, accessed_at, id)
    where iin_hash is not null;
create index personal_data_access_phone on personal_data_access (phone_hash, accessed_at, id)
    where phone_hash is not null;
create index personal_data_access_subject on personal_data_access (subject, accessed_at, id);
create index personal_data_access_username on personal_data_access (username, accessed_at, id);

create function personal_data_access_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'personal_data_access is append-only: rows are never changed';
end
$$;

create trigger personal_data_access_no_update
    before update or truncate on personal_data_access
    for each statement execute function personal_data_access_append_only();
