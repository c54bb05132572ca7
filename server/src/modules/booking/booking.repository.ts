import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import type { Role } from '../account/role';
import type { OfferingStatus, PriceUnit } from '../catalogue/catalogue.enums';
import {
  BOOKING_COLUMNS,
  toBooking,
  toBookingEvent,
  type Booking,
  type BookingEvent,
  type BookingEventRow,
  type BookingRow,
  type BookingStatus,
} from './booking.entity';

// Advisory lock namespace for "one person's bookings" (the first key of the two-key form; the second is a hash of
// the person's id). A hash collision only makes two people wait for each other, never a wrong answer.
const PERSON_LOCK_SPACE = 0x426b; // "Bk"

/** The slot as requestBooking needs it: locked, with its offering's terms and the database's clock. */
export interface SlotForBooking {
  id: string;
  offeringId: string;
  providerId: string;
  offeringStatus: OfferingStatus;
  pricePence: number;
  priceUnit: PriceUnit;
  sessionMinutes: number;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  /** now() >= starts_at, by the database clock. */
  started: boolean;
  /** The session's calendar date in the UK (YYYY-MM-DD), for the budget period. */
  localDate: string;
}

/** A booking under its row lock, with the database clock's view of its session. */
export interface LockedBooking {
  booking: Booking;
  started: boolean;
  ended: boolean;
}

export interface NewBooking {
  slotId: string;
  offeringId: string;
  providerId: string;
  planId: string;
  budgetId: string;
  personId: string;
  totalPence: number;
  idempotencyKey: string;
  startsAt: Date;
  endsAt: Date;
  actorRole: Role;
}

