import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';
import { Role } from '../account/role';

export enum BookingStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; the place and the cost are held until the provider answers.' },
    CONFIRMED: { description: 'Accepted by the provider; the place and the cost stay held.' },
    DECLINED: { description: 'Refused by the provider; the place and the cost were released.' },
    CANCELLED: { description: 'Called off before the session started; the place and the cost were released.' },
    COMPLETED: { description: 'Delivered; the held cost became spend.' },
    NO_SHOW: { description: 'The person did not come; charged in full, because the place was kept for them.' },
  },
});

/** Statuses that hold a place in the slot and money in the budget's committed balance. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = [BookingStatus.REQUESTED, BookingStatus.CONFIRMED];
/** Statuses whose cost has been spent. */
export const CHARGED_STATUSES: readonly BookingStatus[] = [BookingStatus.COMPLETED, BookingStatus.NO_SHOW];

@ObjectType()
export class Booking {
  @Field(() => ID)
  id: string;

  slotId: string;
  offeringId: string;
  providerId: string;
  planId: string;
  /** null for a free session booked without a budget (it holds and spends nothing: booking_budget_or_free). */
  budgetId: string | null;
  /** Never trust for access without comparing to the viewer: see BookingService. */
  personId: string;

  @Field(() => BookingStatus)
  status: BookingStatus;

  @Field(() => Int, { description: "The cost of one session at the offering's price when it was booked; held, then spent or released." })
  totalPence: number;

  idempotencyKey: string;

  @Field(() => Date, { description: "The slot's start, copied when booked." })
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  /** Keyset sort values of a page row (internal): created_at to the microsecond, then id. */
  sortKey?: [string, string];
}

@ObjectType({ description: 'One change of a booking status. Never changed or removed.' })
export class BookingEvent {
  id: string;
  bookingId: string;

  @Field(() => BookingStatus, { nullable: true, description: 'null for the request that created the booking' })
  fromStatus: BookingStatus | null;

  @Field(() => BookingStatus)
  toStatus: BookingStatus;

  actorId: string | null;

  @Field(() => Role, { nullable: true, description: 'The role of the account that made the change (null for the system).' })
  actorRole: Role | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Set when a supporter made the change for the person: "Jo (for Sam)".' })
  actedFor?: string | null;

  @Field(() => Date)
  at: Date;
}

@ObjectType()
export class BookingEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Booking)
  node: Booking;
}

@ObjectType()
export class BookingConnection {
  @Field(() => [BookingEdge])
  edges: BookingEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

export interface BookingRow {
  id: string;
  slot_id: string;
  offering_id: string;
  provider_id: string;
  plan_id: string;
  budget_id: string | null;
  person_id: string;
  status: BookingStatus;
  total_pence: number;
  idempotency_key: string;
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
  updated_at: Date;
}

export const BOOKING_COLUMNS = (a = 'b') =>
  `${a}.id, ${a}.slot_id, ${a}.offering_id, ${a}.provider_id, ${a}.plan_id, ${a}.budget_id, ${a}.person_id, ${a}.status,
   ${a}.total_pence, ${a}.idempotency_key, ${a}.starts_at, ${a}.ends_at, ${a}.created_at, ${a}.updated_at`;

export function toBooking(r: BookingRow): Booking {
  return Object.assign(new Booking(), {
    id: r.id,
    slotId: r.slot_id,
    offeringId: r.offering_id,
    providerId: r.provider_id,
    planId: r.plan_id,
    budgetId: r.budget_id,
    personId: r.person_id,
    status: r.status,
    totalPence: r.total_pence,
    idempotencyKey: r.idempotency_key,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

export interface BookingEventRow {
  id: string;
  booking_id: string;
  from_status: BookingStatus | null;
  to_status: BookingStatus;
  actor_id: string | null;
  actor_role: Role | null;
  reason: string | null;
  at: Date;
}

export function toBookingEvent(r: BookingEventRow): BookingEvent {
  return Object.assign(new BookingEvent(), {
    id: String(r.id),
    bookingId: r.booking_id,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    reason: r.reason,
    at: r.at,
  });
}
