-- The overlap rule guards scheduling: an official cannot be booked twice at once. Receptions
-- that come from a historical register (external_ref set) are records of what happened, often
-- with only a day or a rough hour; they are kept as recorded instead of being refused.
alter table reception drop constraint reception_official_no_overlap;

alter table reception add constraint reception_official_no_overlap
    exclude using gist (official_id with =, tstzrange(scheduled_at, scheduled_until) with &&)
    where (status <> 'CANCELLED' and external_ref is null);