// Keyset cursors carry created_at to the microsecond: a JavaScript Date keeps only milliseconds, and a cursor
// rounded down would bring the last row of a page back at the top of the next.
const CURSOR_AT = `to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;
const withSortKey = (r: BookingRow & { cursor_at: string }): Booking => Object.assign(toBooking(r), { sortKey: [r.cursor_at, r.id] as [string, string] });

export const BookingRepository = {
  /** Serialises one person's booking requests (idempotency and overlap checks) until the transaction ends. */
  async lockPerson(db: EntityManager, personId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))`, [PERSON_LOCK_SPACE, personId]);
  },

  // booking_person_idempotency_key
  async findByPersonAndKey(db: EntityManager, personId: string, key: string): Promise<Booking | null> {
    const row = await one<BookingRow>(db, `SELECT ${BOOKING_COLUMNS('b')} FROM booking b WHERE b.person_id = $1 AND b.idempotency_key = $2`, [personId, key]);
    return row ? toBooking(row) : null;
  },

  /** Row lock on the slot (FOR UPDATE OF s only: the offering is read, not locked). */
  async lockSlot(db: EntityManager, slotId: string): Promise<SlotForBooking | null> {
    const r = await one<{
      id: string; offering_id: string; provider_id: string; offering_status: OfferingStatus; price_pence: number; price_unit: PriceUnit;
      session_minutes: number; starts_at: Date; ends_at: Date; capacity: number; booked: number; started: boolean; local_date: string;
    }>(
      db,
      `SELECT s.id, s.offering_id, o.provider_id, o.status AS offering_status, o.price_pence, o.price_unit, o.session_minutes,
              s.starts_at, s.ends_at, s.capacity, s.booked, s.starts_at <= now() AS started,
              (s.starts_at AT TIME ZONE 'Europe/London')::date::text AS local_date
         FROM slot s JOIN offering o ON o.id = s.offering_id
        WHERE s.id = $1 FOR UPDATE OF s`,
      [slotId],
    );
    if (!r) return null;
    return {
      id: r.id, offeringId: r.offering_id, providerId: r.provider_id, offeringStatus: r.offering_status, pricePence: r.price_pence,
      priceUnit: r.price_unit, sessionMinutes: r.session_minutes, startsAt: r.starts_at, endsAt: r.ends_at, capacity: r.capacity,
      booked: r.booked, started: r.started, localDate: r.local_date,
    };
  },

  // booking_no_overlap (GiST on person_id, tstzrange) answers this.
  async findOverlapping(db: EntityManager, personId: string, startsAt: Date, endsAt: Date): Promise<Booking | null> {
    const row = await one<BookingRow>(
      db,
      `SELECT ${BOOKING_COLUMNS('b')} FROM booking b
        WHERE b.person_id = $1 AND b.status IN ('REQUESTED', 'CONFIRMED')
          AND tstzrange(b.starts_at, b.ends_at) && tstzrange($2::timestamptz, $3::timestamptz)
        LIMIT 1`,
      [personId, startsAt, endsAt],
    );
    return row ? toBooking(row) : null;
  },

  /** Takes one place; false when none was free (the CHECK booked <= capacity would refuse it anyway). */
  async takePlace(db: EntityManager, slotId: string): Promise<boolean> {
    const r = await rows(db, `UPDATE slot SET booked = booked + 1 WHERE id = $1 AND booked < capacity RETURNING id`, [slotId]);
    return r.length === 1;
  },

  async givePlaceBack(db: EntityManager, slotId: string): Promise<void> {
    await db.query(`UPDATE slot SET booked = booked - 1 WHERE id = $1`, [slotId]);
  },

  /** Inserts the booking and its first history line in one statement. */
  async insert(db: EntityManager, b: NewBooking): Promise<Booking> {
    const row = await one<BookingRow>(
      db,
      `WITH b AS (
         INSERT INTO booking (slot_id, offering_id, provider_id, plan_id, budget_id, person_id, total_pence, idempotency_key, starts_at, ends_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *
       ), e AS (
         INSERT INTO booking_event (booking_id, from_status, to_status, actor_id, actor_role)
         SELECT b.id, NULL, b.status, b.person_id, $11::user_role FROM b
       )
       SELECT ${BOOKING_COLUMNS('b')} FROM b`,
      [b.slotId, b.offeringId, b.providerId, b.planId, b.budgetId, b.personId, b.totalPence, b.idempotencyKey, b.startsAt, b.endsAt, b.actorRole],
    );
    return toBooking(row!);
  },

  /** Links the goals that belong to the plan; returns how many did (fewer than asked means some did not). */
  async linkGoals(db: EntityManager, bookingId: string, planId: string, goalIds: string[]): Promise<number> {
    const r = await rows(
      db,
      `INSERT INTO booking_goal (booking_id, goal_id) SELECT $1, g.id FROM goal g WHERE g.id = ANY($2::uuid[]) AND g.plan_id = $3 RETURNING goal_id`,
      [bookingId, goalIds, planId],
    );
    return r.length;
  },

  async lockById(db: EntityManager, id: string): Promise<LockedBooking | null> {
    const row = await one<BookingRow & { started: boolean; ended: boolean }>(
      db,
      `SELECT ${BOOKING_COLUMNS('b')}, now() >= b.starts_at AS started, now() >= b.ends_at AS ended FROM booking b WHERE b.id = $1 FOR UPDATE`,
      [id],
    );
    return row ? { booking: toBooking(row), started: row.started, ended: row.ended } : null;
  },

  /**
   * Moves to `to` only from one of `from` (the caller holds the row lock and passes the status it saw as
   * `current`), recording who did it; null when the booking was in another state.
   */
  async transition(
    db: EntityManager,
    id: string,
    current: BookingStatus,
    from: readonly BookingStatus[],
    to: BookingStatus,
    actor: { id: string | null; role: Role | null; reason: string | null },
  ): Promise<Booking | null> {
    const row = await one<BookingRow>(
      db,
      `WITH b AS (
         UPDATE booking b SET status = $4::booking_status, updated_at = now()
          WHERE b.id = $1 AND b.status = $2::booking_status AND b.status = ANY($3::booking_status[])
          RETURNING b.*
       ), e AS (
         INSERT INTO booking_event (booking_id, from_status, to_status, actor_id, actor_role, reason)
         SELECT b.id, $2::booking_status, b.status, $5, $6::user_role, $7 FROM b
       )
       SELECT ${BOOKING_COLUMNS('b')} FROM b`,
      [id, current, from, to, actor.id, actor.role, actor.reason],
    );
    return row ? toBooking(row) : null;
  },

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<Booking[]> {
    const found = await rows<BookingRow>(db, `SELECT ${BOOKING_COLUMNS('b')} FROM booking b WHERE b.id = ANY($1::uuid[])`, [ids]);
    return found.map(toBooking);
  },

  // booking_provider_idx, or booking_provider_status_idx with a status: newest first, keyset on (created_at, id).
  async findPageByProviders(
    db: EntityManager,
    providerIds: readonly string[],
    status: BookingStatus | null,
    first: number,
    after: [string, string] | null,
  ): Promise<Booking[]> {
    const params: unknown[] = [providerIds];
    const where = ['b.provider_id = ANY($1::uuid[])'];
    if (status) {
      params.push(status);
      where.push(`b.status = $${params.length}::booking_status`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(b.created_at, b.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    const found = await rows<BookingRow & { cursor_at: string }>(
      db,
      `SELECT ${BOOKING_COLUMNS('b')}, ${CURSOR_AT} FROM booking b WHERE ${where.join(' AND ')}
        ORDER BY b.created_at DESC, b.id DESC LIMIT $${params.length}`,
      params,
    );
    return found.map(withSortKey);
  },

  // booking_plan_idx: one keyset page per plan, all plans in one statement.
  async findPagesByPlans(db: EntityManager, planIds: readonly string[], first: number, after: [string, string] | null): Promise<Booking[]> {
    const found = await rows<BookingRow & { cursor_at: string }>(
      db,
      `SELECT ${BOOKING_COLUMNS('b')}, ${CURSOR_AT} FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (
         SELECT * FROM booking b WHERE b.plan_id = k.id
           AND ($2::timestamptz IS NULL OR (b.created_at, b.id) < ($2::timestamptz, $3::uuid))
         ORDER BY b.created_at DESC, b.id DESC LIMIT $4) b`,
      [planIds, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return found.map(withSortKey);
  },

  // booking_event_booking_idx
  async findEventsByBookingIds(db: EntityManager, ids: readonly string[]): Promise<BookingEvent[]> {
    const found = await rows<BookingEventRow>(
      db,
      `SELECT id, booking_id, from_status, to_status, actor_id, actor_role, reason, at FROM booking_event
        WHERE booking_id = ANY($1::uuid[]) ORDER BY booking_id, id`,
      [ids],
    );
    return found.map(toBookingEvent);
  },
};
