-- B2: the single-row insert of an appeal, as the service writes it, into the real table with
-- all its indexes (and whatever triggers the schema has). pgbench -f bench/sql/insert.sql.
-- Rows are marked by registration_number 'B2-...' and ids from bench_b2_seq (far above the
-- register's), and are deleted after the baseline.
\set d random(1, 14)
\set t random(1, 12)
insert into appeal (id, registration_number, channel, type, topic_code, district_code, text,
                    applicant_kind, applicant_name, applicant_iin, applicant_phone, applicant_groups,
                    received_at, registered_at, registered_on, due_on, status,
                    redirect_required, redirected_late, extended, created_by,
                    overdue_notified, due_soon_notified, version)
values (nextval('bench_b2_seq'), 'B2-' || currval('bench_b2_seq'), 'CALL_CENTER', 'COMPLAINT',
        (array['HOUSING_QUEUE','UTIL_HEATING','UTIL_WATER','UTIL_TARIFFS','LAND_PLOT','SOCIAL_TARGETED_AID',
               'SOCIAL_PENSIONS','HEALTH_ACCESS','EDU_KINDERGARTEN','ROADS_REPAIR','TRANSPORT_PUBLIC','EMPLOYMENT_JOBS'])[:t],
        (array['PVL','PVL','PVL','PVL','EKB','EKB','AKS','REG','PVD','IRT','BAY','SHR','USP','ZHL'])[:d],
        'No heating in building ' || :t || ' on Lomov street since Monday (pgbench ' || currval('bench_b2_seq') || ').',
        'INDIVIDUAL', 'Aigerim Sadykova', lpad(((random() * 999999999999)::bigint)::text, 12, '0'),
        '+7701' || lpad(((random() * 9999999)::int)::text, 7, '0'), '{}',
        now(), now(), current_date, current_date + 21, 'REGISTERED',
        false, false, false, 'pgbench', false, false, 0);
