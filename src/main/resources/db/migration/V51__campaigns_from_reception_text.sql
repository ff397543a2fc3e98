-- Receptions stored before campaigns existed name their campaign as free text. Each distinct
-- name becomes one campaign, and its receptions, and the appeals taken at them, are linked to it:
--   * names are one campaign when they differ only in letter case or surrounding spaces (the
--     reception list's campaign filter already treated them so); the campaign is named (ru and
--     kk alike) by the most frequent spelling, ties going to the first in sort order;
--   * code MIGRATED-0001, MIGRATED-0002, ... in the order of the campaigns' first reception;
--   * kind OTHER, the period from the first to the last local day (UTC+5) of its receptions,
--     cancelled ones included, and the districts of its receptions;
--   * nothing is lost: every reception keeps its text in reception.campaign (the API shows it as
--     the reception's campaign), and the description says where the campaign came from.
-- Statistics are not touched: the triggers on reception and appeal count nothing that changes here.
create temp table migrated_campaign on commit drop as
select row_number() over (order by min(r.scheduled_at), lower(btrim(r.campaign))) as n,
       lower(btrim(r.campaign)) as key,
       mode() within group (order by btrim(r.campaign)) as name,
       min((r.scheduled_at at time zone interval '+05:00')::date) as starts_on,
       max((r.scheduled_at at time zone interval '+05:00')::date) as ends_on,
       count(*) as receptions
  from reception r
 where r.campaign is not null and btrim(r.campaign) <> ''
 group by lower(btrim(r.campaign));

insert into campaign (id, code, name_ru, name_kk, kind, starts_on, ends_on, description, active, created_by, created_at)
select nextval('campaign_seq'), 'MIGRATED-' || lpad(m.n::text, 4, '0'), left(m.name, 200), left(m.name, 200), 'OTHER',
       m.starts_on, m.ends_on,
       'Created from the campaign name of ' || m.receptions || ' reception(s) recorded before campaigns were kept;'
           || ' each reception keeps the name as it was written.',
       true, 'migration', now()
  from migrated_campaign m
 order by m.n;

insert into campaign_district (campaign_id, district_code)
select distinct c.id, r.district_code
  from migrated_campaign m
  join campaign c on c.code = 'MIGRATED-' || lpad(m.n::text, 4, '0')
  join reception r on r.campaign is not null and lower(btrim(r.campaign)) = m.key;

update reception r
   set campaign_code = 'MIGRATED-' || lpad(m.n::text, 4, '0')
  from migrated_campaign m
 where r.campaign is not null and lower(btrim(r.campaign)) = m.key;

-- Appeals taken at a reception belong to its campaign (as intake links them from now on).
update appeal a
   set campaign_code = r.campaign_code
  from reception r
 where a.reception_id = r.id and r.campaign_code is not null and a.campaign_code is null;

drop table migrated_campaign;
