-- The live definition of request_password_reset() (its table is created by migrations/1765200000000-account-rights.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- One statement whether or not the email has an account, so an unknown email is answered in the same shape and
-- nearly the same time as a known one (the rest of the difference is microseconds inside the database). For an
-- account: earlier links stop working (only the newest works), the token's SHA-256 is stored with its expiry, and
-- the PASSWORD_RESET notification is written. The link with the token itself goes only into the notification's
-- delivery job (replacing, under the same job key, the job notify() queued): the notification row, which the person
-- can read in the app and which outlives the email, holds the plain /forgot-password link, and once the job has
-- run (seconds) nothing but the hash is left. Answers whether an account was found (for the caller's log only).
CREATE OR REPLACE FUNCTION request_password_reset(p_email text, p_token_hash bytea, p_link text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  v_user uuid;
  v_notification uuid;
BEGIN
  SELECT id INTO v_user FROM app_user WHERE email = p_email AND deleted_at IS NULL;
  IF NOT FOUND THEN RETURN false; END IF;
  UPDATE password_reset SET used_at = now() WHERE user_id = v_user AND used_at IS NULL;
  INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES (p_token_hash, v_user, now() + interval '1 hour');
  v_notification := notify(v_user, 'PASSWORD_RESET', 'Reset your Support Market password',
    'Someone (we hope you) asked to reset the password for your Support Market account. The link in this email works '
    || 'once, for one hour. If it was not you, you can ignore this email: your password has not changed.',
    '/forgot-password', 'password-reset:' || encode(p_token_hash, 'hex'));
  IF v_notification IS NOT NULL AND worker_ready() THEN
    PERFORM graphile_worker.add_job('deliver_notification', json_build_object('id', v_notification, 'link', p_link),
      job_key := 'notification:' || v_notification);
  END IF;
  RETURN true;
END $$;
