import { AppError, notFound } from '../../common/app-error';
import type { RequestContext } from '../../graphql/request-context';
import { Budget, LedgerKind, LedgerLine } from './budget.entity';
import { BudgetLedgerRepository } from './budget-ledger.repository';

// Owns the money invariants: money moves only by appending ledger lines; every movement on a budget first takes
// that budget's row lock, so concurrent holds are serialised and checked against what is really available; the
// database CHECK on budget balances is the last line of defence (committed + spent <= allocated, none negative).
// Callers pass a transaction context (ctx.db is a transaction's manager): the lock lasts until it commits.
// This is the only path for allocations and adjustments. A booking's hold, release and spend happen inside the
// booking functions (request_booking, move_booking: db/functions/), one statement each, under the same
// budget row lock, through the same ledger trigger and budget_balances_check, refusing with budgetExceeded below.
export class BudgetLedger {
  async lock(tx: RequestContext, budgetId: string): Promise<Budget> {
    assertInTransaction(tx);
    const budget = await BudgetLedgerRepository.lockBudget(tx.db, budgetId);
    if (!budget) throw notFound('That budget');
    return budget;
  }

  async allocate(tx: RequestContext, budgetId: string, amountPence: number, note?: string): Promise<LedgerLine> {
    assertPositive(amountPence);
    await this.lock(tx, budgetId);
    return BudgetLedgerRepository.append(tx.db, { budgetId, kind: LedgerKind.ALLOCATION, amountPence, actorId: tx.viewer?.id, note });
  }

  /** Reserves money for a booking, or fails with BUDGET_EXCEEDED. */
  async hold(tx: RequestContext, budgetId: string, amountPence: number, bookingId: string): Promise<LedgerLine> {
    assertPositive(amountPence);
    const budget = await this.lock(tx, budgetId);
    if (budget.availablePence() < amountPence) throw budgetExceeded(budget.availablePence(), amountPence);
    return BudgetLedgerRepository.append(tx.db, { budgetId, kind: LedgerKind.HOLD, amountPence, bookingId, actorId: tx.viewer?.id });
  }

  /** Gives a hold back (declined or cancelled booking). */
  async release(tx: RequestContext, budgetId: string, amountPence: number, bookingId: string, note?: string): Promise<LedgerLine> {
    assertPositive(amountPence);
    await this.lock(tx, budgetId);
    return BudgetLedgerRepository.append(tx.db, { budgetId, kind: LedgerKind.RELEASE, amountPence, bookingId, actorId: tx.viewer?.id, note });
  }

  /** Turns held money into spend (delivered booking). */
  async spend(tx: RequestContext, budgetId: string, amountPence: number, bookingId: string, note?: string): Promise<LedgerLine> {
    assertPositive(amountPence);
    await this.lock(tx, budgetId);
    return BudgetLedgerRepository.append(tx.db, { budgetId, kind: LedgerKind.SPEND, amountPence, bookingId, actorId: tx.viewer?.id, note });
  }

  /** Corrects the allocation up or down; never below what is committed and spent. */
  async adjust(tx: RequestContext, budgetId: string, amountPence: number, note: string, idempotencyKey?: string | null): Promise<LedgerLine> {
    if (!Number.isInteger(amountPence) || amountPence === 0) throw new AppError('BAD_USER_INPUT', 'An adjustment must be a whole number of pence, not zero.', { field: 'amountPence' });
    const budget = await this.lock(tx, budgetId);
    // A retry of an adjustment that was applied (its answer lost): the line already there, nothing applied twice.
    // Checked after the lock, so two copies sent at once are applied once.
    if (idempotencyKey && tx.viewer) {
      const earlier = await BudgetLedgerRepository.findByIdempotencyKey(tx.db, budgetId, tx.viewer.id, idempotencyKey);
      if (earlier) {
        if (earlier.amountPence !== amountPence) throw new AppError('CONFLICT', 'That idempotency key was used for a different adjustment.', { field: 'idempotencyKey' });
        return earlier;
      }
    }
    if (budget.availablePence() + amountPence < 0) {
      throw new AppError('BUDGET_EXCEEDED', `The allocation cannot go below what is already held or spent (${pounds(budget.committedPence + budget.spentPence)}).`);
    }
    return BudgetLedgerRepository.append(tx.db, { budgetId, kind: LedgerKind.ADJUSTMENT, amountPence, actorId: tx.viewer?.id, note, idempotencyKey: idempotencyKey ?? null });
  }
}

/** The refusal of a hold the budget cannot cover (here and in booking/request-booking.ts). */
export function budgetExceeded(availablePence: number, requiredPence: number): AppError {
  return new AppError('BUDGET_EXCEEDED', `This costs ${pounds(requiredPence)} but only ${pounds(availablePence)} is left in this budget.`, {
    availablePence,
    requiredPence,
  });
}

function assertPositive(amountPence: number): void {
  if (!Number.isInteger(amountPence) || amountPence <= 0) {
    throw new AppError('BAD_USER_INPUT', 'Amounts are whole numbers of pence above zero.', { field: 'amountPence' });
  }
}

function assertInTransaction(tx: RequestContext): void {
  if (!tx.db.queryRunner?.isTransactionActive) throw new Error('BudgetLedger must be used inside a transaction (inTransaction)');
}

// One formatter for the process (immutable, so safe to share): toLocaleString builds a new one on every call, about
// 45 µs, which every BUDGET_EXCEEDED refusal paid twice.
const POUNDS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function pounds(pence: number): string {
  return `£${POUNDS.format(pence / 100)}`;
}
