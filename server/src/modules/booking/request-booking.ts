import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { PG, pgCode } from '../../db/sql';
import { inOneStatement, inTransaction } from '../../db/transaction';
import type { RequestContext } from '../../graphql/request-context';
import { budgetExceeded, pounds } from '../budget/budget-ledger.service';
import type { SupportPlan } from '../plan/plan.entity';
import type { Booking } from './booking.entity';
import type { RequestBookingInput } from './booking.inputs';
import { BookingRepository, type BookingAnswer, type RequestOutcome } from './booking.repository';

// Owns: a booking takes one place in a future slot of a published offering and holds its cost in one of the
// person's own budgets, atomically (a free session may name no budget: then nothing is held, ever); one person's active bookings never overlap; one idempotency key books at most
// once. The whole request is one statement, request_booking() (db/functions/request-booking.sql), which takes its locks in
// the order person -> slot -> budget (so requests never wait on each other in a cycle), makes every check below
// before it writes anything, and answers with an outcome; this file owns what each refusal says. Deadlocks and
// serialization failures that still happen are retried by inOneStatement.
const KEY_REUSED = 'This idempotency key was already used for a different booking. Use a new key for a new booking.';
const SLOT_FULL = 'Sorry, this session is full. Try another time.';
const OVERLAP = 'You already have a booking at this time.';

/** The refusals, in the order request_booking checks them. */
const REFUSALS: Record<Exclude<RequestOutcome, 'BOOKED' | 'REPLAYED'>, (detail: Record<string, unknown>) => AppError> = {
  PLAN_NOT_FOUND: () => notFound('That support plan'),
  BUDGET_NOT_FOUND: () => notFound('That budget'),
  BUDGET_OF_ANOTHER_PLAN: () => forbidden('That budget belongs to another plan: pay from a budget of this plan.'),
  KEY_REUSED: () => conflict(KEY_REUSED),
  PLAN_CLOSED: () => conflict('This support plan is closed, so it cannot be used for new bookings.'),
  SLOT_NOT_FOUND: () => notFound('That slot'),
  NOT_PUBLISHED: () => conflict('This offering is not taking bookings at the moment.'),
  SLOT_IN_PAST: () => new AppError('SLOT_IN_PAST', 'This session has already started, so it can no longer be booked.'),
  OUTSIDE_BUDGET_PERIOD: (d) => conflict(`This budget covers ${d.periodStartDate} to ${d.periodEndDate}, but the session is on ${d.sessionDate}.`),
  SLOT_FULL: () => new AppError('SLOT_FULL', SLOT_FULL),
  BOOKING_OVERLAP: (d) => new AppError('BOOKING_OVERLAP', OVERLAP, { bookingId: d.bookingId }),
  GOALS_NOT_IN_PLAN: () => badInput('Some of the goals are not goals of this plan.', 'goalIds'),
  BUDGET_REQUIRED: (d) =>
    badInput(
      `This session costs ${pounds(d.requiredPence as number)}, so it needs a budget to pay from. Choose one of your budgets, ` +
        'add your own money as a self-funded budget, or ask your council for a needs assessment.',
      'budgetId',
    ),
  BUDGET_EXCEEDED: (d) => budgetExceeded(d.availablePence as number, d.requiredPence as number),
};

export class RequestBooking {
  /**
   * Books for the viewer; when the plan is not theirs, for the plan's person if `mayBookFor(plan)` says the viewer
   * may (a supporter with BOOK): asked again with that person, and the viewer as the actor. `asked` is the selection
   * of the answer (see the budget check below).
   */
  async run(
    ctx: RequestContext,
    input: RequestBookingInput,
    mayBookFor: (plan: SupportPlan) => Promise<boolean>,
    asked: ReadonlySet<string> = new Set(),
    personId = ctx.viewer!.id,
  ): Promise<Booking> {
    const viewer = ctx.viewer!;
    const slotId = assertId(input.slotId, 'slotId');
    const planId = assertId(input.planId, 'planId');
    const budgetId = input.budgetId == null ? null : assertId(input.budgetId, 'budgetId');
    // Booking.budget is non-null in the public contract, and a booking without a budget has none: refused before
    // anything is written, or the booking would be made and the answer be data: null (a retrying client is then
    // told nothing). Booking.paidFrom answers null instead.
    if (!budgetId && asked.has('budget')) {
      throw badInput('Nothing was booked: you asked for the booking\'s budget, but a booking made without a budget has none. Ask for paidFrom instead.', 'budgetId');
    }
    const goalIds = [...new Set((input.goalIds ?? []).map((g) => assertId(g, 'goalIds')))];
    const key = input.idempotencyKey;

    let answer: BookingAnswer<RequestOutcome>;
    try {
      answer = await inOneStatement(ctx, (db) =>
        BookingRepository.request(db, { personId, actorRole: viewer.role, planId, budgetId, slotId, goalIds, idempotencyKey: key }),
      );
    } catch (e) {
      // Last lines of defence, should a request ever get past the person lock: the loser of two requests with one
      // key returns the winner's booking (read after its own statement rolled back); an overlap the exclusion
      // constraint caught is the same refusal as the check.
      if (pgCode(e) === PG.uniqueViolation && constraintOf(e) === 'booking_person_idempotency_key') {
        const winner = await BookingRepository.findByPersonAndKey(ctx.db, personId, key);
        if (winner) {
          if (winner.slotId === slotId && winner.planId === planId && winner.budgetId === budgetId) return winner;
          throw conflict(KEY_REUSED);
        }
      }
      if (pgCode(e) === PG.exclusionViolation && constraintOf(e) === 'booking_no_overlap') throw new AppError('BOOKING_OVERLAP', OVERLAP);
      throw e;
    }

    const { outcome, detail, booking } = answer;
    if (outcome === 'PLAN_NOT_FOUND' && personId === viewer.id) {
      const plan = await ctx.loaders.planById.load(planId);
      if (plan && plan.personId !== viewer.id && (await mayBookFor(plan))) {
        return inTransaction(ctx, async (tx) => {
          await BookingRepository.actFor(tx.db, viewer.id, plan.personId);
          return this.run(tx, input, mayBookFor, asked, plan.personId);
        });
      }
    }
    if (outcome === 'NOT_PUBLISHED' && (await this.providerSuspended(ctx, slotId))) {
      throw new AppError('PROVIDER_SUSPENDED', 'This provider is suspended while a concern is looked into, so it cannot take new bookings.');
    }
    if (outcome !== 'BOOKED' && outcome !== 'REPLAYED') throw REFUSALS[outcome](detail);
    // The payload shows the booking, and its slot and budget as they are after the hold.
    ctx.loaders.bookingById.clear(booking!.id).prime(booking!.id, booking!);
    ctx.loaders.slotById.clear(slotId);
    if (budgetId) ctx.loaders.budgetById.clear(budgetId);
    return booking!;
  }

  /** Only on the refusal path: why the offering is not taking bookings, when an admin suspended its provider. */
  private async providerSuspended(ctx: RequestContext, slotId: string): Promise<boolean> {
    const slot = await ctx.loaders.slotById.load(slotId);
    const offering = slot && (await ctx.loaders.offeringById.load(slot.offeringId));
    const provider = offering && (await ctx.loaders.providerById.load(offering.providerId));
    return !!provider?.suspendedAt;
  }
}

function constraintOf(e: unknown): string | undefined {
  const err = e as { constraint?: unknown; driverError?: { constraint?: unknown } };
  const c = err?.driverError?.constraint ?? err?.constraint;
  return typeof c === 'string' ? c : undefined;
}
