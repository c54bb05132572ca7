import { AppError, badInput, conflict, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { PG, pgCode } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { RequestContext } from '../../graphql/request-context';
import type { BudgetLedger } from '../budget/budget-ledger.service';
import { OfferingStatus } from '../catalogue/catalogue.enums';
import type { Booking } from './booking.entity';
import type { RequestBookingInput } from './booking.inputs';
import { sessionCostPence } from './booking-price';
import { BookingRepository } from './booking.repository';

// Owns: a booking takes one place in a future slot of a published offering and holds its cost in one of the
// person's own budgets, all in one transaction; one person's active bookings never overlap; one idempotency key
// books at most once. Locks are always taken in the order person -> slot -> budget, so requests never wait on
// each other in a cycle; deadlocks and serialization failures that still happen are retried by inTransaction.
export class RequestBooking {
  constructor(private readonly ledger: BudgetLedger) {}

  async run(ctx: RequestContext, input: RequestBookingInput): Promise<Booking> {
    const viewer = ctx.viewer!;
    const slotId = assertId(input.slotId, 'slotId');
    const planId = assertId(input.planId, 'planId');
    const budgetId = assertId(input.budgetId, 'budgetId');
    const goalIds = [...new Set((input.goalIds ?? []).map((g) => assertId(g, 'goalIds')))];
    const key = input.idempotencyKey;

    // Who owns what never changes, so these reads need no lock (and no transaction connection).
    const [plan, budget] = await Promise.all([ctx.loaders.planById.load(planId), ctx.loaders.budgetById.load(budgetId)]);
    if (!plan || plan.personId !== viewer.id) throw notFound('That support plan');
    if (!budget) throw notFound('That budget');
    if (budget.planId !== plan.id) throw forbidden('That budget belongs to another plan: pay from a budget of this plan.');

    const same = (b: Booking) => b.slotId === slotId && b.planId === planId && b.budgetId === budgetId;
    const replay = (b: Booking) => {
      if (same(b)) return b;
      throw conflict('This idempotency key was already used for a different booking. Use a new key for a new booking.');
    };

    // The budget read above is about to change: the payload must show it after the hold.
    ctx.loaders.budgetById.clear(budget.id);
    try {
      return await inTransaction(ctx, async (tx) => {
        // 1. The person: their requests run one at a time, so the key and overlap checks below see each other.
        await BookingRepository.lockPerson(tx.db, viewer.id);
        const earlier = await BookingRepository.findByPersonAndKey(tx.db, viewer.id, key);
        if (earlier) return replay(earlier);
        if (!plan.active) throw conflict('This support plan is closed, so it cannot be used for new bookings.');

        // 2. The slot: its places are counted under its row lock.
        const slot = await BookingRepository.lockSlot(tx.db, slotId);
        if (!slot) throw notFound('That slot');
        if (slot.offeringStatus !== OfferingStatus.PUBLISHED) throw conflict('This offering is not taking bookings at the moment.');
        if (slot.started) throw new AppError('SLOT_IN_PAST', 'This session has already started, so it can no longer be booked.');
        if (slot.localDate < budget.periodStartDate || slot.localDate > budget.periodEndDate) {
          throw conflict(`This budget covers ${budget.periodStartDate} to ${budget.periodEndDate}, but the session is on ${slot.localDate}.`);
        }
        if (slot.booked >= slot.capacity) throw new AppError('SLOT_FULL', 'Sorry, this session is full. Try another time.');
        const clash = await BookingRepository.findOverlapping(tx.db, viewer.id, slot.startsAt, slot.endsAt);
        if (clash) {
          throw new AppError('BOOKING_OVERLAP', 'You already have a booking at this time.', { bookingId: clash.id });
        }
        if (!(await BookingRepository.takePlace(tx.db, slot.id))) throw new AppError('SLOT_FULL', 'Sorry, this session is full. Try another time.');

        const totalPence = sessionCostPence(slot.pricePence, slot.priceUnit, slot.sessionMinutes);
        const booking = await BookingRepository.insert(tx.db, {
          slotId: slot.id,
          offeringId: slot.offeringId,
          providerId: slot.providerId,
          planId: plan.id,
          budgetId: budget.id,
          personId: viewer.id,
          totalPence,
          idempotencyKey: key,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          actorRole: viewer.role,
        });
        if (goalIds.length && (await BookingRepository.linkGoals(tx.db, booking.id, plan.id, goalIds)) !== goalIds.length) {
          throw badInput('Some of the goals are not goals of this plan.', 'goalIds');
        }
        // 3. The budget: the ledger takes its row lock and refuses with BUDGET_EXCEEDED. Free sessions hold nothing.
        if (totalPence > 0) await this.ledger.hold(tx, budget.id, totalPence, booking.id);
        return booking;
      });
    } catch (e) {
      // Last lines of defence, should a request ever get past the person lock: the loser of two requests with one
      // key returns the winner's booking (read after its own transaction rolled back); an overlap the exclusion
      // constraint caught is the same refusal as the check above.
      if (pgCode(e) === PG.uniqueViolation && constraintOf(e) === 'booking_person_idempotency_key') {
        const winner = await BookingRepository.findByPersonAndKey(ctx.db, viewer.id, key);
        if (winner) return replay(winner);
      }
      if (pgCode(e) === EXCLUSION_VIOLATION && constraintOf(e) === 'booking_no_overlap') {
        throw new AppError('BOOKING_OVERLAP', 'You already have a booking at this time.');
      }
      throw e;
    }
  }
}

const EXCLUSION_VIOLATION = '23P01';

function constraintOf(e: unknown): string | undefined {
  const err = e as { constraint?: unknown; driverError?: { constraint?: unknown } };
  const c = err?.driverError?.constraint ?? err?.constraint;
  return typeof c === 'string' ? c : undefined;
}
