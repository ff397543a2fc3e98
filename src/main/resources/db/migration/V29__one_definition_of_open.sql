-- stats_resolved() was a second definition of "open": the statistics now ask
-- appeal_status_is_open() (R__appeal_status.sql), and their current code is R__statistics.sql,
-- which Flyway applies right after this migration.
drop function stats_resolved(varchar);
