-- Kazakhstan working-day calendar, 2012-2027, as seed data.
--
-- Semantics of calendar_day: Monday-Friday are working days and Saturday/Sunday are not,
-- unless a row says otherwise:
--   HOLIDAY     a public holiday (non-working; listed even when it falls on a weekend);
--   DAY_OFF     an extra non-working weekday: a day off moved from a holiday that fell on a
--               weekend (Labour Code of the RK, art. 85), or moved by a government act;
--   WORKING_DAY a Saturday/Sunday made a working day by a government act (the other half of
--               a transfer, for the five-day working week).
--
-- Sources of the rules: Law of the RK "On holidays in the Republic of Kazakhstan" and the
-- Labour Code of the RK (art. 84-85):
--   New Year 1-2 Jan; International Women's Day 8 Mar; Nauryz 21-23 Mar; Kazakhstan People's
--   Unity Day 1 May; Defender of the Fatherland Day 7 May (from 2013); Victory Day 9 May;
--   Capital Day 6 Jul; Constitution Day 30 Aug; Republic Day 25 Oct (from 2022);
--   First President's Day 1 Dec (2012-2021); Independence Day 16-17 Dec (until 2021),
--   16 Dec only (from 2022).
--   A public holiday that falls on a Saturday or Sunday gives a day off on the next working
--   day. The religious holidays (Orthodox Christmas 7 Jan, first day of Kurban Ait) are
--   non-working days but are NOT moved when they fall on a weekend.
--   Victory Day 2020 (Sat 9 May) was given on Fri 8 May by Government decree instead of
--   Mon 11 May.
--
-- Transfers of days off (a working weekend day traded for a bridge weekday): included for
-- the Government decrees 2012-2023 and the Ministry of Labour orders 2024-2025 that were
-- published; none were made for 2015 and 2026 as far as known. Transfers for 2027 (and any
-- later decree or change of a Kurban Ait date, announced yearly by the Spiritual
-- Administration of Muslims of Kazakhstan) are administrators' data: keep them through the
-- calendar API, not by editing this migration.
-- Kurban Ait 2026 (27 May) is the announced date, which may shift by a day; 2027 (16 May)
-- is an estimate.
--
-- Flyway applies this file once: later changes go through the API (or a new migration),
-- never into this file.
--
-- Working days per year (five-day week) with this data:
--   2012: 247
--   2013: 246
--   2014: 245
--   2015: 245
--   2016: 245
--   2017: 245
--   2018: 246
--   2019: 246
--   2020: 246
--   2021: 245
--   2022: 246
--   2023: 246
--   2024: 249
--   2025: 246
--   2026: 246
--   2027: 247

