-- The live definitions of the notification outbox: notify() and the triggers that call it on booking events, moved
-- bookings, reviews, messages and budget lines (first created by migrations/1764800020000-notifications.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts). Each notification is written in the
-- transaction of its event, and queues its delivery job in the same statement (docs/messages-and-notifications.md).

-- Whether to queue jobs: graphile-worker's schema exists (it is installed next to the migrations, see
-- db/data-source.ts; the check keeps a bare database working).
CREATE OR REPLACE FUNCTION worker_ready() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT to_regnamespace('graphile_worker') IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION notify(p_user uuid, p_kind notification_kind, p_title text, p_body text, p_link text, p_event_key text)
RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE v_id uuid;
BEGIN
  IF p_user IS NULL OR current_setting('support_market.notifications', true) = 'off' THEN RETURN NULL; END IF;
  INSERT INTO notification (user_id, kind, title, body, link, event_key)
  VALUES (p_user, p_kind, left(p_title, 200), left(p_body, 2000), p_link, p_event_key)
  ON CONFLICT ON CONSTRAINT notification_event_key DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NOT NULL AND worker_ready() THEN
    PERFORM graphile_worker.add_job('deliver_notification', json_build_object('id', v_id), job_key := 'notification:' || v_id);
  END IF;
  RETURN v_id;
END $$;

