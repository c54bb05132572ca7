-- The live definition of offering_reach_areas() (first created by migrations/1764610000000-offering-reach.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- The local authorities an in-person offering based at (latitude, longitude) reaches: each district's own council
-- and, for shire districts, the county that commissions its care (changed by 1764900000000-commissioning-authorities). An inlinable SQL function:
-- the backfill and the triggers join it like a subquery.
CREATE OR REPLACE FUNCTION offering_reach_areas(p_latitude double precision, p_longitude double precision,
    p_service_radius_km double precision, p_service_area circle)
  RETURNS SETOF text LANGUAGE sql STABLE AS $$
  SELECT DISTINCT a.code FROM postcode_district d -- postcode_district_area_gist
    CROSS JOIN LATERAL (VALUES (d.local_authority_code), (d.commissioning_authority_code)) a(code)
  WHERE p_service_area @> circle(point((d.longitude + 2) * 65.43, d.latitude * 111.2), 0)
    AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(d.latitude - p_latitude) / 2), 2)
        + cos(radians(p_latitude)) * cos(radians(d.latitude)) * power(sin(radians(d.longitude - p_longitude) / 2), 2)))) <= p_service_radius_km
$$;
