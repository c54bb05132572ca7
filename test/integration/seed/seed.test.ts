import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../server/src/db/seed/demo-accounts';
import { resetDemoMarket, seedDemoMarket, type SeedMarketCounts } from '../../../server/src/db/seed/seed-market';
import { verifyPassword } from '../../../server/src/modules/account/password';
import { ProviderKind } from '../../../server/src/modules/provider/provider.enums';

// A Monday a week before the clocks go forward (Sunday 29 March 2026), so the slot window spans GMT and BST.
const NOW = new Date('2026-03-23T00:00:00Z');
const DAY_MS = 86_400_000;
const SCALE = 0.05;

let db: TestDatabase;
let counts: SeedMarketCounts;
const progress: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 4 });
  counts = await seedDemoMarket(db.ds, { scale: SCALE, seed: 42, now: NOW, onProgress: (m) => progress.push(m) });
});
afterAll(() => db.drop());

async function digest(t: TestDatabase): Promise<Record<string, string>> {
  const [row] = await t.ds.query(`
    SELECT (SELECT md5(string_agg(concat_ws('|', id, email, name, role, local_authority_code, created_at), ',' ORDER BY id)) FROM app_user) AS users,
           (SELECT md5(string_agg(concat_ws('|', id, owner_id, name, kind, description, website, base_outcode, verified, peer_led, created_at), ',' ORDER BY id)) FROM provider) AS providers,
           (SELECT md5(string_agg(concat_ws('|', id, provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages,
                   accessibility, price_pence, price_unit, session_minutes, base_outcode, service_radius_km, minimum_age, maximum_age, status,
                   rating_count, rating_sum, published_at, created_at), ',' ORDER BY id)) FROM offering) AS offerings,
           (SELECT md5(string_agg(concat_ws('|', id, offering_id, starts_at, ends_at, capacity, booked), ',' ORDER BY id)) FROM slot) AS slots`);
  return row;
}

