-- EXPLAIN (ANALYZE, BUFFERS) of the statements one registration (POST /api/v1/appeals, a call-center
-- appeal with a phone) sends, in the order the service sends them, inside a transaction that is
-- rolled back. bench/intake/run runs it on its database after the load, so the tables hold the
-- appeals the run registered. The serial draws one number of a sequence made for the bench.
begin;
\echo '-- 1. the calendar version (once per transaction)'
explain (analyze, buffers, costs off, timing on) select version from calendar_version;
\echo '-- 2. the catalogues version (once per transaction)'
explain (analyze, buffers, costs off, timing on) select version from catalogue_version;
\echo '-- 3. an earlier appeal of the same applicant on the same topic within 12 months (repeat link)'
explain (analyze, buffers, costs off, timing on)
select id from appeal where applicant_phone = '+77020000001' and topic_code = 'UTIL_HEATING'
   and registered_at >= now() - interval '12 months' and registered_at <= now()
 order by registered_at desc, id desc limit 1;
\echo '-- 4. the registration serial of (year, district)'
explain (analyze, buffers, costs off, timing on) select s from registration_serials(extract(year from now())::int, 'PVL', 1) s;
\echo '-- 5. the appeal row (indexes, the statistics trigger)'
explain (analyze, buffers, costs off, timing on)
insert into appeal (id, registration_number, channel, type, topic_code, district_code, text,
                    applicant_kind, applicant_name, applicant_phone, applicant_groups,
                    received_at, registered_at, registered_on, due_on, status,
                    redirect_required, redirected_late, extended, created_by,
                    overdue_notified, due_soon_notified, version)
values (nextval('bench_b2_seq'), 'EXPLAIN-' || currval('bench_b2_seq'), 'CALL_CENTER', 'COMPLAINT', 'UTIL_HEATING', 'PVL',
        'No heating in building 12 on Lenin street since Monday.', 'INDIVIDUAL', 'Marat Ospanov', '+77020000001', '{}',
        now(), now(), current_date, current_date + 21, 'REGISTERED', false, false, false, 'operator', false, false, 0);
\echo '-- 6. the first timeline entry'
explain (analyze, buffers, costs off, timing on)
insert into appeal_event (id, appeal_id, occurred_at, actor, actor_role, kind, public_entry, status_before, status_after, note)
values (nextval('bench_b2_seq'), currval('bench_b2_seq') - 1, now(), 'operator', 'operator', 'REGISTERED', true, null, 'REGISTERED',
        'Registered under number X; answer due by Y');
rollback;
