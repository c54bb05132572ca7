import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import type { Role } from '../account/role';
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

/** request_booking's answers (db/functions/request-booking.sql): a booking, or why not. */
export type RequestOutcome =
  | 'BOOKED'
  | 'REPLAYED'
  | 'PLAN_NOT_FOUND'
  | 'BUDGET_NOT_FOUND'
  | 'BUDGET_OF_ANOTHER_PLAN'
  | 'KEY_REUSED'
  | 'PLAN_CLOSED'
  | 'SLOT_NOT_FOUND'
  | 'NOT_PUBLISHED'
  | 'SLOT_IN_PAST'
  | 'OUTSIDE_BUDGET_PERIOD'
  | 'SLOT_FULL'
  | 'BOOKING_OVERLAP'
  | 'GOALS_NOT_IN_PLAN'
  | 'BUDGET_REQUIRED'
  | 'BUDGET_EXCEEDED';

/** move_booking's answers: the moved booking, or why not. */
export type MoveOutcome = 'MOVED' | 'NOT_FOUND' | 'NOT_PROVIDER' | 'WRONG_STATUS' | 'STARTED' | 'ENDED' | 'NOT_STARTED' | 'CHANGED';

/** What a booking function answers: the outcome, the values its message needs, and the booking when there is one. */
export interface BookingAnswer<O extends string> {
  outcome: O;
  detail: Record<string, unknown>;
  booking: Booking | null;
}

export interface BookingRequest {
  personId: string;
  actorRole: Role;
  planId: string;
  /** null: a free session, booked with no budget. */
  budgetId: string | null;
  slotId: string;
  goalIds: string[];
  idempotencyKey: string;
}

export interface BookingMove {
  bookingId: string;
  actorId: string;
  actorRole: Role;
  from: readonly BookingStatus[];
  to: BookingStatus;
  providerOnly: boolean;
  timing: 'ANY' | 'BEFORE_START' | 'BEFORE_END' | 'AFTER_START';
  money: 'RELEASE' | 'SPEND' | null;
  reason: string | null;
  /** The ledger line's note, when money moves. */
  note: string | null;
}

/** A booking under its row lock, with the database clock's view of its session. */
export interface LockedBooking {
  booking: Booking;
  started: boolean;
  ended: boolean;
}

// A booking function's row: outcome and detail, then the booking's columns (all null when there is no booking).
type AnswerRow<O extends string> = BookingRow & { outcome: O; detail: Record<string, unknown> | null };
const answer = <O extends string>(r: AnswerRow<O> | null): BookingAnswer<O> => {
  if (!r) throw new Error('A booking function returned no row');
  return { outcome: r.outcome, detail: r.detail ?? {}, booking: r.id ? toBooking(r) : null };
};

// Keyset cursors carry created_at to the microsecond: a JavaScript Date keeps only milliseconds, and a cursor
// rounded down would bring the last row of a page back at the top of the next.
const CURSOR_AT = `to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;
const withSortKey = (r: BookingRow & { cursor_at: string }): Booking => Object.assign(toBooking(r), { sortKey: [r.cursor_at, r.id] as [string, string] });

export const BookingRepository = {
  /**
   * The whole of requestBooking in one statement: request_booking() takes the person's lock, then the slot's, then
   * the budget's, checks everything, and only then writes (place, booking, history, goals, hold).
   */
  async request(db: EntityManager, r: BookingRequest): Promise<BookingAnswer<RequestOutcome>> {
    return answer(
      await one<AnswerRow<RequestOutcome>>(
        db,
        `SELECT r.outcome, r.detail, ${BOOKING_COLUMNS('b')}
           FROM request_booking($1, $2::user_role, $3, $4, $5, $6::uuid[], $7) r CROSS JOIN LATERAL (SELECT (r.booking_row).*) b`,
        [r.personId, r.actorRole, r.planId, r.budgetId, r.slotId, r.goalIds, r.idempotencyKey],
      ),
    );
  },

  /**
   * For the rest of the caller's transaction, a supporter (whom booking.service checked) acts for the person:
   * request_booking names the supporter on the history and ledger lines of the person's booking, and move_booking
   * lets them make the person's moves (db/functions/*.sql read these settings).
   */
  async actFor(db: EntityManager, actorId: string, personId: string): Promise<void> {
    await db.query(`SELECT set_config('support_market.actor', $1, true), set_config('support_market.acting_for', $2, true)`, [actorId, personId]);
  },

  /** One status change in one statement: move_booking() locks the booking, then its slot, then its budget. */
  async move(db: EntityManager, m: BookingMove): Promise<BookingAnswer<MoveOutcome>> {
    return answer(
      await one<AnswerRow<MoveOutcome>>(
        db,
        `SELECT r.outcome, r.detail, ${BOOKING_COLUMNS('b')}
           FROM move_booking($1, $2, $3::user_role, $4::booking_status[], $5::booking_status, $6, $7, $8::ledger_kind, $9, $10) r
          CROSS JOIN LATERAL (SELECT (r.booking_row).*) b`,
        [m.bookingId, m.actorId, m.actorRole, m.from, m.to, m.providerOnly, m.timing, m.money, m.reason, m.note],
      ),
    );
  },

  // booking_person_idempotency_key
  async findByPersonAndKey(db: EntityManager, personId: string, key: string): Promise<Booking | null> {
    const row = await one<BookingRow>(db, `SELECT ${BOOKING_COLUMNS('b')} FROM booking b WHERE b.person_id = $1 AND b.idempotency_key = $2`, [personId, key]);
    return row ? toBooking(row) : null;
  },

  async lockById(db: EntityManager, id: string): Promise<LockedBooking | null> {
    const row = await one<BookingRow & { started: boolean; ended: boolean }>(
      db,
      `SELECT ${BOOKING_COLUMNS('b')}, now() >= b.starts_at AS started, now() >= b.ends_at AS ended FROM booking b WHERE b.id = $1 FOR UPDATE`,
      [id],
    );
    return row ? { booking: toBooking(row), started: row.started, ended: row.ended } : null;
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
    // booking_event_booking_idx; acted_for names a supporter who acted for the person (people's accounts other than the booking's person).
    const found = await rows<BookingEventRow & { acted_for: string | null }>(
      db,
      `SELECT e.id, e.booking_id, e.from_status, e.to_status, e.actor_id, e.actor_role, e.reason, e.at,
              CASE WHEN e.actor_role = 'PERSON' AND e.actor_id <> k.person_id THEN au.name || ' (for ' || pu.name || ')' END AS acted_for
         FROM booking_event e JOIN booking k ON k.id = e.booking_id JOIN app_user pu ON pu.id = k.person_id
         LEFT JOIN app_user au ON au.id = e.actor_id
        WHERE e.booking_id = ANY($1::uuid[]) ORDER BY e.booking_id, e.id`,
      [ids],
    );
    return found.map((r) => Object.assign(toBookingEvent(r), { actedFor: r.acted_for }));
  },
};
