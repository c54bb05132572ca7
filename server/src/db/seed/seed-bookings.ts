import type { DataSource, EntityManager } from 'typeorm';
import { sessionCostPence } from '../../modules/catalogue/session-cost';
import type { PriceUnit } from '../../modules/catalogue/catalogue.enums';
import { rows } from '../sql';
import { DEMO_PROVIDER_OWNER_EMAIL } from './demo-accounts';
import { Random } from './random';
import { defaultSeedNow, londonOffsetMinutes } from './slot-calendar';

// Booking history for the demo market: for each seeded plan with a budget, a few past sessions (mostly completed
// and spent, some reviewed; some cancelled, declined or missed) on slots made in the weeks before `now`, and one to
// three upcoming ones (requested or confirmed, held) on the market's future slots. Runs after the market and the
// people steps (it reads plans and budgets from the tables) and writes exactly what the API would: the bookings,
// their history, their ledger lines (whose trigger keeps the budgets), the slots' places and the rating roll-ups.
// Deterministic for a seed and `now`, on its own Random stream.
export interface SeedBookingsOptions {
  seed: number;
  /** The seeding clock; defaults to the next UTC midnight, like the market step. */
  now?: Date;
  onProgress?: (message: string) => void;
}

export interface SeedBookingsCounts {
  completed: number;
  noShows: number;
  cancelled: number;
  declined: number;
  upcoming: number;
  reviews: number;
  pastSlots: number;
  seconds: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HISTORY_DAYS = 56;
const BATCH = 2_000;

interface PlanBudget { planId: string; personId: string; laCode: string; budgetId: string; start: string; end: string; available: number; goalIds: string[] }
interface SeedOffering { id: string; providerId: string; ownerId: string; laCode: string; remote: boolean; pricePence: number; priceUnit: PriceUnit; sessionMinutes: number }
interface FreeSlot { id: string; offeringId: string; startsAt: number; endsAt: number; free: number }
type Status = 'REQUESTED' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED' | 'COMPLETED' | 'NO_SHOW';

const COMMENTS = [
  'Friendly and welcoming from the first minute.',
  'Exactly what I needed this month. I will be back.',
  'Good session, although the room was a bit noisy.',
  'The facilitator really listened.',
  'Helped me get out of the house and meet people.',
  'It started late, but it was worth the wait.',
  null,
];

export async function seedBookings(ds: DataSource, options: SeedBookingsOptions): Promise<SeedBookingsCounts> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const now = (options.now ?? defaultSeedNow()).getTime();
  const rng = new Random(options.seed, 'bookings');
  const counts: SeedBookingsCounts = { completed: 0, noShows: 0, cancelled: 0, declined: 0, upcoming: 0, reviews: 0, pastSlots: 0, seconds: 0 };
  const done = () => ({ ...counts, seconds: Math.round((performance.now() - started) / 100) / 10 });

