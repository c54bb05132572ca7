import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { BUDGET_COLUMNS, LedgerKind, LedgerLine, toBudget, type Budget, type BudgetRow, type FundingSource } from './budget.entity';

interface LedgerRow {
  id: string;
  budget_id: string;
  kind: LedgerKind;
  amount_pence: number;
  booking_id: string | null;
  note: string | null;
  created_at: Date;
}

const toLine = (r: LedgerRow): LedgerLine =>
  Object.assign(new LedgerLine(), { id: String(r.id), budgetId: r.budget_id, kind: r.kind, amountPence: r.amount_pence, bookingId: r.booking_id, note: r.note, createdAt: r.created_at });

export const BudgetLedgerRepository = {
  async insertBudget(db: EntityManager, b: { planId: string; fundingSource: FundingSource; periodStartDate: string; periodEndDate: string; createdBy: string }): Promise<Budget> {
    const row = await one<BudgetRow>(
      db,
      `INSERT INTO budget AS b (plan_id, funding_source, period_start_date, period_end_date, created_by)
       VALUES ($1, $2, $3::date, $4::date, $5) RETURNING ${BUDGET_COLUMNS('b')}`,
      [b.planId, b.fundingSource, b.periodStartDate, b.periodEndDate, b.createdBy],
    );
    return toBudget(row!);
  },

  /** Row lock: every money movement on one budget is serialised behind this. */
  async lockBudget(db: EntityManager, id: string): Promise<Budget | null> {
    const row = await one<BudgetRow>(db, `SELECT ${BUDGET_COLUMNS('b')} FROM budget b WHERE b.id = $1 FOR UPDATE`, [id]);
    return row ? toBudget(row) : null;
  },

  /** Appends a line; the database trigger applies it to the balances and the CHECK refuses any overspend. */
  async append(db: EntityManager, line: { budgetId: string; kind: LedgerKind; amountPence: number; bookingId?: string | null; actorId?: string | null; note?: string | null }): Promise<LedgerLine> {
    const row = await one<LedgerRow>(
      db,
      `INSERT INTO budget_ledger (budget_id, kind, amount_pence, booking_id, actor_id, note) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, budget_id, kind, amount_pence, booking_id, note, created_at`,
      [line.budgetId, line.kind, line.amountPence, line.bookingId ?? null, line.actorId ?? null, line.note ?? null],
    );
    return toLine(row!);
  },

  async findBudgetsByIds(db: EntityManager, ids: readonly string[]): Promise<Budget[]> {
    const found = await rows<BudgetRow>(db, `SELECT ${BUDGET_COLUMNS('b')} FROM budget b WHERE b.id = ANY($1::uuid[])`, [ids]);
    return found.map(toBudget);
  },

  // budget_plan_idx
  async findBudgetsByPlanIds(db: EntityManager, planIds: readonly string[]): Promise<Budget[]> {
    const found = await rows<BudgetRow>(db, `SELECT ${BUDGET_COLUMNS('b')} FROM budget b WHERE b.plan_id = ANY($1::uuid[]) ORDER BY b.created_at, b.id`, [planIds]);
    return found.map(toBudget);
  },

  // budget_ledger_budget_idx
  async findLines(db: EntityManager, budgetId: string, limit = 5000): Promise<LedgerLine[]> {
    const found = await rows<LedgerRow>(
      db,
      `SELECT id, budget_id, kind, amount_pence, booking_id, note, created_at FROM budget_ledger WHERE budget_id = $1 ORDER BY id LIMIT $2`,
      [budgetId, limit],
    );
    return found.map(toLine);
  },
};
