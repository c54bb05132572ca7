import { MigrationInterface, QueryRunner } from 'typeorm';

// Notifications as a transactional outbox (issue 14). Every event someone should hear about writes its notification
// row in the event's own transaction, here by triggers on the rows that record the event (booking_event, review,
// message, budget_ledger): the booking lifecycle runs inside request_booking()/move_booking(), and a trigger on the
// one table every change appends to is the single place that sees each change exactly once, whoever makes it.
// (user_id, event_key) is unique, so one event notifies each person once even if a trigger ran twice.
//
// Delivery is graphile-worker's: notify() adds a 'deliver_notification' job (job key 'notification:<id>') in the
// same transaction, so the job exists if and only if the event committed. If graphile-worker's schema is not there
// yet (a database migrated before any worker ran) the row still commits and the worker's sweep enqueues it on start.
// Reminders are jobs too: 'booking_reminder' with job key 'reminder:<booking id>', scheduled when a booking is
// confirmed, moved when its time moves and removed when it is declined or cancelled.
//
// Bulk loads (the seeder) set support_market.notifications = 'off' for their sessions: a demo market's history must
// not email thousands of people.
export class Notifications1764800020000 implements MigrationInterface {
  name = 'Notifications1764800020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE notification_kind AS ENUM ('BOOKING_REQUESTED','BOOKING_CONFIRMED','BOOKING_DECLINED','BOOKING_CANCELLED',
        'BOOKING_COMPLETED','BOOKING_REMINDER','MESSAGE_RECEIVED','REVIEW_RECEIVED','BUDGET_CHANGED','SUPPORTER_INVITED',
        'CONCERN_RAISED','CONCERN_UPDATED','VERIFICATION_EXPIRING','PASSWORD_RESET');
      CREATE TYPE email_status AS ENUM ('PENDING','SENT','SKIPPED');

      CREATE TABLE notification_preference (
        user_id uuid PRIMARY KEY REFERENCES app_user(id),
        email boolean NOT NULL DEFAULT true,
        reminders boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        kind notification_kind NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        link text CHECK (link ~ '^/'),
        event_key text NOT NULL CHECK (length(event_key) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        -- The email's own state: the idempotency record. SENT is written in the transaction that holds the row lock
        -- while the message goes to the SMTP server (see deliver-notification.task.ts).
        email_status email_status NOT NULL DEFAULT 'PENDING',
        emailed_at timestamptz,
        email_attempts integer NOT NULL DEFAULT 0,
        CONSTRAINT notification_event_key UNIQUE (user_id, event_key)
      );
      -- notifications keyset, newest first; the unread badge; the worker's sweep of emails still to send.
      CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC);
      CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;
      CREATE INDEX notification_pending_idx ON notification (created_at) WHERE email_status = 'PENDING';

      -- Whether to queue jobs: graphile-worker's schema exists (it is installed next to the migrations, see
      -- db/data-source.ts; the check keeps a bare database working).
      CREATE FUNCTION worker_ready() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT to_regnamespace('graphile_worker') IS NOT NULL
      $$;

      CREATE FUNCTION notify(p_user uuid, p_kind notification_kind, p_title text, p_body text, p_link text, p_event_key text)
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
      CREATE FUNCTION session_words(p_at timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT to_char(p_at AT TIME ZONE 'Europe/London', 'FMDay FMDD FMMonth "at" HH24:MI')
      $$;

      -- At confirmation a session less than a day away gets no reminder (the confirmation is the reminder); a booking
      -- moved to less than a day away is reminded at once (p_moved).
      CREATE FUNCTION schedule_booking_reminder(p_booking uuid, p_starts_at timestamptz, p_moved boolean) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT worker_ready() OR current_setting('support_market.notifications', true) = 'off' THEN RETURN; END IF;
        IF p_starts_at - interval '24 hours' > now() OR (p_moved AND p_starts_at > now()) THEN
          PERFORM graphile_worker.add_job('booking_reminder', json_build_object('bookingId', p_booking),
            run_at := greatest(p_starts_at - interval '24 hours', now()), job_key := 'reminder:' || p_booking, max_attempts := 10);
        ELSE
          PERFORM graphile_worker.remove_job('reminder:' || p_booking);
        END IF;
      END $$;

      CREATE FUNCTION booking_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        b record;
        v_key text := 'booking:' || NEW.booking_id || ':' || NEW.to_status;
        v_reason text := CASE WHEN NEW.reason IS NULL THEN '' ELSE ' The reason given: "' || NEW.reason || '".' END;
      BEGIN
        SELECT bk.person_id, bk.starts_at, o.title, p.name AS provider_name, p.owner_id, u.name AS person_name
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
              ' The money held for it is back in your budget.', '/plan#bookings', v_key);
          WHEN 'CANCELLED' THEN
            IF NEW.actor_id = b.person_id THEN
              PERFORM notify(b.owner_id, 'BOOKING_CANCELLED', 'Booking cancelled: ' || b.title,
                b.person_name || ' cancelled their booking for ' || b.title || ' on ' || session_words(b.starts_at) || '.' || v_reason,
                '/provider/bookings', v_key);
            ELSE
              PERFORM notify(b.person_id, 'BOOKING_CANCELLED', 'Booking cancelled: ' || b.title,
                'Your booking for ' || b.title || ' on ' || session_words(b.starts_at) || ' was cancelled by ' || b.provider_name || '.' || v_reason ||
                ' The money held for it is back in your budget.', '/plan#bookings', v_key);
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
      CREATE TRIGGER booking_event_notify_trg AFTER INSERT ON booking_event FOR EACH ROW EXECUTE FUNCTION booking_event_notify();

      -- A booking whose time moves (its slot was moved) takes its reminder with it.
      CREATE FUNCTION booking_moved_reminder() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'CONFIRMED' THEN PERFORM schedule_booking_reminder(NEW.id, NEW.starts_at, true); END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER booking_moved_reminder_trg AFTER UPDATE OF starts_at ON booking FOR EACH ROW
        WHEN (NEW.starts_at IS DISTINCT FROM OLD.starts_at) EXECUTE FUNCTION booking_moved_reminder();

      CREATE FUNCTION review_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r record;
      BEGIN
        SELECT p.owner_id, o.title INTO r FROM provider p JOIN offering o ON o.id = NEW.offering_id WHERE p.id = NEW.provider_id;
        PERFORM notify(r.owner_id, 'REVIEW_RECEIVED', 'New review: ' || r.title,
          'Someone who came to ' || r.title || ' rated it ' || NEW.rating || ' out of 5.', '/providers/' || NEW.provider_id, 'review:' || NEW.id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER review_notify_trg AFTER INSERT ON review FOR EACH ROW EXECUTE FUNCTION review_notify();

      CREATE FUNCTION message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE c record;
      BEGIN
        SELECT person_id, provider_owner_id INTO c FROM conversation WHERE id = NEW.conversation_id;
        PERFORM notify(CASE WHEN NEW.from_provider THEN c.person_id ELSE c.provider_owner_id END, 'MESSAGE_RECEIVED',
          'New message from ' || NEW.sender_name,
          CASE WHEN length(NEW.body) > 300 THEN left(NEW.body, 300) || '...' ELSE NEW.body END,
          '/messages/' || NEW.conversation_id, 'message:' || NEW.id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER message_notify_trg AFTER INSERT ON message FOR EACH ROW EXECUTE FUNCTION message_notify();

      -- Money put in or taken out of a budget (not the holds and spends of bookings, which have their own news).
      CREATE FUNCTION budget_ledger_notify() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER budget_ledger_notify_trg AFTER INSERT ON budget_ledger FOR EACH ROW
        WHEN (NEW.kind IN ('ALLOCATION', 'ADJUSTMENT')) EXECUTE FUNCTION budget_ledger_notify();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER budget_ledger_notify_trg ON budget_ledger; DROP FUNCTION budget_ledger_notify();
      DROP TRIGGER message_notify_trg ON message; DROP FUNCTION message_notify();
      DROP TRIGGER review_notify_trg ON review; DROP FUNCTION review_notify();
      DROP TRIGGER booking_moved_reminder_trg ON booking; DROP FUNCTION booking_moved_reminder();
      DROP TRIGGER booking_event_notify_trg ON booking_event; DROP FUNCTION booking_event_notify();
      DROP FUNCTION schedule_booking_reminder(uuid, timestamptz, boolean); DROP FUNCTION session_words(timestamptz);
      DROP FUNCTION notify(uuid, notification_kind, text, text, text, text); DROP FUNCTION worker_ready();
      DROP TABLE notification; DROP TABLE notification_preference; DROP TYPE email_status; DROP TYPE notification_kind;
    `);
  }
}
