import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { seedDemoMarket } from '../../../server/src/db/seed/seed-market';
import { seedBookings, type SeedBookingsCounts } from '../../../server/src/db/seed/seed-bookings';
import { findBookingInvariantViolations } from '../../../server/src/bench/booking-invariants';
import { sqlPlansWithBudgets } from '../../factories/people';

// The bookings step on a small demo market, after plans and budgets exist (made here as the people step would).
const NOW = new Date('2026-03-23T00:00:00Z');
let db: TestDatabase;
let counts: SeedBookingsCounts;
const progress: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 4 });
  await seedDemoMarket(db.ds, { scale: 0.03, seed: 7, now: NOW });
  const empty = await seedBookings(db.ds, { seed: 7, now: NOW, onProgress: (m) => progress.push(m) });
  expect(empty.completed + empty.upcoming).toBe(0);
  // 60 people in the districts that have offerings, each with a plan, a goal and a year's budget begun 90 days ago.
  const districts: { outcode: string }[] = await db.ds.query(`SELECT DISTINCT base_outcode AS outcode FROM offering WHERE status = 'PUBLISHED' ORDER BY 1 LIMIT 60`);
  await sqlPlansWithBudgets(db.ds, districts.map((d) => d.outcode), NOW);
  counts = await seedBookings(db.ds, { seed: 7, now: NOW, onProgress: (m) => progress.push(m) });
});
afterAll(() => db.drop());

describe('the bookings seeding step', () => {
  it('does nothing, and says so, before the people step has made plans with budgets', () => {
    expect(progress[0]).toMatch(/no plans with budgets yet/);
  });

  it('makes completed, reviewed, cancelled, missed and upcoming bookings', () => {
    expect(counts.completed).toBeGreaterThan(60);
    expect(counts.reviews).toBeGreaterThan(counts.completed / 4);
    expect(counts.cancelled + counts.declined).toBeGreaterThan(5);
    expect(counts.noShows).toBeGreaterThan(0);
    expect(counts.upcoming).toBeGreaterThan(30);
    expect(progress.at(-1)).toMatch(/completed .* upcoming/);
  });

  it('writes exactly what the API would: the ledger equals the bookings, places and history agree', async () => {
    expect(await findBookingInvariantViolations(db.ds.manager, { imported: true })).toEqual([]);
    const [spent] = await db.ds.query(`SELECT sum(spent_pence)::int AS spent, sum(committed_pence)::int AS held FROM budget`);
    expect(spent.spent).toBeGreaterThan(0);
    expect(spent.held).toBeGreaterThan(0);
  });

  it("rolls every provider's rating up from its offerings' (the market's imported ratings and the new reviews)", async () => {
    const [bad] = await db.ds.query(`
      SELECT count(*)::int AS n FROM provider p
        CROSS JOIN LATERAL (SELECT coalesce(sum(rating_count), 0)::int AS c, coalesce(sum(rating_sum), 0)::int AS s FROM offering WHERE provider_id = p.id) o
       WHERE (p.rating_count, p.rating_sum) IS DISTINCT FROM (o.c, o.s)`);
    expect(bad.n).toBe(0);
    const [r] = await db.ds.query(`SELECT count(*)::int AS n FROM review`);
    expect(r.n).toBe(counts.reviews);
  });

  it('puts completed sessions in the past and upcoming ones in the future', async () => {
    const [t] = await db.ds.query(
      `SELECT bool_and(ends_at < $1) FILTER (WHERE status IN ('COMPLETED','NO_SHOW')) AS past_done,
              bool_and(starts_at >= $1) FILTER (WHERE status IN ('REQUESTED','CONFIRMED')) AS future_open FROM booking`,
      [NOW],
    );
    expect(t).toEqual({ past_done: true, future_open: true });
  });

  it('does not book twice when run again', async () => {
    const again = await seedBookings(db.ds, { seed: 7, now: NOW });
    expect(again.completed + again.upcoming).toBe(0);
  });
});
