import type { EntityManager } from 'typeorm';
import { rows } from '../db/sql';

// The money and places invariants of booking, checked over the whole database: by the tests after every test and by
// the booking soak at its end. Each query returns the offending rows (at most 20), so an empty list means all hold.
//   budgets:  the balances equal the ledger's running sums; committed = the totals of REQUESTED + CONFIRMED bookings;
//             spent = the totals of COMPLETED + NO_SHOW bookings (a no-show is charged in full)
//   bookings: each booking's ledger lines match its status (held, released, or spent, exactly once, on its budget;
//             none at all for a free booking made without a budget)
//   slots:    booked = bookings holding a place (REQUESTED, CONFIRMED, COMPLETED, NO_SHOW) and never above capacity
//             (at least that many, when the data has places taken off the platform, as the demo market does)
//   people:   no two REQUESTED/CONFIRMED bookings of one person overlap
//   history:  each booking's latest event is its status
//   ratings:  reviews only of completed bookings; offering roll-ups equal their reviews and a provider's is the sum of
//             its offerings' (or, with ratings imported without reviews as in the demo market, count at least the reviews)
const CHECKS: Record<string, string> = {
  'budget balances differ from the ledger': `
    SELECT b.id, b.allocated_pence, b.committed_pence, b.spent_pence, l.allocated, l.committed, l.spent
      FROM budget b CROSS JOIN LATERAL (
        SELECT coalesce(sum(amount_pence) FILTER (WHERE kind IN ('ALLOCATION','ADJUSTMENT')), 0) AS allocated,
               coalesce(sum(CASE kind WHEN 'HOLD' THEN amount_pence WHEN 'RELEASE' THEN -amount_pence WHEN 'SPEND' THEN -amount_pence ELSE 0 END), 0) AS committed,
               coalesce(sum(amount_pence) FILTER (WHERE kind = 'SPEND'), 0) AS spent
          FROM budget_ledger WHERE budget_id = b.id) l
     WHERE (b.allocated_pence, b.committed_pence, b.spent_pence) IS DISTINCT FROM (l.allocated, l.committed, l.spent)
     LIMIT 20`,
  'budget balances differ from the bookings': `
    SELECT b.id, b.committed_pence, b.spent_pence, k.committed, k.spent
      FROM budget b CROSS JOIN LATERAL (
        SELECT coalesce(sum(total_pence) FILTER (WHERE status IN ('REQUESTED','CONFIRMED')), 0) AS committed,
               coalesce(sum(total_pence) FILTER (WHERE status IN ('COMPLETED','NO_SHOW')), 0) AS spent
          FROM booking WHERE budget_id = b.id) k
     WHERE (b.committed_pence, b.spent_pence) IS DISTINCT FROM (k.committed, k.spent)
     LIMIT 20`,
  "a booking's ledger lines do not match its status": `
    SELECT k.id, k.status, k.total_pence, l.held, l.released, l.spent, l.elsewhere
      FROM booking k CROSS JOIN LATERAL (
        SELECT coalesce(sum(amount_pence) FILTER (WHERE kind = 'HOLD'), 0) AS held,
               coalesce(sum(amount_pence) FILTER (WHERE kind = 'RELEASE'), 0) AS released,
               coalesce(sum(amount_pence) FILTER (WHERE kind = 'SPEND'), 0) AS spent,
               count(*) FILTER (WHERE budget_id IS DISTINCT FROM k.budget_id) AS elsewhere
          FROM budget_ledger WHERE booking_id = k.id) l
     WHERE l.elsewhere > 0
        OR l.held <> k.total_pence
        OR l.released <> CASE WHEN k.status IN ('DECLINED','CANCELLED') THEN k.total_pence ELSE 0 END
        OR l.spent <> CASE WHEN k.status IN ('COMPLETED','NO_SHOW') THEN k.total_pence ELSE 0 END
     LIMIT 20`,
  'ledger lines name a booking that does not exist': `
    SELECT l.id, l.booking_id FROM budget_ledger l
     WHERE l.booking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM booking k WHERE k.id = l.booking_id)
     LIMIT 20`,
  'a person has overlapping active bookings': `
    SELECT a.id, b.id AS other FROM booking a JOIN booking b
        ON b.person_id = a.person_id AND b.id > a.id AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
     WHERE a.status IN ('REQUESTED','CONFIRMED') AND b.status IN ('REQUESTED','CONFIRMED')
     LIMIT 20`,
  "a booking's history does not end at its status": `
    SELECT k.id, k.status, e.last_to, e.first_from, e.creations
      FROM booking k CROSS JOIN LATERAL (
        SELECT (array_agg(to_status ORDER BY id DESC))[1] AS last_to, (array_agg(from_status ORDER BY id))[1] AS first_from,
               count(*) FILTER (WHERE from_status IS NULL) AS creations
          FROM booking_event WHERE booking_id = k.id) e
     WHERE e.last_to IS DISTINCT FROM k.status OR e.first_from IS NOT NULL OR e.creations <> 1
     LIMIT 20`,
  'a review is of a booking that is not completed': `
    SELECT r.id, k.status FROM review r JOIN booking k ON k.id = r.booking_id
     WHERE k.status <> 'COMPLETED' OR r.person_id <> k.person_id OR r.offering_id <> k.offering_id OR r.provider_id <> k.provider_id
     LIMIT 20`,
};

