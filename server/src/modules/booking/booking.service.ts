import { AppError, conflict, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { inOneStatement, inTransaction } from '../../db/transaction';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import type { Budget } from '../budget/budget.entity';
import type { SupportPlan } from '../plan/plan.entity';
import { mayOnPlan, planGrant, PlanLevel } from '../plan/plan-access';
import { canManage, type ProviderService } from '../provider/provider.service';
import { BookingConnection, BookingStatus, type Booking } from './booking.entity';
import type { ProviderBookingsArgs, RequestBookingInput } from './booking.inputs';
import { BookingRepository, type BookingMove, type MoveOutcome } from './booking.repository';
import { RequestBooking } from './request-booking';

// Owns the booking lifecycle: REQUESTED -> CONFIRMED | DECLINED | CANCELLED; CONFIRMED -> CANCELLED | COMPLETED |
// NO_SHOW; nothing else (CONFLICT). Declining and cancelling give the place and the held money back; completing and
// a no-show turn the hold into spend. Every change takes the booking's row lock first (then slot, then budget),
// is checked against the database clock, and appends a history line naming who made it. A change is one statement,
// move_booking() (db/functions/move-booking.sql), which carries out the move described here and answers with an outcome;
// the rules of each move and the wording of each refusal live here.
type Side = 'PROVIDER' | 'EITHER';
type Timing = BookingMove['timing'];

interface Move {
  to: BookingStatus;
  from: readonly BookingStatus[];
  who: Side;
  when: Timing;
  /** RELEASE also gives the place back; SPEND keeps it (the session happened, or was kept for the person). */
  money: 'RELEASE' | 'SPEND' | null;
  /** The phrase for refusals: "can no longer be <done>". */
  done: string;
}

const { REQUESTED, CONFIRMED } = BookingStatus;
const MOVES: Record<'confirm' | 'decline' | 'cancel' | 'complete' | 'noShow', Move> = {
  confirm: { to: BookingStatus.CONFIRMED, from: [REQUESTED], who: 'PROVIDER', when: 'BEFORE_END', money: null, done: 'confirmed' },
  decline: { to: BookingStatus.DECLINED, from: [REQUESTED], who: 'PROVIDER', when: 'ANY', money: 'RELEASE', done: 'declined' },
  cancel: { to: BookingStatus.CANCELLED, from: [REQUESTED, CONFIRMED], who: 'EITHER', when: 'BEFORE_START', money: 'RELEASE', done: 'cancelled' },
  complete: { to: BookingStatus.COMPLETED, from: [CONFIRMED], who: 'PROVIDER', when: 'AFTER_START', money: 'SPEND', done: 'completed' },
  // The no-show rule: charged in full. The place was kept for the person until the session started and could not
  // be offered to anyone else; a person who cannot come can cancel free of charge at any time before the start.
  noShow: { to: BookingStatus.NO_SHOW, from: [CONFIRMED], who: 'PROVIDER', when: 'AFTER_START', money: 'SPEND', done: 'marked as a no-show' },
};

const STATUS_WORDS: Record<BookingStatus, string> = {
  REQUESTED: 'requested',
  CONFIRMED: 'confirmed',
  DECLINED: 'declined',
  CANCELLED: 'cancelled',
  COMPLETED: 'completed',
  NO_SHOW: 'a no-show',
};

export class BookingService {
  private readonly requester: RequestBooking;

  constructor(private readonly providers: ProviderService) {
    this.requester = new RequestBooking();
  }

  /**
   * The person, or a supporter with BOOK on the plan: the booking is the person's, its history and ledger lines name
   * who asked. The person's own request stays one statement; a supporter's first finds whom they book for.
   */
  request(ctx: RequestContext, input: RequestBookingInput, asked?: ReadonlySet<string>): Promise<Booking> {
    return this.requester.run(ctx, input, async (plan) => ((await planGrant(ctx, plan))?.level ?? 0) >= PlanLevel.BOOK, asked);
  }

  confirm(ctx: RequestContext, id: string) {
    return this.change(ctx, id, MOVES.confirm, null);
  }

  decline(ctx: RequestContext, id: string, reason?: string | null) {
    return this.change(ctx, id, MOVES.decline, reason);
  }

  cancel(ctx: RequestContext, id: string, reason?: string | null) {
    return this.change(ctx, id, MOVES.cancel, reason);
  }

  complete(ctx: RequestContext, id: string) {
    return this.change(ctx, id, MOVES.complete, null);
  }

  markNoShow(ctx: RequestContext, id: string, reason?: string | null) {
    return this.change(ctx, id, MOVES.noShow, reason);
  }

  /** A booking its person (or their supporters), its provider or an admin may see; null for everyone else. */
  async visibleById(ctx: RequestContext, id: string): Promise<Booking | null> {
    const booking = await ctx.loaders.bookingById.load(assertId(id));
    if (!booking) return null;
    const side = await this.sideOf(ctx, booking);
    return side.person || side.provider ? booking : null;
  }

  /** Bookings of the viewer's organisations (or of one of them), newest first. */
  async providerBookings(ctx: RequestContext, args: ProviderBookingsArgs): Promise<BookingConnection> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, 'PROVIDER_BOOKINGS', 2) as [string, string] | null;
    const providerIds = args.providerId
      ? [(await this.providers.loadManaged(ctx, args.providerId)).id]
      : (await this.providers.mine(ctx)).map((p) => p.id);
    const found = providerIds.length ? await BookingRepository.findPageByProviders(ctx.db, providerIds, args.status ?? null, size, cursor) : [];
    for (const b of found) ctx.loaders.bookingById.prime(b.id, b);
    return Object.assign(new BookingConnection(), toPage(found, size, (b) => encodeCursor('PROVIDER_BOOKINGS', b.sortKey!)));
  }

  /**
   * A plan's bookings, newest first, for those who may read the plan (its person and admins). A provider reaches a
   * plan through one of its bookings (Booking.plan) and must not see the person's other bookings from there.
   */
  async planBookings(ctx: RequestContext, plan: SupportPlan, first?: number | null, after?: string | null): Promise<BookingConnection> {
    if (!(await mayOnPlan(ctx, plan, PlanLevel.VIEW))) throw forbidden("Only the person, their supporters and admins can see a plan's bookings.");
    const size = pageSize(first);
    const cursor = decodeCursor(after, 'PLAN_BOOKINGS', 2) as [string, string] | null;
    const found = await ctx.loaders.bookingPageByPlanId(size, cursor).load(plan.id);
    for (const b of found) ctx.loaders.bookingById.prime(b.id, b);
    return Object.assign(new BookingConnection(), toPage(found, size, (b) => encodeCursor('PLAN_BOOKINGS', b.sortKey!)));
  }

  /**
   * The plan and the budget behind a booking are the person's (goals, needs, every budget's balance): only for those
   * who may read the plan. The provider sees the booking itself and the person's name.
   */
  async planOf(ctx: RequestContext, booking: Booking): Promise<SupportPlan> {
    return this.assertPlanReader(ctx, booking);
  }

  /** The budget a booking is paid from: null for a free session booked without one. */
  async paidFromOf(ctx: RequestContext, booking: Booking): Promise<Budget | null> {
    await this.assertPlanReader(ctx, booking);
    return booking.budgetId ? ctx.loaders.budgetById.load(booking.budgetId) : null;
  }

  /** Booking.budget, non-null in the public contract: a booking without a budget answers NOT_FOUND, saying why. */
  async budgetOf(ctx: RequestContext, booking: Booking): Promise<Budget> {
    const budget = await this.paidFromOf(ctx, booking);
    if (!budget) throw new AppError('NOT_FOUND', 'This booking has no budget: it is a free session booked without one. Ask for paidFrom, which is null for it.');
    return budget;
  }

  /** Who asked for the booking: the person's name, or "Jo (for Sam)" when a supporter booked for them. */
  async requestedByOf(ctx: RequestContext, booking: Booking): Promise<string> {
    const [first] = await ctx.loaders.eventsByBookingId.load(booking.id);
    return first?.actedFor ?? (await this.personNameOf(ctx, booking));
  }

  async personNameOf(ctx: RequestContext, booking: Booking): Promise<string> {
    return (await ctx.loaders.userById.load(booking.personId))?.name ?? '';
  }

  private async assertPlanReader(ctx: RequestContext, booking: Booking): Promise<SupportPlan> {
    const plan = (await ctx.loaders.planById.load(booking.planId))!;
    if (!(await mayOnPlan(ctx, plan, PlanLevel.VIEW))) {
      throw forbidden("The plan and budget behind a booking are only for the person, their supporters and admins; providers see the booking and the person's name.");
    }
    return plan;
  }

  private async change(ctx: RequestContext, rawId: string, move: Move, reason: string | null | undefined, forPerson: string | null = null): Promise<Booking> {
    const viewer = ctx.viewer!;
    const id = assertId(rawId);
    // Who may (the booking's person, or its provider's side: see sideOf), the status, the clock, the place and the
    // money are all decided inside move_booking, under the booking's row lock.
    const { outcome, detail, booking } = await inOneStatement(ctx, (db) =>
      BookingRepository.move(db, {
        bookingId: id,
        actorId: viewer.id,
        actorRole: viewer.role,
        from: move.from,
        to: move.to,
        providerOnly: move.who === 'PROVIDER',
        timing: move.when,
        money: move.money,
        reason: reason?.trim() || null,
        note: move.money ? `Booking ${STATUS_WORDS[move.to]}` : null,
      }),
    );
    // Not the viewer's booking: a supporter with BOOK on its plan moves it for the person (moves either side may make).
    if (outcome === 'NOT_FOUND' && !forPerson && move.who === 'EITHER' && viewer.role === 'PERSON') {
      const personId = await this.personActedFor(ctx, id);
      if (personId) {
        return inTransaction(ctx, async (tx) => {
          await BookingRepository.actFor(tx.db, viewer.id, personId);
          return this.change(tx, rawId, move, reason, personId);
        });
      }
    }
    if (outcome !== 'MOVED') throw refusal(move, outcome, detail);
    // The payload shows the booking, its slot and its budget as they are now.
    ctx.loaders.bookingById.clear(id).prime(id, booking!);
    ctx.loaders.slotById.clear(booking!.slotId);
    if (booking!.budgetId) ctx.loaders.budgetById.clear(booking!.budgetId);
    return booking!;
  }

  /** The booking's person, when the viewer is not them but their supporter with BOOK on its plan; else null. */
  private async personActedFor(ctx: RequestContext, bookingId: string): Promise<string | null> {
    const booking = await ctx.loaders.bookingById.load(bookingId);
    if (!booking || booking.personId === ctx.viewer!.id) return null;
    const plan = await ctx.loaders.planById.load(booking.planId);
    const grant = plan ? await planGrant(ctx, plan) : null;
    return grant?.as === 'SUPPORTER' && grant.level >= PlanLevel.BOOK ? booking.personId : null;
  }

  // Which side of a booking the viewer is on. move_booking applies the same rule in SQL (keep the two alike); a
  // supporter of the person (VIEW or more) is on the person's side for reading.
  private async sideOf(ctx: RequestContext, booking: Booking): Promise<{ person: boolean; provider: boolean }> {
    const viewer = ctx.viewer;
    if (!viewer) return { person: false, provider: false };
    const plan = viewer.id === booking.personId || viewer.role !== 'PERSON' ? null : await ctx.loaders.planById.load(booking.planId);
    const person = viewer.id === booking.personId || (!!plan && (await mayOnPlan(ctx, plan, PlanLevel.VIEW)));
    if (viewer.role === 'ADMIN') return { person, provider: true };
    if (viewer.role !== 'PROVIDER') return { person, provider: false };
    const provider = await ctx.loaders.providerById.load(booking.providerId);
    return { person, provider: !!provider && canManage(ctx, provider) };
  }
}

/** What a refused move says, by move_booking's outcome. */
function refusal(move: Move, outcome: Exclude<MoveOutcome, 'MOVED'>, detail: Record<string, unknown>): AppError {
  switch (outcome) {
    case 'NOT_FOUND':
      return notFound('That booking');
    case 'NOT_PROVIDER':
      return forbidden(`Only the provider can say a booking is ${move.done}.`);
    case 'WRONG_STATUS': {
      const status = detail.status as BookingStatus;
      return conflict(
        status === move.to
          ? `This booking is already ${STATUS_WORDS[status]}.`
          : `This booking is ${STATUS_WORDS[status]}: only ${move.from.map((s) => STATUS_WORDS[s]).join(' or ')} bookings can be ${move.done}.`,
      );
    }
    case 'STARTED':
      return conflict(`The session has already started, so this booking can no longer be ${move.done}.`);
    case 'ENDED':
      return conflict(`The session has already ended, so this booking can no longer be ${move.done}.`);
    case 'NOT_STARTED':
      return conflict(`The session has not started yet, so this booking cannot be ${move.done} yet.`);
    case 'CHANGED':
      return conflict('This booking changed while you were updating it. Please reload it and try again.');
  }
}
