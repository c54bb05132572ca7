-- The live definition of request_booking() (first created by migrations/1764600000000-booking-in-one-statement.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- requestBooking. Outcomes: BOOKED and REPLAYED (booking_row set); PLAN_NOT_FOUND, BUDGET_NOT_FOUND,
-- BUDGET_OF_ANOTHER_PLAN, KEY_REUSED, PLAN_CLOSED, SLOT_NOT_FOUND, NOT_PUBLISHED, SLOT_IN_PAST,
-- OUTSIDE_BUDGET_PERIOD (detail: periodStartDate, periodEndDate, sessionDate), SLOT_FULL, BOOKING_OVERLAP
-- (detail: bookingId), GOALS_NOT_IN_PLAN, BUDGET_REQUIRED (detail: requiredPence), BUDGET_EXCEEDED (detail:
-- availablePence, requiredPence). p_budget may be NULL: a free session is booked with no budget (nothing held).
-- A supporter asking for the person (checked by booking.service) sets support_market.actor for the transaction
-- (BookingRepository.actFor): the booking stays the person's, its history and ledger lines name the supporter.
CREATE OR REPLACE FUNCTION request_booking(
  p_person uuid, p_actor_role user_role, p_plan uuid, p_budget uuid, p_slot uuid, p_goals uuid[], p_key text,
  OUT outcome text, OUT detail jsonb, OUT booking_row booking)
LANGUAGE plpgsql AS $$
DECLARE
  v_plan record;
  v_budget record;
  v_slot record;
  v_clash uuid;
  v_available integer;
  v_goals uuid[] := ARRAY(SELECT DISTINCT g FROM unnest(coalesce(p_goals, '{}'::uuid[])) AS g);
  v_booking booking;
  v_actor uuid := coalesce(nullif(current_setting('support_market.actor', true), '')::uuid, p_person);
BEGIN
  -- Who owns what never changes, so these reads take no lock.
  SELECT p.person_id, p.active INTO v_plan FROM support_plan p WHERE p.id = p_plan;
  IF NOT FOUND THEN outcome := 'PLAN_NOT_FOUND'; RETURN; END IF;
  IF v_plan.person_id <> p_person THEN outcome := 'PLAN_NOT_FOUND'; RETURN; END IF;
  IF p_budget IS NOT NULL THEN
    SELECT b.plan_id, b.period_start_date, b.period_end_date INTO v_budget FROM budget b WHERE b.id = p_budget;
    IF NOT FOUND THEN outcome := 'BUDGET_NOT_FOUND'; RETURN; END IF;
    IF v_budget.plan_id <> p_plan THEN outcome := 'BUDGET_OF_ANOTHER_PLAN'; RETURN; END IF;
  END IF;

  -- 1. The person: their requests run one at a time, so the key and overlap checks below see each other.
  -- (17003 is 0x426b, "Bk": the namespace of "one person's bookings"; a hash collision only makes two people
  -- wait for each other.) The idempotency lookup uses booking_person_idempotency_key.
  PERFORM pg_advisory_xact_lock(17003, hashtext(p_person::text));
  SELECT k.* INTO v_booking FROM booking k WHERE k.person_id = p_person AND k.idempotency_key = p_key;
  IF FOUND THEN
    IF v_booking.slot_id = p_slot AND v_booking.plan_id = p_plan AND v_booking.budget_id IS NOT DISTINCT FROM p_budget THEN
      outcome := 'REPLAYED';
      booking_row := v_booking;
    ELSE
      outcome := 'KEY_REUSED';
    END IF;
    RETURN;
  END IF;
  IF NOT v_plan.active THEN outcome := 'PLAN_CLOSED'; RETURN; END IF;

  -- 2. The slot: its places are counted under its row lock (the offering is read, not locked). Started and
  -- the session's UK calendar date are by the database clock.
  SELECT s.id, s.offering_id, o.provider_id, o.status AS offering_status, s.starts_at, s.ends_at, s.capacity, s.booked,
         session_cost_pence(o.price_pence, o.price_unit, o.session_minutes) AS cost_pence,
         s.starts_at <= now() AS started, (s.starts_at AT TIME ZONE 'Europe/London')::date AS local_date
    INTO v_slot
    FROM slot s JOIN offering o ON o.id = s.offering_id
   WHERE s.id = p_slot
     FOR UPDATE OF s;
  IF NOT FOUND THEN outcome := 'SLOT_NOT_FOUND'; RETURN; END IF;
  IF v_slot.offering_status <> 'PUBLISHED' THEN outcome := 'NOT_PUBLISHED'; RETURN; END IF;
  IF v_slot.started THEN outcome := 'SLOT_IN_PAST'; RETURN; END IF;
  -- (Nested: PL/pgSQL may read v_budget even behind a false AND, and it is unassigned without a budget.)
  IF p_budget IS NOT NULL THEN
    IF v_slot.local_date < v_budget.period_start_date OR v_slot.local_date > v_budget.period_end_date THEN
      outcome := 'OUTSIDE_BUDGET_PERIOD';
      detail := jsonb_build_object('periodStartDate', v_budget.period_start_date::text,
                                   'periodEndDate', v_budget.period_end_date::text, 'sessionDate', v_slot.local_date::text);
      RETURN;
    END IF;
  END IF;
  IF v_slot.booked >= v_slot.capacity THEN outcome := 'SLOT_FULL'; RETURN; END IF;
  -- booking_no_overlap's GiST index answers this.
  SELECT k.id INTO v_clash FROM booking k
   WHERE k.person_id = p_person AND k.status IN ('REQUESTED', 'CONFIRMED')
     AND tstzrange(k.starts_at, k.ends_at) && tstzrange(v_slot.starts_at, v_slot.ends_at)
   LIMIT 1;
  IF FOUND THEN outcome := 'BOOKING_OVERLAP'; detail := jsonb_build_object('bookingId', v_clash); RETURN; END IF;
  -- The goals must all be the plan's; FOR KEY SHARE keeps them from being deleted before they are linked.
  IF cardinality(v_goals) > 0 AND (SELECT count(*) FROM (SELECT 1 FROM goal g WHERE g.id = ANY(v_goals) AND g.plan_id = p_plan
                                                         FOR KEY SHARE OF g) AS mine) <> cardinality(v_goals) THEN
    outcome := 'GOALS_NOT_IN_PLAN';
    RETURN;
  END IF;

  -- 3. The budget: every money movement on it is serialised behind its row lock. Free sessions hold nothing.
  -- Without a budget only a free session can be booked.
  IF v_slot.cost_pence > 0 AND p_budget IS NULL THEN
    outcome := 'BUDGET_REQUIRED';
    detail := jsonb_build_object('requiredPence', v_slot.cost_pence);
    RETURN;
  END IF;
  IF v_slot.cost_pence > 0 THEN
    SELECT b.allocated_pence - b.committed_pence - b.spent_pence INTO v_available FROM budget b WHERE b.id = p_budget FOR UPDATE;
    IF v_available < v_slot.cost_pence THEN
      outcome := 'BUDGET_EXCEEDED';
      detail := jsonb_build_object('availablePence', v_available, 'requiredPence', v_slot.cost_pence);
      RETURN;
    END IF;
  END IF;

  -- Every check passed under the locks: take the place, record the booking and its first history line, link
  -- the goals, hold the cost (the ledger trigger applies the line; budget_balances_check is the backstop).
  UPDATE slot SET booked = booked + 1 WHERE id = p_slot;
  INSERT INTO booking (slot_id, offering_id, provider_id, plan_id, budget_id, person_id, total_pence, idempotency_key, starts_at, ends_at)
  VALUES (p_slot, v_slot.offering_id, v_slot.provider_id, p_plan, p_budget, p_person, v_slot.cost_pence, p_key, v_slot.starts_at, v_slot.ends_at)
  RETURNING * INTO v_booking;
  INSERT INTO booking_event (booking_id, from_status, to_status, actor_id, actor_role)
  VALUES (v_booking.id, NULL, v_booking.status, v_actor, p_actor_role);
  IF cardinality(v_goals) > 0 THEN
    INSERT INTO booking_goal (booking_id, goal_id) SELECT v_booking.id, g FROM unnest(v_goals) AS g;
  END IF;
  IF v_slot.cost_pence > 0 THEN
    INSERT INTO budget_ledger (budget_id, kind, amount_pence, booking_id, actor_id)
    VALUES (p_budget, 'HOLD', v_slot.cost_pence, v_booking.id, v_actor);
  END IF;
  outcome := 'BOOKED';
  booking_row := v_booking;
END $$;
