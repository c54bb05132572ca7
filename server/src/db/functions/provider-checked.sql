-- The live definitions of "Checked provider" (first created by migrations/1765400000000-safety.ts): what a provider
-- must hold for what it offers, and provider.verified derived from its verified, unexpired evidence.
-- Edit here: migrations apply this file when it changes (see db/functions.ts). The rule table is stated in
-- docs/safety.md; test/integration/safety/verification.test.ts checks each row of it.
--
-- The rule table (offerings that are not archived count, drafts included, so a provider is checked before it
-- publishes):
--   every provider                                              PUBLIC_LIABILITY_INSURANCE
--   a personal assistant (provider kind PERSONAL_ASSISTANT)     DBS_CHECK
--   an offering delivered in people's homes (HOME_VISIT)        DBS_CHECK
--   personal care: a personal-assistance offering from an
--     organisation (any kind but PERSONAL_ASSISTANT)            CQC_REGISTRATION
--   a talking-therapies offering                                QUALIFICATION
-- REFERENCES is never required; it shows when given and checked.
CREATE OR REPLACE FUNCTION provider_required_evidence(p_provider uuid) RETURNS verification_kind[] LANGUAGE sql STABLE AS $$
  SELECT array_agg(DISTINCT k ORDER BY k) FROM (
    SELECT 'PUBLIC_LIABILITY_INSURANCE'::verification_kind AS k
    UNION ALL
    SELECT 'DBS_CHECK' FROM provider p WHERE p.id = p_provider AND p.kind = 'PERSONAL_ASSISTANT'
    UNION ALL
    SELECT r.k FROM offering o JOIN provider p ON p.id = o.provider_id JOIN category c ON c.id = o.category_id
      CROSS JOIN LATERAL (VALUES
        (CASE WHEN 'HOME_VISIT' = ANY(o.delivery_modes) THEN 'DBS_CHECK'::verification_kind END),
        (CASE WHEN c.slug = 'personal-assistance' AND p.kind <> 'PERSONAL_ASSISTANT' THEN 'CQC_REGISTRATION'::verification_kind END),
        (CASE WHEN c.slug = 'talking-therapies' THEN 'QUALIFICATION'::verification_kind END)) r(k)
     WHERE o.provider_id = p_provider AND o.status <> 'ARCHIVED' AND r.k IS NOT NULL -- offering_provider_idx
  ) required
$$;

-- Checked: every required kind has a VERIFIED piece that has not run out (the daily job marks lapsed ones EXPIRED;
-- the date test here covers the hours before it runs).
CREATE OR REPLACE FUNCTION provider_is_checked(p_provider uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT NOT EXISTS (
    SELECT 1 FROM unnest(provider_required_evidence(p_provider)) k
     WHERE NOT EXISTS (SELECT 1 FROM provider_verification v -- provider_verification_provider_idx
                        WHERE v.provider_id = p_provider AND v.kind = k AND v.status = 'VERIFIED'
                          AND (v.expires_on IS NULL OR v.expires_on >= current_date)))
$$;

CREATE OR REPLACE FUNCTION provider_refresh_checked(p_providers uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE provider p SET verified = c.checked
    FROM (SELECT id, provider_is_checked(id) AS checked FROM unnest(p_providers) id) c
   WHERE p.id = c.id AND p.verified IS DISTINCT FROM c.checked
$$;

CREATE OR REPLACE FUNCTION provider_verification_checked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM provider_refresh_checked(ARRAY(SELECT DISTINCT provider_id FROM old_rows));
  ELSE
    PERFORM provider_refresh_checked(ARRAY(SELECT DISTINCT provider_id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER provider_verification_checked_insert_trg AFTER INSERT ON provider_verification
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION provider_verification_checked();
CREATE OR REPLACE TRIGGER provider_verification_checked_update_trg AFTER UPDATE ON provider_verification
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION provider_verification_checked();
CREATE OR REPLACE TRIGGER provider_verification_checked_delete_trg AFTER DELETE ON provider_verification
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION provider_verification_checked();

-- What a provider offers changes what it must hold: new offerings, and a kind, delivery or status that changes.
CREATE OR REPLACE FUNCTION offering_checked_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM provider_refresh_checked(ARRAY(SELECT DISTINCT provider_id FROM new_rows));
  ELSE
    PERFORM provider_refresh_checked(ARRAY(SELECT DISTINCT n.provider_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.category_id, n.delivery_modes, n.status = 'ARCHIVED', n.provider_id)
            IS DISTINCT FROM (o.category_id, o.delivery_modes, o.status = 'ARCHIVED', o.provider_id)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER offering_checked_insert_trg AFTER INSERT ON offering
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offering_checked_sync();
CREATE OR REPLACE TRIGGER offering_checked_update_trg AFTER UPDATE ON offering
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offering_checked_sync();

CREATE OR REPLACE FUNCTION provider_kind_checked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM provider_refresh_checked(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER provider_kind_checked_trg AFTER UPDATE OF kind ON provider
  FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION provider_kind_checked();

-- A kind of evidence in words, for notifications.
CREATE OR REPLACE FUNCTION kind_words(p_kind verification_kind) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_kind
    WHEN 'CQC_REGISTRATION' THEN 'CQC registration'
    WHEN 'DBS_CHECK' THEN 'DBS check'
    WHEN 'PUBLIC_LIABILITY_INSURANCE' THEN 'public liability insurance'
    WHEN 'REFERENCES' THEN 'references'
    ELSE 'qualification'
  END
$$;