describe('the demo market seeder', () => {
  it('makes providers and offerings in proportion to the scale, and reports progress', async () => {
    expect(counts).toMatchObject({ providers: 75, offerings: 300, users: 75 + 1 + 1 }); // + 1: Kent's demo commissioner
    const [row] = await db.ds.query(`
      SELECT (SELECT count(*)::int FROM provider) AS providers, (SELECT count(*)::int FROM offering) AS offerings,
             (SELECT count(*)::int FROM offering WHERE status = 'PUBLISHED') AS published, (SELECT count(*)::int FROM slot) AS slots`);
    expect(row).toEqual({ providers: 75, offerings: 300, published: counts.publishedOfferings, slots: counts.slots });
    expect(row.published).toBeGreaterThan(240);
    expect(row.slots).toBeGreaterThan(row.published * 4);
    expect(progress.at(-1)).toMatch(/^providers 75\/75 · offerings 300\/300 · slots [\d,]+ · [\d.]+s$/);
  });

  it('includes every kind of provider and every category, with user-led and peer-led providers', async () => {
    const kinds = await db.ds.query(`SELECT kind, count(*)::int AS n, count(*) FILTER (WHERE peer_led)::int AS peer FROM provider GROUP BY kind`);
    expect(kinds.map((k: { kind: string }) => k.kind).sort()).toEqual(Object.values(ProviderKind).sort());
    const userLed = kinds.find((k: { kind: string }) => k.kind === 'USER_LED_ORGANISATION');
    expect(userLed.n).toBeGreaterThanOrEqual(15);
    expect(userLed.peer).toBeGreaterThan(userLed.n / 2);
    const [cats] = await db.ds.query(
      `SELECT (SELECT count(*)::int FROM category) AS all, (SELECT count(DISTINCT category_id)::int FROM offering) AS used`,
    );
    expect(cats.used).toBe(cats.all);
  });

  it('prices in whole pence, never negative; personal assistants by the hour', async () => {
    const [p] = await db.ds.query(`
      SELECT bool_and(price_unit = 'HOUR' AND price_pence BETWEEN 1300 AND 2500) FILTER (WHERE pr.kind = 'PERSONAL_ASSISTANT') AS pa_hourly,
             bool_and(session_minutes BETWEEN 30 AND 240) AS minutes,
             bool_and(array_length(life_areas, 1) >= 1 AND 'en' = ANY(languages)) AS tagged,
             bool_and(latitude <> 0 AND longitude <> 0) AS located
      FROM offering o JOIN provider pr ON pr.id = o.provider_id`);
    expect(p).toEqual({ pa_hourly: true, minutes: true, tagged: true, located: true });
    const prices: { price_pence: number }[] = await db.ds.query(`SELECT price_pence FROM offering`);
    expect(prices.every((r) => Number.isInteger(r.price_pence) && r.price_pence >= 0)).toBe(true);
    expect(prices.some((r) => r.price_pence === 0)).toBe(true);
  });

  it('schedules slots only for published offerings, on weekdays 09:00-19:00 London time within 28 days of now, never overbooked', async () => {
    const [s] = await db.ds.query(
      `SELECT min(starts_at) AS first, max(starts_at) AS last,
              bool_and(booked BETWEEN 0 AND capacity) AS within_capacity,
              bool_and(o.status = 'PUBLISHED') AS published_only,
              bool_and(extract(isodow FROM starts_at AT TIME ZONE 'Europe/London') BETWEEN 1 AND 5) AS weekdays,
              bool_and((starts_at AT TIME ZONE 'Europe/London')::time BETWEEN '09:00' AND '19:00') AS local_hours,
              bool_and((ends_at AT TIME ZONE 'Europe/London')::time <= '21:00' AND ends_at > starts_at) AS ends,
              count(*) FILTER (WHERE booked = capacity)::int AS full,
              bool_and(capacity = 1) FILTER (WHERE NOT ('GROUP' = ANY(o.delivery_modes))) AS one_to_one,
              bool_and(capacity BETWEEN 6 AND 20) FILTER (WHERE 'GROUP' = ANY(o.delivery_modes)) AS groups
       FROM slot s JOIN offering o ON o.id = s.offering_id`,
    );
    expect(s).toMatchObject({ within_capacity: true, published_only: true, weekdays: true, local_hours: true, ends: true, one_to_one: true, groups: true });
    expect(s.first.getTime()).toBeGreaterThanOrEqual(NOW.getTime());
    expect(s.last.getTime()).toBeLessThan(NOW.getTime() + 28 * DAY_MS);
    expect(s.full).toBeGreaterThan(0);
    // The same 10:00 London session is 10:00 UTC before the clocks change and 09:00 UTC after.
    const [dst] = await db.ds.query(
      `SELECT count(*) FILTER (WHERE starts_at < '2026-03-29' AND extract(hour FROM starts_at AT TIME ZONE 'UTC') < 9)::int AS early_utc_in_gmt,
              count(*) FILTER (WHERE starts_at > '2026-03-30' AND extract(hour FROM starts_at AT TIME ZONE 'UTC') = 8)::int AS bst_mornings
       FROM slot`,
    );
    expect(dst.early_utc_in_gmt).toBe(0);
    expect(dst.bst_mornings).toBeGreaterThan(0);
  });

  it('creates the demo accounts, and the demo provider owns three Manchester providers with draft and published offerings', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const [u] = await db.ds.query(`SELECT role, name, local_authority_code, password_hash FROM app_user WHERE email = $1`, [a.email]);
      expect(u).toMatchObject({ role: a.role, name: a.name, local_authority_code: a.localAuthorityCode });
      expect(await verifyPassword(u.password_hash, DEMO_PASSWORD)).toBe(true);
    }
    const owned = await db.ds.query(
      `SELECT p.kind, d.local_authority_code, array_agg(DISTINCT o.status::text ORDER BY o.status::text) AS statuses
       FROM provider p JOIN app_user u ON u.id = p.owner_id JOIN postcode_district d ON d.outcode = p.base_outcode
       JOIN offering o ON o.provider_id = p.id
       WHERE u.email = 'provider@demo.supportmarket.uk' GROUP BY p.id, p.kind, d.local_authority_code`,
    );
    expect(owned).toHaveLength(3);
    expect(owned.every((p: { local_authority_code: string }) => p.local_authority_code === 'E08000003')).toBe(true);
    expect(owned.map((p: { kind: string }) => p.kind).sort()).toEqual(['MICRO_ENTERPRISE', 'PERSONAL_ASSISTANT', 'USER_LED_ORGANISATION']);
    expect(new Set(owned.flatMap((p: { statuses: string[] }) => p.statuses))).toEqual(new Set(['DRAFT', 'PUBLISHED']));
    const [owners] = await db.ds.query(
      `SELECT count(*)::int AS n, count(DISTINCT password_hash)::int AS hashes FROM app_user WHERE email LIKE 'owner-%@providers.demo.supportmarket.uk'`,
    );
    expect(owners).toEqual({ n: 72, hashes: 1 });
  });

  it('gives the same rows, ids included, for the same seed in another database; a reset keeps the reference data', async () => {
    const other = await createTestDatabase({ poolSize: 4 });
    try {
      await seedDemoMarket(other.ds, { scale: SCALE, seed: 42, now: NOW });
      expect(await digest(other)).toEqual(await digest(db));

      const [before] = await other.ds.query(`SELECT (SELECT count(*) FROM postcode_district) AS d, (SELECT count(*) FROM category) AS c`);
      await resetDemoMarket(other.ds);
      const [after] = await other.ds.query(
        `SELECT (SELECT count(*) FROM postcode_district) AS d, (SELECT count(*) FROM category) AS c,
                (SELECT count(*)::int FROM provider) + (SELECT count(*)::int FROM app_user) + (SELECT count(*)::int FROM slot) AS seeded`,
      );
      expect(after).toEqual({ ...before, seeded: 0 });

      await seedDemoMarket(other.ds, { scale: SCALE, seed: 7, now: NOW });
      const [a, b] = [await digest(other), await digest(db)];
      expect(a.offerings).not.toBe(b.offerings);
      expect(a.slots).not.toBe(b.slots);
    } finally {
      await other.drop();
    }
  });
});