-- 2012
insert into calendar_day (day, kind, name) values
  (date '2012-01-01', 'HOLIDAY', 'New Year'),
  (date '2012-01-02', 'HOLIDAY', 'New Year'),
  (date '2012-01-03', 'DAY_OFF', 'Day off moved from Sun 2012-01-01 (New Year)'),
  (date '2012-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2012-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2012-03-09', 'DAY_OFF', 'Day off moved from Sun 2012-03-11 by Government decree (International Women''s Day bridge)'),
  (date '2012-03-11', 'WORKING_DAY', 'Working day: its day off moved to Fri 2012-03-09 by Government decree (International Women''s Day bridge)'),
  (date '2012-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2012-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2012-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2012-04-28', 'WORKING_DAY', 'Working day: its day off moved to Mon 2012-04-30 by Government decree (Unity Day bridge)'),
  (date '2012-04-30', 'DAY_OFF', 'Day off moved from Sat 2012-04-28 by Government decree (Unity Day bridge)'),
  (date '2012-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2012-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2012-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2012-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2012-10-26', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2012-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2012-12-03', 'DAY_OFF', 'Day off moved from Sat 2012-12-01 (First President''s Day)'),
  (date '2012-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2012-12-17', 'HOLIDAY', 'Independence Day'),
  (date '2012-12-18', 'DAY_OFF', 'Day off moved from Sun 2012-12-16 (Independence Day)'),
  (date '2012-12-29', 'WORKING_DAY', 'Working day: its day off moved to Mon 2012-12-31 by Government decree (New Year bridge)'),
  (date '2012-12-31', 'DAY_OFF', 'Day off moved from Sat 2012-12-29 by Government decree (New Year bridge)');

-- 2013
insert into calendar_day (day, kind, name) values
  (date '2013-01-01', 'HOLIDAY', 'New Year'),
  (date '2013-01-02', 'HOLIDAY', 'New Year'),
  (date '2013-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2013-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2013-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2013-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2013-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2013-03-25', 'DAY_OFF', 'Day off moved from Sat 2013-03-23 (Nauryz)'),
  (date '2013-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2013-05-04', 'WORKING_DAY', 'Working day: its day off moved to Fri 2013-05-10 by Government decree (Victory Day bridge)'),
  (date '2013-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2013-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2013-05-10', 'DAY_OFF', 'Day off moved from Sat 2013-05-04 by Government decree (Victory Day bridge)'),
  (date '2013-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2013-07-08', 'DAY_OFF', 'Day off moved from Sat 2013-07-06 (Capital Day)'),
  (date '2013-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2013-10-12', 'WORKING_DAY', 'Working day: its day off moved to Mon 2013-10-14 by Government decree (Kurban Ait bridge)'),
  (date '2013-10-14', 'DAY_OFF', 'Day off moved from Sat 2013-10-12 by Government decree (Kurban Ait bridge)'),
  (date '2013-10-15', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2013-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2013-12-02', 'DAY_OFF', 'Day off moved from Sun 2013-12-01 (First President''s Day)'),
  (date '2013-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2013-12-17', 'HOLIDAY', 'Independence Day'),
  (date '2013-12-28', 'WORKING_DAY', 'Working day: its day off moved to Fri 2014-01-03 by Government decree (New Year bridge)');

-- 2014
insert into calendar_day (day, kind, name) values
  (date '2014-01-01', 'HOLIDAY', 'New Year'),
  (date '2014-01-02', 'HOLIDAY', 'New Year'),
  (date '2014-01-03', 'DAY_OFF', 'Day off moved from Sat 2013-12-28 by Government decree (New Year bridge)'),
  (date '2014-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2014-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2014-03-10', 'DAY_OFF', 'Day off moved from Sat 2014-03-08 (International Women''s Day)'),
  (date '2014-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2014-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2014-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2014-03-24', 'DAY_OFF', 'Day off moved from Sat 2014-03-22 (Nauryz)'),
  (date '2014-03-25', 'DAY_OFF', 'Day off moved from Sun 2014-03-23 (Nauryz)'),
  (date '2014-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2014-05-02', 'DAY_OFF', 'Day off moved from Sun 2014-05-04 by Government decree (Unity Day bridge)'),
  (date '2014-05-04', 'WORKING_DAY', 'Working day: its day off moved to Fri 2014-05-02 by Government decree (Unity Day bridge)'),
  (date '2014-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2014-05-08', 'DAY_OFF', 'Day off moved from Sun 2014-05-11 by Government decree (Victory Day bridge)'),
  (date '2014-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2014-05-11', 'WORKING_DAY', 'Working day: its day off moved to Thu 2014-05-08 by Government decree (Victory Day bridge)'),
  (date '2014-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2014-07-07', 'DAY_OFF', 'Day off moved from Sun 2014-07-06 (Capital Day)'),
  (date '2014-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2014-09-01', 'DAY_OFF', 'Day off moved from Sat 2014-08-30 (Constitution Day)'),
  (date '2014-10-04', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2014-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2014-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2014-12-17', 'HOLIDAY', 'Independence Day');

-- 2015
insert into calendar_day (day, kind, name) values
  (date '2015-01-01', 'HOLIDAY', 'New Year'),
  (date '2015-01-02', 'HOLIDAY', 'New Year'),
  (date '2015-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2015-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2015-03-09', 'DAY_OFF', 'Day off moved from Sun 2015-03-08 (International Women''s Day)'),
  (date '2015-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2015-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2015-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2015-03-24', 'DAY_OFF', 'Day off moved from Sat 2015-03-21 (Nauryz)'),
  (date '2015-03-25', 'DAY_OFF', 'Day off moved from Sun 2015-03-22 (Nauryz)'),
  (date '2015-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2015-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2015-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2015-05-11', 'DAY_OFF', 'Day off moved from Sat 2015-05-09 (Victory Day)'),
  (date '2015-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2015-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2015-08-31', 'DAY_OFF', 'Day off moved from Sun 2015-08-30 (Constitution Day)'),
  (date '2015-09-24', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2015-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2015-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2015-12-17', 'HOLIDAY', 'Independence Day');

-- 2016
insert into calendar_day (day, kind, name) values
  (date '2016-01-01', 'HOLIDAY', 'New Year'),
  (date '2016-01-02', 'HOLIDAY', 'New Year'),
  (date '2016-01-04', 'DAY_OFF', 'Day off moved from Sat 2016-01-02 (New Year)'),
  (date '2016-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2016-03-05', 'WORKING_DAY', 'Working day: its day off moved to Mon 2016-03-07 by Government decree (International Women''s Day bridge)'),
  (date '2016-03-07', 'DAY_OFF', 'Day off moved from Sat 2016-03-05 by Government decree (International Women''s Day bridge)'),
  (date '2016-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2016-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2016-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2016-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2016-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2016-05-02', 'DAY_OFF', 'Day off moved from Sun 2016-05-01 (Kazakhstan People''s Unity Day)'),
  (date '2016-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2016-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2016-05-10', 'DAY_OFF', 'Day off moved from Sat 2016-05-07 (Defender of the Fatherland Day)'),
  (date '2016-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2016-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2016-09-12', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2016-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2016-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2016-12-17', 'HOLIDAY', 'Independence Day'),
  (date '2016-12-19', 'DAY_OFF', 'Day off moved from Sat 2016-12-17 (Independence Day)');

-- 2017
insert into calendar_day (day, kind, name) values
  (date '2017-01-01', 'HOLIDAY', 'New Year'),
  (date '2017-01-02', 'HOLIDAY', 'New Year'),
  (date '2017-01-03', 'DAY_OFF', 'Day off moved from Sun 2017-01-01 (New Year)'),
  (date '2017-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2017-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2017-03-18', 'WORKING_DAY', 'Working day: its day off moved to Mon 2017-03-20 by Government decree (Nauryz bridge)'),
  (date '2017-03-20', 'DAY_OFF', 'Day off moved from Sat 2017-03-18 by Government decree (Nauryz bridge)'),
  (date '2017-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2017-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2017-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2017-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2017-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2017-05-08', 'DAY_OFF', 'Day off moved from Sun 2017-05-07 (Defender of the Fatherland Day)'),
  (date '2017-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2017-07-01', 'WORKING_DAY', 'Working day: its day off moved to Fri 2017-07-07 by Government decree (Capital Day bridge)'),
  (date '2017-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2017-07-07', 'DAY_OFF', 'Day off moved from Sat 2017-07-01 by Government decree (Capital Day bridge)'),
  (date '2017-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2017-09-01', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2017-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2017-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2017-12-17', 'HOLIDAY', 'Independence Day'),
  (date '2017-12-18', 'DAY_OFF', 'Day off moved from Sat 2017-12-16 (Independence Day)'),
  (date '2017-12-19', 'DAY_OFF', 'Day off moved from Sun 2017-12-17 (Independence Day)');

-- 2018
insert into calendar_day (day, kind, name) values
  (date '2018-01-01', 'HOLIDAY', 'New Year'),
  (date '2018-01-02', 'HOLIDAY', 'New Year'),
  (date '2018-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2018-03-03', 'WORKING_DAY', 'Working day: its day off moved to Fri 2018-03-09 by Government decree (International Women''s Day bridge)'),
  (date '2018-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2018-03-09', 'DAY_OFF', 'Day off moved from Sat 2018-03-03 by Government decree (International Women''s Day bridge)'),
  (date '2018-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2018-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2018-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2018-04-28', 'WORKING_DAY', 'Working day: its day off moved to Mon 2018-04-30 by Government decree (Unity Day bridge)'),
  (date '2018-04-30', 'DAY_OFF', 'Day off moved from Sat 2018-04-28 by Government decree (Unity Day bridge)'),
  (date '2018-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2018-05-05', 'WORKING_DAY', 'Working day: its day off moved to Tue 2018-05-08 by Government decree (Victory Day bridge)'),
  (date '2018-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2018-05-08', 'DAY_OFF', 'Day off moved from Sat 2018-05-05 by Government decree (Victory Day bridge)'),
  (date '2018-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2018-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2018-08-21', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2018-08-25', 'WORKING_DAY', 'Working day: its day off moved to Fri 2018-08-31 by Government decree (Constitution Day bridge)'),
  (date '2018-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2018-08-31', 'DAY_OFF', 'Day off moved from Sat 2018-08-25 by Government decree (Constitution Day bridge)'),
  (date '2018-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2018-12-03', 'DAY_OFF', 'Day off moved from Sat 2018-12-01 (First President''s Day)'),
  (date '2018-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2018-12-17', 'HOLIDAY', 'Independence Day'),
  (date '2018-12-18', 'DAY_OFF', 'Day off moved from Sun 2018-12-16 (Independence Day)'),
  (date '2018-12-29', 'WORKING_DAY', 'Working day: its day off moved to Mon 2018-12-31 by Government decree (New Year bridge)'),
  (date '2018-12-31', 'DAY_OFF', 'Day off moved from Sat 2018-12-29 by Government decree (New Year bridge)');

-- 2019
insert into calendar_day (day, kind, name) values
  (date '2019-01-01', 'HOLIDAY', 'New Year'),
  (date '2019-01-02', 'HOLIDAY', 'New Year'),
  (date '2019-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2019-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2019-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2019-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2019-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2019-03-25', 'DAY_OFF', 'Day off moved from Sat 2019-03-23 (Nauryz)'),
  (date '2019-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2019-05-04', 'WORKING_DAY', 'Working day: its day off moved to Fri 2019-05-10 by Government decree (Victory Day bridge)'),
  (date '2019-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2019-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2019-05-10', 'DAY_OFF', 'Day off moved from Sat 2019-05-04 by Government decree (Victory Day bridge)'),
  (date '2019-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2019-07-08', 'DAY_OFF', 'Day off moved from Sat 2019-07-06 (Capital Day)'),
  (date '2019-08-11', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2019-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2019-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2019-12-02', 'DAY_OFF', 'Day off moved from Sun 2019-12-01 (First President''s Day)'),
  (date '2019-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2019-12-17', 'HOLIDAY', 'Independence Day');

-- 2020
insert into calendar_day (day, kind, name) values
  (date '2020-01-01', 'HOLIDAY', 'New Year'),
  (date '2020-01-02', 'HOLIDAY', 'New Year'),
  (date '2020-01-03', 'DAY_OFF', 'Day off moved from Sun 2020-01-05 by Government decree (New Year bridge)'),
  (date '2020-01-05', 'WORKING_DAY', 'Working day: its day off moved to Fri 2020-01-03 by Government decree (New Year bridge)'),
  (date '2020-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2020-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2020-03-09', 'DAY_OFF', 'Day off moved from Sun 2020-03-08 (International Women''s Day)'),
  (date '2020-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2020-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2020-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2020-03-24', 'DAY_OFF', 'Day off moved from Sat 2020-03-21 (Nauryz)'),
  (date '2020-03-25', 'DAY_OFF', 'Day off moved from Sun 2020-03-22 (Nauryz)'),
  (date '2020-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2020-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2020-05-08', 'DAY_OFF', 'Day off moved from Sat 2020-05-09 (Victory Day) to the preceding Friday by Government decree'),
  (date '2020-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2020-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2020-07-31', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2020-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2020-08-31', 'DAY_OFF', 'Day off moved from Sun 2020-08-30 (Constitution Day)'),
  (date '2020-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2020-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2020-12-17', 'HOLIDAY', 'Independence Day'),
  (date '2020-12-18', 'DAY_OFF', 'Day off moved from Sun 2020-12-20 by Government decree (Independence Day bridge)'),
  (date '2020-12-20', 'WORKING_DAY', 'Working day: its day off moved to Fri 2020-12-18 by Government decree (Independence Day bridge)');

-- 2021
insert into calendar_day (day, kind, name) values
  (date '2021-01-01', 'HOLIDAY', 'New Year'),
  (date '2021-01-02', 'HOLIDAY', 'New Year'),
  (date '2021-01-04', 'DAY_OFF', 'Day off moved from Sat 2021-01-02 (New Year)'),
  (date '2021-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2021-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2021-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2021-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2021-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2021-03-24', 'DAY_OFF', 'Day off moved from Sun 2021-03-21 (Nauryz)'),
  (date '2021-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2021-05-03', 'DAY_OFF', 'Day off moved from Sat 2021-05-01 (Kazakhstan People''s Unity Day)'),
  (date '2021-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2021-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2021-05-10', 'DAY_OFF', 'Day off moved from Sun 2021-05-09 (Victory Day)'),
  (date '2021-07-03', 'WORKING_DAY', 'Working day: its day off moved to Mon 2021-07-05 by Government decree (Capital Day bridge)'),
  (date '2021-07-05', 'DAY_OFF', 'Day off moved from Sat 2021-07-03 by Government decree (Capital Day bridge)'),
  (date '2021-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2021-07-20', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2021-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2021-12-01', 'HOLIDAY', 'First President''s Day'),
  (date '2021-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2021-12-17', 'HOLIDAY', 'Independence Day');

-- 2022
insert into calendar_day (day, kind, name) values
  (date '2022-01-01', 'HOLIDAY', 'New Year'),
  (date '2022-01-02', 'HOLIDAY', 'New Year'),
  (date '2022-01-03', 'DAY_OFF', 'Day off moved from Sat 2022-01-01 (New Year)'),
  (date '2022-01-04', 'DAY_OFF', 'Day off moved from Sun 2022-01-02 (New Year)'),
  (date '2022-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2022-03-05', 'WORKING_DAY', 'Working day: its day off moved to Mon 2022-03-07 by Government decree (International Women''s Day bridge)'),
  (date '2022-03-07', 'DAY_OFF', 'Day off moved from Sat 2022-03-05 by Government decree (International Women''s Day bridge)'),
  (date '2022-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2022-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2022-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2022-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2022-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2022-05-02', 'DAY_OFF', 'Day off moved from Sun 2022-05-01 (Kazakhstan People''s Unity Day)'),
  (date '2022-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2022-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2022-05-10', 'DAY_OFF', 'Day off moved from Sat 2022-05-07 (Defender of the Fatherland Day)'),
  (date '2022-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2022-07-09', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2022-08-27', 'WORKING_DAY', 'Working day: its day off moved to Mon 2022-08-29 by Government decree (Constitution Day bridge)'),
  (date '2022-08-29', 'DAY_OFF', 'Day off moved from Sat 2022-08-27 by Government decree (Constitution Day bridge)'),
  (date '2022-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2022-10-22', 'WORKING_DAY', 'Working day: its day off moved to Mon 2022-10-24 by Government decree (Republic Day bridge)'),
  (date '2022-10-24', 'DAY_OFF', 'Day off moved from Sat 2022-10-22 by Government decree (Republic Day bridge)'),
  (date '2022-10-25', 'HOLIDAY', 'Republic Day'),
  (date '2022-12-16', 'HOLIDAY', 'Independence Day');

-- 2023
insert into calendar_day (day, kind, name) values
  (date '2023-01-01', 'HOLIDAY', 'New Year'),
  (date '2023-01-02', 'HOLIDAY', 'New Year'),
  (date '2023-01-03', 'DAY_OFF', 'Day off moved from Sun 2023-01-01 (New Year)'),
  (date '2023-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2023-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2023-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2023-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2023-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2023-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2023-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2023-05-08', 'DAY_OFF', 'Day off moved from Sun 2023-05-07 (Defender of the Fatherland Day)'),
  (date '2023-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2023-06-28', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2023-07-01', 'WORKING_DAY', 'Working day: its day off moved to Fri 2023-07-07 by Government decree (Capital Day bridge)'),
  (date '2023-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2023-07-07', 'DAY_OFF', 'Day off moved from Sat 2023-07-01 by Government decree (Capital Day bridge)'),
  (date '2023-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2023-10-25', 'HOLIDAY', 'Republic Day'),
  (date '2023-12-16', 'HOLIDAY', 'Independence Day'),
  (date '2023-12-18', 'DAY_OFF', 'Day off moved from Sat 2023-12-16 (Independence Day)');

-- 2024
insert into calendar_day (day, kind, name) values
  (date '2024-01-01', 'HOLIDAY', 'New Year'),
  (date '2024-01-02', 'HOLIDAY', 'New Year'),
  (date '2024-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2024-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2024-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2024-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2024-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2024-03-25', 'DAY_OFF', 'Day off moved from Sat 2024-03-23 (Nauryz)'),
  (date '2024-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2024-05-04', 'WORKING_DAY', 'Working day: its day off moved to Wed 2024-05-08 by order of the Ministry of Labour and Social Protection (Defender of the Fatherland Day / Victory Day bridge)'),
  (date '2024-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2024-05-08', 'DAY_OFF', 'Day off moved from Sat 2024-05-04 by order of the Ministry of Labour and Social Protection (Defender of the Fatherland Day / Victory Day bridge)'),
  (date '2024-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2024-06-16', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2024-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2024-07-08', 'DAY_OFF', 'Day off moved from Sat 2024-07-06 (Capital Day)'),
  (date '2024-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2024-10-25', 'HOLIDAY', 'Republic Day'),
  (date '2024-12-16', 'HOLIDAY', 'Independence Day');

-- 2025
insert into calendar_day (day, kind, name) values
  (date '2025-01-01', 'HOLIDAY', 'New Year'),
  (date '2025-01-02', 'HOLIDAY', 'New Year'),
  (date '2025-01-03', 'DAY_OFF', 'Day off moved from Sun 2025-01-05 by order of the Ministry of Labour and Social Protection (New Year bridge)'),
  (date '2025-01-05', 'WORKING_DAY', 'Working day: its day off moved to Fri 2025-01-03 by order of the Ministry of Labour and Social Protection (New Year bridge)'),
  (date '2025-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2025-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2025-03-10', 'DAY_OFF', 'Day off moved from Sat 2025-03-08 (International Women''s Day)'),
  (date '2025-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2025-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2025-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2025-03-24', 'DAY_OFF', 'Day off moved from Sat 2025-03-22 (Nauryz)'),
  (date '2025-03-25', 'DAY_OFF', 'Day off moved from Sun 2025-03-23 (Nauryz)'),
  (date '2025-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2025-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2025-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2025-06-06', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved)'),
  (date '2025-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2025-07-07', 'DAY_OFF', 'Day off moved from Sun 2025-07-06 (Capital Day)'),
  (date '2025-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2025-09-01', 'DAY_OFF', 'Day off moved from Sat 2025-08-30 (Constitution Day)'),
  (date '2025-10-25', 'HOLIDAY', 'Republic Day'),
  (date '2025-10-27', 'DAY_OFF', 'Day off moved from Sat 2025-10-25 (Republic Day)'),
  (date '2025-12-16', 'HOLIDAY', 'Independence Day');

-- 2026
insert into calendar_day (day, kind, name) values
  (date '2026-01-01', 'HOLIDAY', 'New Year'),
  (date '2026-01-02', 'HOLIDAY', 'New Year'),
  (date '2026-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2026-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2026-03-09', 'DAY_OFF', 'Day off moved from Sun 2026-03-08 (International Women''s Day)'),
  (date '2026-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2026-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2026-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2026-03-24', 'DAY_OFF', 'Day off moved from Sat 2026-03-21 (Nauryz)'),
  (date '2026-03-25', 'DAY_OFF', 'Day off moved from Sun 2026-03-22 (Nauryz)'),
  (date '2026-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2026-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2026-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2026-05-11', 'DAY_OFF', 'Day off moved from Sat 2026-05-09 (Victory Day)'),
  (date '2026-05-27', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved; date announced by the Spiritual Administration of Muslims, may shift by a day)'),
  (date '2026-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2026-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2026-08-31', 'DAY_OFF', 'Day off moved from Sun 2026-08-30 (Constitution Day)'),
  (date '2026-10-25', 'HOLIDAY', 'Republic Day'),
  (date '2026-10-26', 'DAY_OFF', 'Day off moved from Sun 2026-10-25 (Republic Day)'),
  (date '2026-12-16', 'HOLIDAY', 'Independence Day');

-- 2027
insert into calendar_day (day, kind, name) values
  (date '2027-01-01', 'HOLIDAY', 'New Year'),
  (date '2027-01-02', 'HOLIDAY', 'New Year'),
  (date '2027-01-04', 'DAY_OFF', 'Day off moved from Sat 2027-01-02 (New Year)'),
  (date '2027-01-07', 'HOLIDAY', 'Orthodox Christmas (religious holiday, not moved)'),
  (date '2027-03-08', 'HOLIDAY', 'International Women''s Day'),
  (date '2027-03-21', 'HOLIDAY', 'Nauryz'),
  (date '2027-03-22', 'HOLIDAY', 'Nauryz'),
  (date '2027-03-23', 'HOLIDAY', 'Nauryz'),
  (date '2027-03-24', 'DAY_OFF', 'Day off moved from Sun 2027-03-21 (Nauryz)'),
  (date '2027-05-01', 'HOLIDAY', 'Kazakhstan People''s Unity Day'),
  (date '2027-05-03', 'DAY_OFF', 'Day off moved from Sat 2027-05-01 (Kazakhstan People''s Unity Day)'),
  (date '2027-05-07', 'HOLIDAY', 'Defender of the Fatherland Day'),
  (date '2027-05-09', 'HOLIDAY', 'Victory Day'),
  (date '2027-05-10', 'DAY_OFF', 'Day off moved from Sun 2027-05-09 (Victory Day)'),
  (date '2027-05-16', 'HOLIDAY', 'Kurban Ait, first day (religious holiday, not moved; estimated from the lunar calendar, confirm when announced)'),
  (date '2027-07-06', 'HOLIDAY', 'Capital Day'),
  (date '2027-08-30', 'HOLIDAY', 'Constitution Day'),
  (date '2027-10-25', 'HOLIDAY', 'Republic Day'),
  (date '2027-12-16', 'HOLIDAY', 'Independence Day');
