-- The live definition of concern_event_notify() (first created by migrations/1765400000000-safety.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).
-- Every step of a concern is a concern_event row; the notifications are written in its transaction (the outbox of
-- migrations/1764800020000-notifications.ts). Raised: every admin and the commissioners of the concern's areas
-- (concern_area, written by the same statement), at once. Each later step: the person who raised it, if signed in.
-- Nothing here tells the provider, and no notification names who raised it.
CREATE OR REPLACE FUNCTION concern_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c record;
  u record;
BEGIN
  SELECT k.id, k.raised_by, k.outcome, p.name AS provider_name, o.title AS offering_title
    INTO c
    FROM concern k JOIN provider p ON p.id = k.provider_id LEFT JOIN offering o ON o.id = k.offering_id
   WHERE k.id = NEW.concern_id;
  IF NEW.to_status = 'RECEIVED' THEN
    FOR u IN SELECT a.id FROM app_user a WHERE a.role = 'ADMIN' -- app_user_staff_idx
             UNION
             SELECT a.id FROM app_user a JOIN (SELECT DISTINCT local_authority_code FROM concern_area WHERE concern_id = c.id) ca
                    ON ca.local_authority_code = a.local_authority_code
              WHERE a.role = 'COMMISSIONER' LOOP
      PERFORM notify(u.id, 'CONCERN_RAISED', 'New concern about ' || c.provider_name,
        'A concern was raised about ' || c.provider_name || coalesce(' (' || c.offering_title || ')', '') ||
        '. Please acknowledge it within one working day.', '/admin/concerns/' || c.id, 'concern:' || c.id || ':raised');
    END LOOP;
  ELSE
    PERFORM notify(c.raised_by, 'CONCERN_UPDATED', 'Your concern about ' || c.provider_name || ': ' || lower(NEW.to_status::text),
      CASE NEW.to_status
        WHEN 'ACKNOWLEDGED' THEN 'Your concern about ' || c.provider_name || ' has been read by someone who will act on it.'
        WHEN 'INVESTIGATING' THEN 'Your concern about ' || c.provider_name || ' is being investigated.'
        ELSE 'Your concern about ' || c.provider_name || ' is closed. The outcome: ' || coalesce(c.outcome, NEW.note, '')
      END, '/concerns', 'concern:' || c.id || ':' || NEW.to_status);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER concern_event_notify_trg AFTER INSERT ON concern_event FOR EACH ROW EXECUTE FUNCTION concern_event_notify();
