-- The live definition of the supporter invitation trigger (first created by migrations/1765100000000-supporters.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- An invitation reaches the invitee in the invitation's own transaction: someone with an account gets a
-- SUPPORTER_INVITED notification (in the app, and by email through deliver_notification); an address with no
-- account gets the job supporter_invitation_email, which emails the invited address (the row's emailed_at records
-- the send, so it goes once).
CREATE OR REPLACE FUNCTION supporter_invited_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_user uuid;
  v_person text;
  v_words text;
BEGIN
  IF NEW.status <> 'INVITED' THEN RETURN NEW; END IF;
  SELECT u.name INTO v_person FROM support_plan p JOIN app_user u ON u.id = p.person_id WHERE p.id = NEW.plan_id;
  SELECT u.id INTO v_user FROM app_user u WHERE u.email = NEW.email;
  v_words := CASE NEW.access WHEN 'VIEW' THEN 'see their plan, budgets and bookings'
                             WHEN 'BOOK' THEN 'see their plan and book, cancel and message for them'
                             ELSE 'see their plan, book for them and change their plan and goals' END;
  IF v_user IS NOT NULL THEN
    PERFORM notify(v_user, 'SUPPORTER_INVITED', v_person || ' invited you to support them',
      v_person || ' asked you to be part of their circle of support, so you can ' || v_words || '. Open the invitation to accept it.',
      '/supporting/invitations/' || NEW.id, 'supporter:' || NEW.id || ':invited');
  ELSIF worker_ready() AND current_setting('support_market.notifications', true) IS DISTINCT FROM 'off' THEN
    PERFORM graphile_worker.add_job('supporter_invitation_email', json_build_object('id', NEW.id), job_key := 'supporter-invitation:' || NEW.id);
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER supporter_invited_notify_trg AFTER INSERT ON supporter
  FOR EACH ROW EXECUTE FUNCTION supporter_invited_notify();
