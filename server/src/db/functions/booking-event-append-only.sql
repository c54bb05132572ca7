-- The live definition of booking_event_append_only() (first created by migrations/1764300000000-bookings.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

CREATE OR REPLACE FUNCTION booking_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'booking_event is append-only' USING ERRCODE = 'P0001';
END $$;

CREATE OR REPLACE TRIGGER booking_event_append_only_trg BEFORE UPDATE OR DELETE ON booking_event
  FOR EACH ROW EXECUTE FUNCTION booking_event_append_only();
CREATE OR REPLACE TRIGGER booking_event_no_truncate_trg BEFORE TRUNCATE ON booking_event
  FOR EACH STATEMENT EXECUTE FUNCTION booking_event_append_only();
