import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { seedDemoMarket } from '../../../server/src/db/seed/seed-market';
import { seedBookings } from '../../../server/src/db/seed/seed-bookings';
import { DEMO_PROVIDER_OWNER_EMAIL } from '../../../server/src/db/seed/demo-accounts';
import { findBookingInvariantViolations } from '../../../server/src/bench/booking-invariants';
import { sqlPlansWithBudgets } from '../../factories/people';

// The demo people crowd Manchester, where the demo provider account's organisations are. The bookings step must leave
// that account's offerings with free places (a newcomer trying the provider demo, or booking as the demo person,
// finds times), while the rest of Manchester's market fills up as demand has it.
const NOW = new Date('2026-03-23T00:00:00Z');
const PEOPLE = 800;
let db: TestDatabase;

interface Offer { id: string; demo: boolean; free: number; upcoming: number }
async function manchesterOfferings(): Promise<Map<string, Offer>> {
  const found: Offer[] = await db.ds.query(
    `SELECT o.id, u.email = $1 AS demo,
            (SELECT coalesce(sum(s.capacity - s.booked), 0)::int FROM slot s WHERE s.offering_id = o.id AND s.starts_at >= $2) AS free,
            (SELECT count(*)::int FROM booking b WHERE b.offering_id = o.id AND b.status IN ('REQUESTED','CONFIRMED')) AS upcoming
       FROM offering o JOIN provider p ON p.id = o.provider_id JOIN app_user u ON u.id = p.owner_id
       JOIN postcode_district d ON d.outcode = o.base_outcode
      WHERE d.commissioning_authority_code = 'E08000003' AND o.status = 'PUBLISHED'`,
    [DEMO_PROVIDER_OWNER_EMAIL, NOW],
  );
  return new Map(found.map((o) => [o.id, o]));
}

let before: Map<string, Offer>;
let after: Map<string, Offer>;
beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 4 });
  await seedDemoMarket(db.ds, { scale: 0.03, seed: 7, now: NOW });
  await sqlPlansWithBudgets(db.ds, Array<string>(PEOPLE).fill('M14'), NOW);
  before = await manchesterOfferings();
  await seedBookings(db.ds, { seed: 7, now: NOW });
  after = await manchesterOfferings();
});
afterAll(() => db.drop());

describe("the bookings step and the demo provider account's offerings", () => {
  it('books them, but keeps at least half of their free places free', () => {
    const demo = [...before.values()].filter((o) => o.demo);
    expect(demo.length).toBeGreaterThan(0);
    for (const o of demo) {
      expect(o.upcoming).toBe(0);
      const now = after.get(o.id)!;
      expect({ id: o.id, keptHalf: now.free >= Math.ceil(o.free / 2), someFree: now.free > 0 }).toEqual({ id: o.id, keptHalf: true, someFree: true });
    }
    // Requests still come in for the demo provider to answer.
    expect(demo.reduce((n, o) => n + after.get(o.id)!.upcoming, 0)).toBeGreaterThan(0);
  });

  it('while demand takes more than half of the free places of the rest of Manchester', () => {
    // Without the reserve the demo offerings would have gone the same way: this is what makes the first test bite.
    const others = [...before.values()].filter((o) => !o.demo && o.free > 0);
    const overHalf = others.filter((o) => after.get(o.id)!.free < o.free / 2);
    expect(overHalf.length).toBeGreaterThan(others.length / 2);
  });

  it('still writes exactly what the API would', async () => {
    expect(await findBookingInvariantViolations(db.ds.manager, { imported: true })).toEqual([]);
  });
});
