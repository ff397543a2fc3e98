-- Statistics: the citizens' feedback (feedbackCount, confirmedPositive, disputed, averageRating),
-- late notices (noticesLate, noticesOnTime), and the campaign as a grouping of appeals and receptions.
--
-- Feedback and notices are counted with the appeal they belong to, in its cell (registration day,
-- district, keys): they are part of what stats_appeal_state() derives for an appeal, and the
-- triggers on appeal_feedback and notice append the appeal's state before and after their change.
-- The functions are in R__statistics.sql (applied after this file), which rebuilds every rollup
-- once because this migration asks it to. Definitions: docs/statistics.md.

truncate stats_appeal_delta, stats_reception_delta, stats_appeal, stats_appeal_pending_due, stats_reception;

-- Defaults for writers that append deltas by hand (tests, repairs); the triggers name every value.
alter table stats_appeal_delta
    add column campaign_key    varchar(32) not null default 'NONE',  -- the appeal's campaign code
    add column feedback_rating smallint,          -- the feedback on the current closure; null: none
    add column feedback_solved boolean,           -- its "solved"; null: none
    add column disputed        boolean not null default false,
    add column notices_late    int     not null default 0,  -- the appeal's notices marked late
    add column notices_on_time int     not null default 0,  -- the appeal's notices sent, not late
    add check ((feedback_rating is null) = (feedback_solved is null));

alter table stats_appeal
    add column feedback           int not null default 0,
    add column rating_sum         int not null default 0,
    add column confirmed_positive int not null default 0,
    add column disputed           int not null default 0,
    add column notices_late       int not null default 0,
    add column notices_on_time    int not null default 0,
    drop constraint stats_appeal_dim_check,
    -- K: the appeal's campaign (NONE when none)
    add constraint stats_appeal_dim_check check (dim in ('T', 'C', 'P', 'A', 'Y', 'G', 'O', 'K'));

-- Receptions by campaign: the campaign is part of a reception cell.
alter table stats_reception_delta add column campaign_key varchar(32) not null default 'NONE';
alter table stats_reception
    add column campaign_key varchar(32) not null default 'NONE',
    drop constraint stats_reception_pkey,
    add primary key (grain, period, district_code, official_type, format, official_id, campaign_key);

-- The triggers' functions are defined in R__statistics.sql; these bodies stand in until it runs.
create function stats_feedback_changed() returns trigger language plpgsql as $$ begin return null; end $$;
create function stats_notice_changed() returns trigger language plpgsql as $$ begin return null; end $$;

create trigger stats_feedback_changed after insert or update or delete on appeal_feedback
    for each row execute function stats_feedback_changed();
create trigger stats_notice_changed after insert or update or delete on notice
    for each row execute function stats_notice_changed();

insert into stats_rebuild_request (requested_by) values ('V70__stats_feedback_notices_campaigns');
