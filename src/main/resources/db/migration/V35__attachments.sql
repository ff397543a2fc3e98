-- Documents of an appeal: the citizen's scans and photos (INCOMING), the agency's answer letters
-- (ANSWER, which may be made public to the holder of the access code) and staff papers (INTERNAL).
-- The bytes live behind kz.appeals.document.BlobStore; by default in the two document_blob tables
-- below, written and read in chunks so that no file is ever whole in memory.

-- One stored file; its chunks are written first, then this row with the size and hash they add up
-- to (hence the deferred foreign key of the chunks).
create table document_blob (
    id         bigint      primary key,
    size       bigint      not null check (size >= 0),
    sha256     varchar(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null default now()
);
create sequence document_blob_seq start with 1 increment by 1;

-- The bytes, in order, at most 1 MiB a row. Files arrive compressed already (PDF, JPEG, PNG,
-- DOCX, ODT): the data is stored out of line without another attempt at compression.
create table document_blob_chunk (
    blob_id bigint not null references document_blob (id) deferrable initially deferred,
    seq     int    not null check (seq >= 0),
    data    bytea  not null,
    primary key (blob_id, seq)
);
alter table document_blob_chunk alter column data set storage external;

create sequence attachment_seq start with 1 increment by 50;

create table attachment (
    id             bigint        primary key,
    appeal_id      bigint        not null references appeal (id),
    kind           varchar(16)   not null check (kind in ('INCOMING', 'ANSWER', 'INTERNAL')),
    file_name      varchar(255)  not null check (length(file_name) > 0),
    content_type   varchar(100)  not null,
    size           bigint        not null check (size > 0),
    sha256         varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    public_file    boolean       not null,
    storage_key    varchar(200)  not null,
    uploaded_at    timestamptz   not null,
    uploaded_by    varchar(100)  not null,
    uploaded_role  varchar(32)   not null,
    removed_at     timestamptz,
    removed_by     varchar(100),
    removal_reason varchar(2000),
    -- only an answer letter may be shown to the citizen; internal papers never
    check (kind = 'ANSWER' or not public_file),
    check ((removed_at is null) = (removed_by is null) and (removed_at is null) = (removal_reason is null))
);
create index attachment_appeal on attachment (appeal_id, id);

-- An attachment is never changed or deleted, only marked removed once (with who and why): the
-- document stays for the audit.
create function attachment_is_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'attachments are never deleted, only marked removed';
    end if;
    if old.removed_at is not null
            or (new.id, new.appeal_id, new.kind, new.file_name, new.content_type, new.size, new.sha256,
                new.public_file, new.storage_key, new.uploaded_at, new.uploaded_by, new.uploaded_role)
               is distinct from
               (old.id, old.appeal_id, old.kind, old.file_name, old.content_type, old.size, old.sha256,
                old.public_file, old.storage_key, old.uploaded_at, old.uploaded_by, old.uploaded_role) then
        raise exception 'an attachment only changes when it is marked removed, once';
    end if;
    return new;
end $$;
create trigger attachment_kept before update or delete on attachment
    for each row execute function attachment_is_kept();