-- When, in words, in UK time: "Tuesday 8 December at 10:00".
CREATE OR REPLACE FUNCTION session_words(p_at timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT to_char(p_at AT TIME ZONE 'Europe/London', 'FMDay FMDD FMMonth "at" HH24:MI')
$$;

-- At confirmation a session less than a day away gets no reminder (the confirmation is the reminder); a booking
-- moved to less than a day away is reminded at once (p_moved).
CREATE OR REPLACE FUNCTION schedule_booking_reminder(p_booking uuid, p_starts_at timestamptz, p_moved boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT worker_ready() OR current_setting('support_market.notifications', true) = 'off' THEN RETURN; END IF;
  IF p_starts_at - interval '24 hours' > now() OR (p_moved AND p_starts_at > now()) THEN
    PERFORM graphile_worker.add_job('booking_reminder', json_build_object('bookingId', p_booking),
      run_at := greatest(p_starts_at - interval '24 hours', now()), job_key := 'reminder:' || p_booking, max_attempts := 10);
  ELSE
    PERFORM graphile_worker.remove_job('reminder:' || p_booking);
  END IF;
END $$;

CREATE OR REPLACE FUNCTION booking_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  b record;
  v_key text := 'booking:' || NEW.booking_id || ':' || NEW.to_status;
  v_reason text := CASE WHEN NEW.reason IS NULL THEN '' ELSE ' The reason given: "' || NEW.reason || '".' END;
BEGIN
  SELECT bk.person_id, bk.starts_at, bk.total_pence, o.title, p.name AS provider_name, p.owner_id, u.name AS person_name
    INTO b
    FROM booking bk JOIN offering o ON o.id = bk.offering_id JOIN provider p ON p.id = bk.provider_id
    JOIN app_user u ON u.id = bk.person_id
   WHERE bk.id = NEW.booking_id;
  CASE NEW.to_status
    WHEN 'REQUESTED' THEN
      PERFORM notify(b.owner_id, 'BOOKING_REQUESTED', 'New booking request: ' || b.title,
        b.person_name || ' asked to book ' || b.title || ' on ' || session_words(b.starts_at) || '. Please confirm or decline it.',
        '/provider/bookings', v_key);
    WHEN 'CONFIRMED' THEN
      PERFORM notify(b.person_id, 'BOOKING_CONFIRMED', 'Booking confirmed: ' || b.title,
        b.provider_name || ' confirmed your booking for ' || b.title || ' on ' || session_words(b.starts_at) || '.',
        '/plan#bookings', v_key);
      PERFORM schedule_booking_reminder(NEW.booking_id, b.starts_at, false);
    WHEN 'DECLINED' THEN
      PERFORM notify(b.person_id, 'BOOKING_DECLINED', 'Booking declined: ' || b.title,
        b.provider_name || ' could not take your booking for ' || b.title || ' on ' || session_words(b.starts_at) || '.' || v_reason ||
        CASE WHEN b.total_pence > 0 THEN ' The money held for it is back in your budget.' ELSE '' END, '/plan#bookings', v_key);
    WHEN 'CANCELLED' THEN
      -- The person's side: the person, or a supporter acting for them (people's accounts only act on that side).
      IF NEW.actor_id = b.person_id OR NEW.actor_role = 'PERSON' THEN
        PERFORM notify(b.owner_id, 'BOOKING_CANCELLED', 'Booking cancelled: ' || b.title,
          b.person_name || ' cancelled their booking for ' || b.title || ' on ' || session_words(b.starts_at) || '.' || v_reason,
          '/provider/bookings', v_key);
      ELSE
        PERFORM notify(b.person_id, 'BOOKING_CANCELLED', 'Booking cancelled: ' || b.title,
          'Your booking for ' || b.title || ' on ' || session_words(b.starts_at) || ' was cancelled by ' || b.provider_name || '.' || v_reason ||
          CASE WHEN b.total_pence > 0 THEN ' The money held for it is back in your budget.' ELSE '' END, '/plan#bookings', v_key);
      END IF;
      IF worker_ready() THEN PERFORM graphile_worker.remove_job('reminder:' || NEW.booking_id); END IF;
    WHEN 'COMPLETED' THEN
      PERFORM notify(b.person_id, 'BOOKING_COMPLETED', 'How was ' || b.title || '?',
        b.provider_name || ' marked your session on ' || session_words(b.starts_at) || ' as done. You can leave a review to help others choose.',
        '/plan#bookings', v_key);
    ELSE
      NULL; -- a no-show is recorded, not announced
  END CASE;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER booking_event_notify_trg AFTER INSERT ON booking_event FOR EACH ROW EXECUTE FUNCTION booking_event_notify();

-- A booking whose time moves (its slot was moved) takes its reminder with it.
CREATE OR REPLACE FUNCTION booking_moved_reminder() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'CONFIRMED' THEN PERFORM schedule_booking_reminder(NEW.id, NEW.starts_at, true); END IF;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER booking_moved_reminder_trg AFTER UPDATE OF starts_at ON booking FOR EACH ROW
  WHEN (NEW.starts_at IS DISTINCT FROM OLD.starts_at) EXECUTE FUNCTION booking_moved_reminder();

CREATE OR REPLACE FUNCTION review_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  SELECT p.owner_id, o.title INTO r FROM provider p JOIN offering o ON o.id = NEW.offering_id WHERE p.id = NEW.provider_id;
  PERFORM notify(r.owner_id, 'REVIEW_RECEIVED', 'New review: ' || r.title,
    'Someone who came to ' || r.title || ' rated it ' || NEW.rating || ' out of 5.', '/providers/' || NEW.provider_id, 'review:' || NEW.id);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER review_notify_trg AFTER INSERT ON review FOR EACH ROW EXECUTE FUNCTION review_notify();

CREATE OR REPLACE FUNCTION message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE c record;
BEGIN
  SELECT person_id, provider_owner_id INTO c FROM conversation WHERE id = NEW.conversation_id;
  PERFORM notify(CASE WHEN NEW.from_provider THEN c.person_id ELSE c.provider_owner_id END, 'MESSAGE_RECEIVED',
    'New message from ' || NEW.sender_name,
    CASE WHEN length(NEW.body) > 300 THEN left(NEW.body, 300) || '...' ELSE NEW.body END,
    '/messages/' || NEW.conversation_id, 'message:' || NEW.id);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER message_notify_trg AFTER INSERT ON message FOR EACH ROW EXECUTE FUNCTION message_notify();

-- Money put in or taken out of a budget (not the holds and spends of bookings, which have their own news).
CREATE OR REPLACE FUNCTION budget_ledger_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_person uuid;
BEGIN
  SELECT sp.person_id INTO v_person FROM budget bu JOIN support_plan sp ON sp.id = bu.plan_id WHERE bu.id = NEW.budget_id;
  PERFORM notify(v_person, 'BUDGET_CHANGED',
    CASE WHEN NEW.kind = 'ALLOCATION' THEN 'Money added to your budget' ELSE 'Your budget has changed' END,
    CASE WHEN NEW.amount_pence >= 0 THEN to_char(NEW.amount_pence / 100.0, 'FM£999,999,990.00') || ' was added to your budget.'
         ELSE to_char(-NEW.amount_pence / 100.0, 'FM£999,999,990.00') || ' was taken off your budget.' END
      || CASE WHEN NEW.note IS NULL THEN '' ELSE ' Note: "' || NEW.note || '".' END,
    '/plan#budgets', 'ledger:' || NEW.id);
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER budget_ledger_notify_trg AFTER INSERT ON budget_ledger FOR EACH ROW
  WHEN (NEW.kind IN ('ALLOCATION', 'ADJUSTMENT')) EXECUTE FUNCTION budget_ledger_notify();
