-- Thematic campaigns ("Justice advises", "Office on the road", "A week for family support"):
-- a catalogue entry with a period and the districts it runs in. Receptions and appeals name
-- their campaign by code, so the code is the key they refer to; the surrogate id only orders
-- the list's keyset pages. Which receptions and appeals a campaign may hold (inside its period
-- and districts) is checked by the service (campaign.CampaignSpan), which also refuses an edit
-- of a campaign that would leave one of them outside.
create sequence campaign_seq start with 1 increment by 50;

create table campaign (
    id          bigint        primary key,
    code        varchar(32)   not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$'),
    name_ru     varchar(200)  not null check (btrim(name_ru) <> ''),
    name_kk     varchar(200)  not null check (btrim(name_kk) <> ''),
    kind        varchar(16)   not null check (kind in ('LEGAL_ADVICE', 'MOBILE_OFFICE', 'THEMED_WEEK', 'OTHER')),
    starts_on   date          not null,
    ends_on     date          not null,
    description varchar(2000),
    active      boolean       not null default true,
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null,
    version     int           not null default 0,
    check (ends_on >= starts_on)
);
-- The list shows the latest campaigns first and is filtered by overlap with a period.
create index campaign_period on campaign (starts_on desc, id desc);

create table campaign_district (
    campaign_id   bigint      not null references campaign (id),
    district_code varchar(16) not null references district (code),
    primary key (campaign_id, district_code)
);
create index campaign_district_district on campaign_district (district_code, campaign_id);

alter table reception add column campaign_code varchar(32) references campaign (code);
alter table appeal add column campaign_code varchar(32) references campaign (code);

-- The lists filtered by campaign (GET /receptions?campaign=, GET /appeals?campaign=) page in
-- their own order inside one campaign.
create index reception_campaign on reception (campaign_code, scheduled_at desc, id desc) where campaign_code is not null;
create index appeal_campaign on appeal (campaign_code, registered_at desc, id desc) where campaign_code is not null;

-- A THEMATIC reception names its campaign: by code from now on. The free text (campaign) stays
-- for the receptions stored before campaigns existed and for historical imports that give only a
-- name (V51 links the stored ones to campaigns).
do $$
declare
    c name;
begin
    select conname into c from pg_constraint
     where conrelid = 'reception'::regclass and contype = 'c'
       and pg_get_constraintdef(oid) like '%THEMATIC%campaign%';
    execute format('alter table reception drop constraint %I', c);
end $$;
alter table reception add constraint reception_thematic_names_campaign
    check (format <> 'THEMATIC' or campaign_code is not null or campaign is not null);
