-- The journal of a reception (who scheduled, held or cancelled it, and when) is an
-- audit record: like the appeal timeline, rows are only ever inserted.
create function reception_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'reception events are never changed or deleted';
end $$;
create trigger reception_event_append_only before update or delete on reception_event
    for each row execute function reception_event_is_append_only();

-- The region-wide list (supervisors without a district, administrators) pages by time
-- without a district prefix; reception_district_time serves the scoped lists.
create index reception_time on reception (scheduled_at, id);
