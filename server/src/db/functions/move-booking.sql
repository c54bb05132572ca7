-- The live definition of move_booking() (first created by migrations/1764600000000-booking-in-one-statement.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- One status change, as described by the caller's move (booking.service.ts MOVES): from which statuses, to
-- which, provider side only or either side, when (ANY, BEFORE_START, BEFORE_END, AFTER_START), and what
-- happens to the money (RELEASE also gives the place back; SPEND keeps it; NULL: nothing). Outcomes: MOVED
-- (booking_row set); NOT_FOUND, NOT_PROVIDER, WRONG_STATUS (detail: status), STARTED, ENDED, NOT_STARTED,
-- CHANGED.
CREATE OR REPLACE FUNCTION move_booking(
  p_booking uuid, p_actor uuid, p_actor_role user_role, p_from booking_status[], p_to booking_status,
  p_provider_only boolean, p_timing text, p_money ledger_kind, p_reason text, p_note text,
  OUT outcome text, OUT detail jsonb, OUT booking_row booking)
LANGUAGE plpgsql AS $$
DECLARE
  v_person boolean;
  v_provider boolean;
  v_booking booking;
  v_moved booking;
BEGIN
  -- Who may: the booking's person (or a supporter acting for them: support_market.acting_for, set for the
  -- transaction by BookingRepository.actFor after booking.service checked their level); its provider's owner, or an admin, on the provider side (provider.service's
  -- canManage). Who a booking belongs to never changes, so this is checked before any lock is taken.
  SELECT k.person_id = p_actor OR k.person_id IS NOT DISTINCT FROM nullif(current_setting('support_market.acting_for', true), '')::uuid, p_actor_role = 'ADMIN' OR (p_actor_role = 'PROVIDER' AND p.owner_id = p_actor)
    INTO v_person, v_provider
    FROM booking k JOIN provider p ON p.id = k.provider_id
   WHERE k.id = p_booking;
  IF NOT FOUND THEN outcome := 'NOT_FOUND'; RETURN; END IF;
  IF NOT (v_person OR v_provider) THEN outcome := 'NOT_FOUND'; RETURN; END IF;
  IF p_provider_only AND NOT v_provider THEN outcome := 'NOT_PROVIDER'; RETURN; END IF;

  -- 1. The booking, checked under its row lock against the database clock.
  SELECT k.* INTO v_booking FROM booking k WHERE k.id = p_booking FOR UPDATE;
  IF NOT FOUND THEN outcome := 'NOT_FOUND'; RETURN; END IF;
  IF NOT (v_booking.status = ANY(p_from)) THEN
    outcome := 'WRONG_STATUS';
    detail := jsonb_build_object('status', v_booking.status);
    RETURN;
  END IF;
  IF p_timing = 'BEFORE_START' AND now() >= v_booking.starts_at THEN outcome := 'STARTED'; RETURN; END IF;
  IF p_timing = 'BEFORE_END' AND now() >= v_booking.ends_at THEN outcome := 'ENDED'; RETURN; END IF;
  IF p_timing = 'AFTER_START' AND now() < v_booking.starts_at THEN outcome := 'NOT_STARTED'; RETURN; END IF;

  UPDATE booking k SET status = p_to, updated_at = now()
   WHERE k.id = p_booking AND k.status = v_booking.status
  RETURNING k.* INTO v_moved;
  IF NOT FOUND THEN outcome := 'CHANGED'; RETURN; END IF;
  INSERT INTO booking_event (booking_id, from_status, to_status, actor_id, actor_role, reason)
  VALUES (p_booking, v_booking.status, p_to, p_actor, p_actor_role, p_reason);

  -- 2. The slot: a released booking gives its place back.
  IF p_money = 'RELEASE' THEN
    UPDATE slot SET booked = booked - 1 WHERE id = v_booking.slot_id;
  END IF;
  -- 3. The budget: release or spend the hold under the budget's row lock.
  IF p_money IS NOT NULL AND v_booking.total_pence > 0 THEN
    PERFORM 1 FROM budget b WHERE b.id = v_booking.budget_id FOR UPDATE;
    INSERT INTO budget_ledger (budget_id, kind, amount_pence, booking_id, actor_id, note)
    VALUES (v_booking.budget_id, p_money, v_booking.total_pence, p_booking, p_actor, p_note);
  END IF;
  outcome := 'MOVED';
  booking_row := v_moved;
END $$;
