-- A quick synthetic register for measuring statistics (not the realistic generator of bench/):
-- :n appeals over the three years before 2026-11-01, 14 districts skewed towards the city,
-- four channels, ~40 topics, six types, ~85% answered mostly positively, groups on ~30%,
-- receptions with about two appeals each, repeat links on ~5%.
--   psql -v n=1000000 -d appeals_bench_stats -f bench/stats/generate.sql
-- Loads with triggers off (session_replication_role = replica), then calls stats_rebuild().
\set ON_ERROR_STOP on
\timing on
set session_replication_role = replica;
set synchronous_commit = off;

create temp table g_district as
select * from (values ('PVL', 40), ('EKB', 18), ('AKS', 8), ('AKT', 2), ('BAY', 3), ('ZHL', 3), ('IRT', 3),
                      ('TRK', 2), ('AKK', 2), ('MAY', 1), ('PVD', 5), ('USP', 2), ('SHR', 3), ('REG', 8)) v(code, weight);
create temp table g_district_pick as
select code, sum(weight) over (order by code) - weight as lo, sum(weight) over (order by code) as hi from g_district;
create temp table g_arrays as
select (select array_agg(code order by code) from topic) as topics,
       (select array_agg(code order by code) from agency) as agencies,
       (select array_agg(code order by lo) from g_district_pick, generate_series(lo, hi - 1)) as districts;

-- Receptions: one per ~2 reception-channel appeals.
insert into official (id, full_name, position, official_type, district_code, active)
select 900000 + t.i, 'Bench official ' || t.i, 'Bench', (array['AGENCY_HEAD','MAJILIS_DEPUTY','MASLIKHAT_DEPUTY','OFFICE_HEAD'])[1 + t.i % 4], 'PVL', false
  from generate_series(0, 39) t(i)
on conflict (id) do nothing;

insert into reception (id, official_id, district_code, format, campaign, scheduled_at, scheduled_until, status,
                       citizens_received, held_on, created_by, created_at)
select 10000000 + r, 900000 + (r % 40),
       (select code from g_district_pick where (r * 7919 % 100) >= lo and (r * 7919 % 100) < hi),
       (array['REGULAR','MOBILE','THEMATIC'])[1 + r % 3], case when r % 3 = 2 then 'Bench campaign' end,
       d + time '10:00' - interval '5 hours', d + time '13:00' - interval '5 hours',
       case when r % 20 = 0 then 'CANCELLED' else 'HELD' end,
       case when r % 20 = 0 then null else 3 + r % 17 end,
       case when r % 20 = 0 then null else d end,
       'bench', now()
  from generate_series(1, greatest(1, :n / 20)) r,
       lateral (select date '2023-11-01' + (r * 1096 / greatest(1, :n / 20))::int as d) x;

insert into appeal (id, registration_number, channel, type, topic_code, district_code, text, applicant_kind,
                    applicant_groups, reception_id, received_at, registered_at, registered_on, due_on, status,
                    outcome, agency_code, answered_at, answered_on, closed_at, repeat_of, created_by)
select 100000000 + i,
       'B-' || i,
       ch,
       (array['STATEMENT','COMPLAINT','PROPOSAL','INQUIRY','REPORT','RESPONSE'])[1 + (h2 % 6)],
       topics[1 + h3 % cardinality(topics)],
       dist,
       'Bench appeal text number ' || i,
       'INDIVIDUAL',
       case when h4 % 10 < 7 then '{}'::varchar[]
            when h4 % 10 < 9 then array[(array['VETERAN','DISABILITY','YOUTH','LARGE_FAMILY','PENSIONER','ORPHAN','ENTREPRENEUR'])[1 + h4 % 7]]::varchar[]
            else array['LARGE_FAMILY','PENSIONER']::varchar[] end,
       case when ch = 'RECEPTION' then 10000000 + 1 + (i % greatest(1, :n / 20)) end,
       reg + time '11:00' - interval '5 hours',
       reg + time '11:00' - interval '5 hours',
       reg,
       reg + 21,
       case when answered then 'CLOSED' when h5 % 3 = 0 then 'REGISTERED' else 'IN_PROGRESS' end,
       case when answered then (array['POSITIVE','POSITIVE','POSITIVE','POSITIVE','POSITIVE','EXPLAINED','EXPLAINED','REJECTED','REDIRECTED','TERMINATED'])[1 + h5 % 10] end,
       case when answered or h5 % 3 <> 0 then agencies[1 + h2 % cardinality(agencies)] end,
       case when answered then reg + (1 + h6 % 25)::int + time '15:00' - interval '5 hours' end,
       case when answered then reg + (1 + h6 % 25)::int end,
       case when answered then reg + (1 + h6 % 25)::int + time '15:00' - interval '5 hours' end,
       case when i > 1000 and h6 % 20 = 0 then 100000000 + i - 1000 end,
       'bench'
  from g_arrays, generate_series(1::bigint, :n) i,
       lateral (select (i * 2654435761) % 4294967296 as h1, (i * 40503) % 65521 as h2, (i * 69069) % 65519 as h3,
                       (i * 1103515245) % 65497 as h4, (i * 214013) % 65479 as h5, (i * 134775813) % 65449 as h6) h,
       lateral (select districts[1 + h1 % 100] as dist,
                       (array['PORTAL','PORTAL','CALL_CENTER','CALL_CENTER','WRITTEN','RECEPTION'])[1 + h1 % 6] as ch,
                       -- weekdays only, three years back from 2026-11-01
                       (date '2023-11-01' + (i::bigint * 1096 / :n)::int) as d0) a,
       lateral (select case extract(isodow from d0) when 6 then d0 + 2 when 7 then d0 + 1 else d0 end as reg) b,
       lateral (select (h5 % 100) < 85 and reg + (1 + h6 % 25)::int < date '2026-11-20' as answered) c;

reset session_replication_role;
select stats_rebuild();
vacuum analyze appeal;
vacuum analyze reception;
-- Index-only scans of the rollups need their pages marked all-visible.
vacuum analyze stats_appeal, stats_appeal_pending_due, stats_reception;
