-- An official cannot be in two receptions at once. The service checks this before it
-- schedules, but only the database can make the rule hold for concurrent requests and
-- for every other writer (the historical import, a hand-run script): two transactions
-- that both found the official free would otherwise both insert.
--
-- btree_gist lets one GiST index combine "same official" (=) with "overlapping time"
-- (&&). It is a trusted extension since PostgreSQL 13: the database owner may create
-- it without superuser rights. If the role that runs the migrations cannot, this
-- migration fails and the service does not start, rather than run without the rule.
create extension if not exists btree_gist;

-- tstzrange is half-open [from, until): back-to-back receptions do not overlap.
-- Cancelled receptions free the official's time.
alter table reception add constraint reception_official_no_overlap
    exclude using gist (official_id with =, tstzrange(scheduled_at, scheduled_until) with &&)
    where (status <> 'CANCELLED');

-- A reception is held on one day: a mistyped end date must not block an official for weeks.
alter table reception add constraint reception_at_most_a_day
    check (scheduled_until <= scheduled_at + interval '24 hours');
