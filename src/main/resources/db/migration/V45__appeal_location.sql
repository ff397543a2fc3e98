-- Where the problem is, when the applicant says so: a point (WGS84 latitude and longitude, both or
-- neither) and/or the address in words. Optional on every channel; the service checks that a point
-- lies within the region's configured bounds (appeals.region.bounds), the database that it is a
-- point on Earth at all.
alter table appeal
    add column location_lat     double precision,
    add column location_long    double precision,
    add column location_address varchar(500),
    add constraint appeal_location_point
        check ((location_lat is null) = (location_long is null)
               and (location_lat is null or location_lat between -90 and 90 and location_long between -180 and 180)),
    add constraint appeal_location_address_not_blank
        check (location_address is null or length(btrim(location_address)) > 0);

-- The Open311 client (by its name at the time) through whose key an appeal was filed; null for
-- appeals of the service's own channels.
alter table appeal add column open311_client varchar(100);
create index appeal_open311_received on appeal (received_at, id) where open311_client is not null;
