-- The live definition of session_cost_pence() (first created by migrations/1764600000000-booking-in-one-statement.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- The cost of one booked session in whole pence: the twin of modules/catalogue/session-cost.ts (a test checks that they
-- agree). HOUR prices are charged for the session length, rounded to the nearest penny, halves up; other units
-- once. Prices and lengths are never negative (offering's CHECKs), so integer division is the floor.
CREATE OR REPLACE FUNCTION session_cost_pence(p_price_pence integer, p_price_unit price_unit, p_session_minutes integer)
  RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN p_price_unit = 'HOUR' THEN ((p_price_pence::bigint * p_session_minutes + 30) / 60)::integer
              ELSE p_price_pence END
$$;
