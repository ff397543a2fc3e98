-- Control figures: answers on time and late, extensions, late redirections, returned and
-- reopened answers, collective and anonymous appeals; appeal figures by the official an appeal
-- is assigned to, reception figures by the official who held the reception.
--
-- The rollups and their deltas get a column per new counter; the functions that fill them are
-- in R__statistics.sql (applied after this file), which rebuilds every rollup once because this
-- migration asks it to (stats_rebuild_request). Definitions: docs/statistics.md.

-- An answer sent back by the control officer, or a closed appeal reopened, at least once: the
-- appeal keeps the mark (its timeline keeps every instance). Earlier appeals from their timelines.
-- Set before the delta table changes below: the statistics trigger of this moment ignores both.
alter table appeal
    add column returned boolean not null default false,
    add column reopened boolean not null default false;
update appeal a set returned = true where exists (select 1 from appeal_event e where e.appeal_id = a.id and e.kind = 'RETURNED');
update appeal a set reopened = true where exists (select 1 from appeal_event e where e.appeal_id = a.id and e.kind = 'REOPENED');

-- Every derived row is recomputed by the rebuild that R__statistics.sql runs after this file:
-- empty them now (the new key column of receptions has no value for old rows).
truncate stats_appeal_delta, stats_reception_delta, stats_appeal, stats_appeal_pending_due, stats_reception;

-- Defaults for writers that append deltas by hand (tests, repairs); the trigger names every value.
alter table stats_appeal_delta
    add column official_key    varchar(32) not null default 'NONE',  -- the assigned official's id
    add column answered_late   boolean,                -- answered appeals only: after the due date in force
    add column extended        boolean not null default false,
    add column redirected_late boolean not null default false,
    add column returned        boolean not null default false,
    add column reopened        boolean not null default false,
    add column collective      boolean not null default false,
    add column anonymous       boolean not null default false,
    add check (answered_late is null or resolved);

alter table stats_appeal
    add column answered_on_time int not null default 0,
    add column answered_late    int not null default 0,
    add column extended         int not null default 0,
    add column redirected_late  int not null default 0,
    add column returned         int not null default 0,
    add column reopened         int not null default 0,
    add column collective       int not null default 0,
    add column anonymous        int not null default 0,
    drop constraint stats_appeal_dim_check,
    -- O: the official an appeal is assigned to
    add constraint stats_appeal_dim_check check (dim in ('T', 'C', 'P', 'A', 'Y', 'G', 'O'));

-- Receptions by the official who held them: the official is part of a reception cell.
alter table stats_reception_delta add column official_id bigint not null;
alter table stats_reception
    add column official_id bigint not null,
    drop constraint stats_reception_pkey,
    add primary key (grain, period, district_code, official_type, format, official_id);

-- A request to rebuild the rollups once the functions of R__statistics.sql are in place:
-- that file ends by serving it. A versioned migration that changes what the rollups hold adds a row.
create table stats_rebuild_request (
    requested_by varchar(100) not null,
    requested_at timestamptz  not null default now()
);
insert into stats_rebuild_request (requested_by) values ('V40__control_figures');