  return ds.transaction(async (db) => {
    const [{ n: existing }] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM booking`);
    if (existing > 0) {
      progress(`bookings: the database already has ${existing} bookings; not seeding more`);
      return done();
    }
    const plans = await loadPlans(db);
    if (plans.length === 0) {
      progress('bookings: no plans with budgets yet (run the people step first); nothing to book');
      return done();
    }
    const offerings = await loadOfferings(db);
    const byArea = new Map<string, SeedOffering[]>();
    for (const o of offerings) {
      const list = byArea.get(o.laCode);
      if (list) list.push(o);
      else byArea.set(o.laCode, [o]);
    }
    const remote = offerings.filter((o) => o.remote);
    const freeSlots = await loadFreeSlots(db, now);
    const takeable = await demoTakeable(db, offerings, freeSlots);
    progress(`bookings: ${plans.length} plans with budgets, ${offerings.length} published offerings, ${freeSlots.size} offerings with free future places`);

    const w = new Writer(db);
    let flushes = 0;
    const pastSlots = new Map<string, { id: string; capacity: number; taken: number }>();
    for (const plan of plans) {
      const local = byArea.get(plan.laCode) ?? [];
      const choose = () => (local.length && (rng.chance(0.8) || !remote.length) ? rng.pick(local) : remote.length ? rng.pick(remote) : null);
      const busy: [number, number][] = [];
      const free = (s: number, e: number) => busy.every(([a, b]) => e <= a || s >= b);

      // Past sessions, oldest first, on slots made for the history (shared when two plans pick the same one).
      const past = Array.from({ length: rng.int(2, 6) }, () => rng.int(3, HISTORY_DAYS)).sort((a, b) => b - a);
      for (const daysAgo of past) {
        const o = choose();
        if (!o) break;
        const day = Math.floor((now - daysAgo * DAY_MS) / DAY_MS) * DAY_MS;
        const startsAt = day + (rng.step(9 * 60, 17 * 60, 30) - londonOffsetMinutes(new Date(day + DAY_MS / 2))) * MINUTE_MS;
        const endsAt = startsAt + Math.min(o.sessionMinutes, 600) * MINUTE_MS;
        const cost = sessionCostPence(o.pricePence, o.priceUnit, o.sessionMinutes);
        if (!free(startsAt, endsAt) || cost > plan.available || !inPeriod(plan, startsAt)) continue;
        const key = `${o.id}|${startsAt}`;
        let slot = pastSlots.get(key);
        if (!slot) {
          slot = { id: rng.uuid(), capacity: rng.int(1, 8), taken: 0 };
          pastSlots.set(key, slot);
          w.slot({ id: slot.id, offeringId: o.id, startsAt, endsAt, capacity: slot.capacity, createdAt: startsAt - 30 * DAY_MS });
        }
        if (slot.taken >= slot.capacity) continue;
        const status = rng.weighted<Status>([['COMPLETED', 78], ['CANCELLED', 10], ['DECLINED', 5], ['NO_SHOW', 7]]);
        // Released bookings still count against what is left, so the budget never goes over at any moment of history.
        plan.available -= cost;
        if (status === 'COMPLETED' || status === 'NO_SHOW') {
          slot.taken += 1;
          busy.push([startsAt, endsAt]);
        }
        const createdAt = startsAt - rng.int(2, 14) * DAY_MS - rng.int(0, 600) * MINUTE_MS;
        const id = w.booking(rng, plan, o, { slotId: slot.id, startsAt, endsAt, status, totalPence: cost, createdAt });
        if (status === 'COMPLETED') {
          counts.completed++;
          if (rng.chance(0.55)) {
            const rating = rng.weighted([[5, 45], [4, 35], [3, 12], [2, 5], [1, 3]] as const);
            w.review({ id: rng.uuid(), bookingId: id, offering: o, personId: plan.personId, rating, comment: rng.pick(COMMENTS), createdAt: endsAt + rng.int(1, 72) * 3600_000 });
            counts.reviews++;
          }
        } else if (status === 'NO_SHOW') counts.noShows++;
        else if (status === 'CANCELLED') counts.cancelled++;
        else counts.declined++;
      }

      // Upcoming sessions on the market's own future slots.
      const upcoming = rng.int(1, 3);
      for (let i = 0, tries = 0; i < upcoming && tries < 12; tries++) {
        const o = choose();
        const candidates = o ? freeSlots.get(o.id) : undefined;
        if (!o || !candidates?.length) continue;
        const s = rng.pick(candidates);
        const cost = sessionCostPence(o.pricePence, o.priceUnit, o.sessionMinutes);
        if (s.free < 1 || !free(s.startsAt, s.endsAt) || cost > plan.available || !inPeriod(plan, s.startsAt)) continue;
        const mayTake = takeable.get(o.id);
        if (mayTake !== undefined) {
          if (mayTake < 1) continue;
          takeable.set(o.id, mayTake - 1);
        }
        s.free -= 1;
        plan.available -= cost;
        busy.push([s.startsAt, s.endsAt]);
        const status: Status = rng.chance(0.6) ? 'CONFIRMED' : 'REQUESTED';
        w.booking(rng, plan, o, { slotId: s.id, startsAt: s.startsAt, endsAt: s.endsAt, status, totalPence: cost, createdAt: now - rng.int(1, 10 * 24 * 60) * MINUTE_MS });
        w.takeFuturePlace(s.id);
        counts.upcoming++;
        i++;
      }
      if (w.full) {
        await w.flush();
        if (++flushes % Math.max(1, Math.floor(plans.length / 20_000)) === 0) {
          progress(`bookings ${counts.completed + counts.noShows + counts.cancelled + counts.declined + counts.upcoming} · reviews ${counts.reviews} · ${done().seconds}s`);
        }
      }
    }
    await w.flush();
    counts.pastSlots = pastSlots.size;
    // Past slots hold their completed and missed places; ratings roll up from the reviews just written, and every
    // provider's roll-up is the sum of its offerings' (which include the market's imported ratings).
    await db.query(`
      UPDATE slot s SET booked = k.n FROM (
        SELECT slot_id, count(*)::int AS n FROM booking WHERE status IN ('COMPLETED','NO_SHOW') AND starts_at < $1 GROUP BY slot_id) k
      WHERE s.id = k.slot_id AND s.starts_at < $1`, [new Date(now)]);
    await db.query(`
      UPDATE offering o SET rating_count = o.rating_count + r.n, rating_sum = o.rating_sum + r.total
        FROM (SELECT offering_id, count(*)::int AS n, sum(rating)::int AS total FROM review GROUP BY offering_id) r WHERE o.id = r.offering_id`);
    await db.query(`
      UPDATE provider p SET rating_count = o.n, rating_sum = o.total
        FROM (SELECT provider_id, sum(rating_count)::int AS n, sum(rating_sum)::int AS total FROM offering GROUP BY provider_id) o WHERE p.id = o.provider_id`);
    const result = done();
    progress(
      `bookings: ${result.completed} completed (${result.reviews} reviewed), ${result.noShows} no-shows, ${result.cancelled} cancelled, ` +
        `${result.declined} declined, ${result.upcoming} upcoming · ${result.seconds}s`,
    );
    return result;
  });
}

/**
 * How many free future places the step may take on each of the demo provider account's own offerings: half, rounded
 * down, so at least half stay free. A newcomer trying the provider demo then finds requests waiting and times still
 * free, and the demo person can book them; without this, the demo people of Manchester took every place (all
 * one-person sessions), and default searches hid them as full. Other offerings have no limit (not in the map).
 */
async function demoTakeable(db: EntityManager, offerings: SeedOffering[], freeSlots: Map<string, FreeSlot[]>): Promise<Map<string, number>> {
  const [owner] = await rows<{ id: string }>(db, `SELECT id FROM app_user WHERE email = $1`, [DEMO_PROVIDER_OWNER_EMAIL]);
  const out = new Map<string, number>();
  for (const o of offerings) {
    if (o.ownerId !== owner?.id) continue;
    const free = (freeSlots.get(o.id) ?? []).reduce((n, s) => n + s.free, 0);
    out.set(o.id, Math.floor(free / 2));
  }
  return out;
}

function inPeriod(plan: PlanBudget, at: number): boolean {
  const date = new Date(at + londonOffsetMinutes(new Date(at)) * MINUTE_MS).toISOString().slice(0, 10);
  return date >= plan.start && date <= plan.end;
}

/** Each active plan's first budget with money left (the one a person would pay from). */
async function loadPlans(db: EntityManager): Promise<PlanBudget[]> {
  const found = await rows<{ plan_id: string; person_id: string; la: string; budget_id: string; start: string; end: string; available: number; goal_ids: string[] }>(
    db,
    `SELECT DISTINCT ON (p.id) p.id AS plan_id, p.person_id, p.local_authority_code AS la, b.id AS budget_id,
            b.period_start_date::text AS start, b.period_end_date::text AS end,
            b.allocated_pence - b.committed_pence - b.spent_pence AS available,
            coalesce((SELECT array_agg(g.id ORDER BY g.position, g.id) FROM goal g WHERE g.plan_id = p.id), '{}') AS goal_ids
       FROM support_plan p JOIN budget b ON b.plan_id = p.id
      WHERE p.active AND b.allocated_pence - b.committed_pence - b.spent_pence > 0
      ORDER BY p.id, b.created_at, b.id`,
  );
  return found.map((r) => ({ planId: r.plan_id, personId: r.person_id, laCode: r.la, budgetId: r.budget_id, start: r.start, end: r.end, available: r.available, goalIds: r.goal_ids }));
}

async function loadOfferings(db: EntityManager): Promise<SeedOffering[]> {
  const found = await rows<{ id: string; provider_id: string; owner_id: string; la: string; remote: boolean; price_pence: number; price_unit: PriceUnit; session_minutes: number }>(
    db,
    `SELECT o.id, o.provider_id, p.owner_id, d.commissioning_authority_code AS la, o.remote, o.price_pence, o.price_unit, o.session_minutes
       FROM offering o JOIN provider p ON p.id = o.provider_id JOIN postcode_district d ON d.outcode = o.base_outcode
      WHERE o.status = 'PUBLISHED' ORDER BY o.id`,
  );
  return found.map((r) => ({ id: r.id, providerId: r.provider_id, ownerId: r.owner_id, laCode: r.la, remote: r.remote, pricePence: r.price_pence, priceUnit: r.price_unit, sessionMinutes: r.session_minutes }));
}

async function loadFreeSlots(db: EntityManager, now: number): Promise<Map<string, FreeSlot[]>> {
  const found = await rows<{ id: string; offering_id: string; starts_at: Date; ends_at: Date; free: number }>(
    db,
    `SELECT s.id, s.offering_id, s.starts_at, s.ends_at, s.capacity - s.booked AS free FROM slot s
      WHERE s.starts_at >= $1 AND s.booked < s.capacity ORDER BY s.offering_id, s.starts_at, s.id`,
    [new Date(now)],
  );
  const out = new Map<string, FreeSlot[]>();
  for (const r of found) {
    const list = out.get(r.offering_id) ?? [];
    list.push({ id: r.id, offeringId: r.offering_id, startsAt: r.starts_at.getTime(), endsAt: r.ends_at.getTime(), free: r.free });
    out.set(r.offering_id, list);
  }
  return out;
}

/** Buffers rows and writes each table with one INSERT ... SELECT FROM unnest per batch, in foreign-key order. */
class Writer {
  private slots: { id: string; offeringId: string; startsAt: number; endsAt: number; capacity: number; createdAt: number }[] = [];
  private bookings: { id: string; slotId: string; offeringId: string; providerId: string; planId: string; budgetId: string; personId: string; status: Status; totalPence: number; key: string; startsAt: number; endsAt: number; createdAt: number; updatedAt: number }[] = [];
  private events: { bookingId: string; from: Status | null; to: Status; actorId: string; role: string; reason: string | null; at: number }[] = [];
  private lines: { budgetId: string; kind: 'HOLD' | 'RELEASE' | 'SPEND'; amount: number; bookingId: string; actorId: string; note: string | null; at: number }[] = [];
  private goals: { bookingId: string; goalId: string }[] = [];
  private reviews: { id: string; bookingId: string; offeringId: string; providerId: string; personId: string; rating: number; comment: string | null; createdAt: number }[] = [];
  private futurePlaces = new Map<string, number>();

  constructor(private readonly db: EntityManager) {}

  get full(): boolean {
    return this.bookings.length >= BATCH;
  }

  slot(s: Writer['slots'][number]): void {
    this.slots.push(s);
  }

  takeFuturePlace(slotId: string): void {
    this.futurePlaces.set(slotId, (this.futurePlaces.get(slotId) ?? 0) + 1);
  }

  review(r: { id: string; bookingId: string; offering: SeedOffering; personId: string; rating: number; comment: string | null; createdAt: number }): void {
    this.reviews.push({ id: r.id, bookingId: r.bookingId, offeringId: r.offering.id, providerId: r.offering.providerId, personId: r.personId, rating: r.rating, comment: r.comment, createdAt: r.createdAt });
  }

  /** A booking with the history and ledger lines the API would have written for its status. */
  booking(rng: Random, plan: PlanBudget, o: SeedOffering, b: { slotId: string; startsAt: number; endsAt: number; status: Status; totalPence: number; createdAt: number }): string {
    const id = rng.uuid();
    const steps: { from: Status | null; to: Status; by: 'PERSON' | 'PROVIDER'; at: number; reason: string | null }[] = [{ from: null, to: 'REQUESTED', by: 'PERSON', at: b.createdAt, reason: null }];
    const confirmedAt = b.createdAt + rng.int(10, 48 * 60) * MINUTE_MS;
    const confirm = () => steps.push({ from: 'REQUESTED', to: 'CONFIRMED', by: 'PROVIDER', at: Math.min(confirmedAt, b.startsAt - MINUTE_MS), reason: null });
    if (b.status === 'CONFIRMED') confirm();
    if (b.status === 'DECLINED') steps.push({ from: 'REQUESTED', to: 'DECLINED', by: 'PROVIDER', at: Math.min(confirmedAt, b.startsAt - MINUTE_MS), reason: 'Sorry, we cannot run this session.' });
    if (b.status === 'CANCELLED') {
      confirm();
      steps.push({ from: 'CONFIRMED', to: 'CANCELLED', by: 'PERSON', at: b.startsAt - rng.int(2, 48) * 3600_000, reason: rng.pick(['Not feeling up to it this week.', 'A clash with a hospital appointment.', null]) });
    }
    if (b.status === 'COMPLETED' || b.status === 'NO_SHOW') {
      confirm();
      steps.push({ from: 'CONFIRMED', to: b.status, by: 'PROVIDER', at: b.endsAt + rng.int(5, 300) * MINUTE_MS, reason: null });
    }
    // Each change comes at least a minute after the one before it.
    for (let i = 1; i < steps.length; i++) steps[i].at = Math.max(steps[i].at, steps[i - 1].at + MINUTE_MS);
    const last = steps[steps.length - 1];
    this.bookings.push({
      id, slotId: b.slotId, offeringId: o.id, providerId: o.providerId, planId: plan.planId, budgetId: plan.budgetId, personId: plan.personId,
      status: b.status, totalPence: b.totalPence, key: `seed-${id}`, startsAt: b.startsAt, endsAt: b.endsAt, createdAt: b.createdAt, updatedAt: last.at,
    });
    for (const s of steps) {
      this.events.push({ bookingId: id, from: s.from, to: s.to, actorId: s.by === 'PERSON' ? plan.personId : o.ownerId, role: s.by, reason: s.reason, at: s.at });
    }
    if (b.totalPence > 0) {
      this.lines.push({ budgetId: plan.budgetId, kind: 'HOLD', amount: b.totalPence, bookingId: id, actorId: plan.personId, note: null, at: b.createdAt });
      if (b.status === 'CANCELLED' || b.status === 'DECLINED') {
        this.lines.push({ budgetId: plan.budgetId, kind: 'RELEASE', amount: b.totalPence, bookingId: id, actorId: last.by === 'PERSON' ? plan.personId : o.ownerId, note: `Booking ${b.status.toLowerCase()}`, at: last.at });
      }
      if (b.status === 'COMPLETED' || b.status === 'NO_SHOW') {
        this.lines.push({ budgetId: plan.budgetId, kind: 'SPEND', amount: b.totalPence, bookingId: id, actorId: o.ownerId, note: b.status === 'NO_SHOW' ? 'Booking a no-show' : 'Booking completed', at: last.at });
      }
    }
    if (plan.goalIds.length) this.goals.push({ bookingId: id, goalId: plan.goalIds[Math.floor(rng.next() * plan.goalIds.length)] });
    return id;
  }

  async flush(): Promise<void> {
    const iso = (ms: number) => new Date(ms).toISOString();
    const db = this.db;
    if (this.slots.length) {
      const s = this.slots;
      await db.query(
        `INSERT INTO slot (id, offering_id, starts_at, ends_at, capacity, created_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::timestamptz[])`,
        [s.map((x) => x.id), s.map((x) => x.offeringId), s.map((x) => iso(x.startsAt)), s.map((x) => iso(x.endsAt)), s.map((x) => x.capacity), s.map((x) => iso(x.createdAt))],
      );
    }
    if (this.bookings.length) {
      const b = this.bookings;
      await db.query(
        `INSERT INTO booking (id, slot_id, offering_id, provider_id, plan_id, budget_id, person_id, status, total_pence, idempotency_key, starts_at, ends_at, created_at, updated_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::booking_status[], $9::int[], $10::text[],
                              $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[])`,
        [b.map((x) => x.id), b.map((x) => x.slotId), b.map((x) => x.offeringId), b.map((x) => x.providerId), b.map((x) => x.planId), b.map((x) => x.budgetId),
          b.map((x) => x.personId), b.map((x) => x.status), b.map((x) => x.totalPence), b.map((x) => x.key), b.map((x) => iso(x.startsAt)), b.map((x) => iso(x.endsAt)),
          b.map((x) => iso(x.createdAt)), b.map((x) => iso(x.updatedAt))],
      );
    }
    if (this.events.length) {
      const e = this.events;
      await db.query(
        `INSERT INTO booking_event (booking_id, from_status, to_status, actor_id, actor_role, reason, at)
         SELECT * FROM unnest($1::uuid[], $2::booking_status[], $3::booking_status[], $4::uuid[], $5::user_role[], $6::text[], $7::timestamptz[]) ORDER BY 7`,
        [e.map((x) => x.bookingId), e.map((x) => x.from), e.map((x) => x.to), e.map((x) => x.actorId), e.map((x) => x.role), e.map((x) => x.reason), e.map((x) => iso(x.at))],
      );
    }
    if (this.lines.length) {
      // Chronological, so each budget's balances pass through only states the API could have reached.
      const l = [...this.lines].sort((x, y) => x.at - y.at);
      await db.query(
        `INSERT INTO budget_ledger (budget_id, kind, amount_pence, booking_id, actor_id, note, created_at)
         SELECT * FROM unnest($1::uuid[], $2::ledger_kind[], $3::int[], $4::uuid[], $5::uuid[], $6::text[], $7::timestamptz[])`,
        [l.map((x) => x.budgetId), l.map((x) => x.kind), l.map((x) => x.amount), l.map((x) => x.bookingId), l.map((x) => x.actorId), l.map((x) => x.note), l.map((x) => iso(x.at))],
      );
    }
    if (this.goals.length) {
      const g = this.goals;
      await db.query(`INSERT INTO booking_goal (booking_id, goal_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [g.map((x) => x.bookingId), g.map((x) => x.goalId)]);
    }
    if (this.reviews.length) {
      const r = this.reviews;
      await db.query(
        `INSERT INTO review (id, booking_id, offering_id, provider_id, person_id, rating, comment, created_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::smallint[], $7::text[], $8::timestamptz[])`,
        [r.map((x) => x.id), r.map((x) => x.bookingId), r.map((x) => x.offeringId), r.map((x) => x.providerId), r.map((x) => x.personId), r.map((x) => x.rating),
          r.map((x) => x.comment), r.map((x) => iso(x.createdAt))],
      );
    }
    if (this.futurePlaces.size) {
      const ids = [...this.futurePlaces.keys()];
      await db.query(`UPDATE slot s SET booked = s.booked + k.n FROM unnest($1::uuid[], $2::int[]) AS k(id, n) WHERE s.id = k.id`, [ids, ids.map((id) => this.futurePlaces.get(id)!)]);
    }
    this.slots = [];
    this.bookings = [];
    this.events = [];
    this.lines = [];
    this.goals = [];
    this.reviews = [];
    this.futurePlaces = new Map();
  }
}