const PLACES = (exact: boolean) => `
    SELECT s.id, s.capacity, s.booked, k.n
      FROM slot s CROSS JOIN LATERAL (
        SELECT count(*) AS n FROM booking WHERE slot_id = s.id AND status IN ('REQUESTED','CONFIRMED','COMPLETED','NO_SHOW')) k
     WHERE s.booked ${exact ? '<>' : '<'} k.n OR s.booked > s.capacity
     LIMIT 20`;

const PROVIDER_RATINGS = `
    SELECT p.id, p.rating_count, p.rating_sum, o.count, o.sum
      FROM provider p CROSS JOIN LATERAL (
        SELECT coalesce(sum(rating_count), 0) AS count, coalesce(sum(rating_sum), 0) AS sum FROM offering WHERE provider_id = p.id) o
     WHERE (p.rating_count, p.rating_sum) IS DISTINCT FROM (o.count, o.sum)
     LIMIT 20`;

const PROVIDER_AT_LEAST_REVIEWS = `
    SELECT p.id, p.rating_count, p.rating_sum, r.count, r.sum
      FROM provider p CROSS JOIN LATERAL (
        SELECT count(*) AS count, coalesce(sum(rating), 0) AS sum FROM review WHERE provider_id = p.id AND hidden_at IS NULL) r
     WHERE p.rating_count < r.count OR p.rating_sum < r.sum
     LIMIT 20`;

const EXACT_RATINGS = `
    SELECT o.id, o.rating_count, o.rating_sum, r.count, r.sum
      FROM offering o CROSS JOIN LATERAL (
        SELECT count(*) AS count, coalesce(sum(rating), 0) AS sum FROM review WHERE offering_id = o.id AND hidden_at IS NULL) r
     WHERE (o.rating_count, o.rating_sum) IS DISTINCT FROM (r.count, r.sum)
     LIMIT 20`;

const AT_LEAST_REVIEWS = `
    SELECT o.id, o.rating_count, o.rating_sum, r.count, r.sum
      FROM offering o CROSS JOIN LATERAL (
        SELECT count(*) AS count, coalesce(sum(rating), 0) AS sum FROM review WHERE offering_id = o.id AND hidden_at IS NULL) r
     WHERE o.rating_count < r.count OR o.rating_sum < r.sum
     LIMIT 20`;

export interface InvariantViolation {
  rule: string;
  rows: Record<string, unknown>[];
}

/**
 * Every violated rule with up to 20 offending rows; empty when all hold. `imported: true` relaxes the two rules that
 * data from outside the platform breaks by design (the demo market's ratings without reviews and places taken
 * off the platform): the counts must then be at least what the bookings and reviews account for.
 */
export async function findBookingInvariantViolations(db: EntityManager, options: { imported?: boolean } = {}): Promise<InvariantViolation[]> {
  const exact = !options.imported;
  const checks: [string, string][] = [
    ...Object.entries(CHECKS),
    [exact ? 'slot places differ from the bookings' : 'slot places are fewer than the bookings', PLACES(exact)],
    exact ? ['offering ratings differ from its reviews', EXACT_RATINGS] : ['offering ratings count fewer reviews than it has', AT_LEAST_REVIEWS],
    exact ? ["a provider's rating is not the sum of its offerings'", PROVIDER_RATINGS] : ['provider ratings count fewer reviews than it has', PROVIDER_AT_LEAST_REVIEWS],
  ];
  const out: InvariantViolation[] = [];
  for (const [rule, sql] of checks) {
    const found = await rows<Record<string, unknown>>(db, sql);
    if (found.length) out.push({ rule, rows: found });
  }
  return out;
}
