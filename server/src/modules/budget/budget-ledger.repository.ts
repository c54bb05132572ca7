import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { BUDGET_COLUMNS, LedgerKind, LedgerLine, StatementLine, toBudget, type Budget, type BudgetRow, type FundingSource } from './budget.entity';

interface LedgerRow {
  id: string;
  budget_id: string;
  kind: LedgerKind;
  amount_pence: number;
  booking_id: string | null;
  note: string | null;
  created_at: Date;
}

interface StatementRow extends LedgerRow {
  allocated_after: number;
  committed_after: number;
  spent_after: number;
  offering_title: string | null;
  provider_name: string | null;
  session_starts_at: Date | null;
  acted_for: string | null;
}

// How each kind of line moves the money available (allocated - committed - spent).
const AVAILABLE_EFFECT: Record<LedgerKind, number> = { ALLOCATION: 1, ADJUSTMENT: 1, HOLD: -1, RELEASE: 1, SPEND: 0 };

const toStatementLine = (r: StatementRow): StatementLine =>
  Object.assign(new StatementLine(), {
    id: String(r.id),
    budgetId: r.budget_id,
    kind: r.kind,
    amountPence: r.amount_pence,
    availableChangePence: AVAILABLE_EFFECT[r.kind] * r.amount_pence,
    allocatedAfterPence: r.allocated_after,
    committedAfterPence: r.committed_after,
    spentAfterPence: r.spent_after,
    availableAfterPence: r.allocated_after - r.committed_after - r.spent_after,
    bookingId: r.booking_id,
    note: r.note,
    createdAt: r.created_at,
    offeringTitle: r.offering_title,
    providerName: r.provider_name,
    sessionStartsAt: r.session_starts_at,
    actedFor: r.acted_for,
  });

const toLine = (r: LedgerRow): LedgerLine =>
  Object.assign(new LedgerLine(), { id: String(r.id), budgetId: r.budget_id, kind: r.kind, amountPence: r.amount_pence, bookingId: r.booking_id, note: r.note, createdAt: r.created_at });

export const BudgetLedgerRepository = {
  async insertBudget(db: EntityManager, b: { planId: string; fundingSource: FundingSource; fundingAuthorityCode: string | null; periodStartDate: string; periodEndDate: string; createdBy: string }): Promise<Budget> {
    const row = await one<BudgetRow>(
      db,
      `INSERT INTO budget AS b (plan_id, funding_source, funding_authority_code, period_start_date, period_end_date, created_by)
       VALUES ($1, $2, $3, $4::date, $5::date, $6) RETURNING ${BUDGET_COLUMNS('b')}`,
      [b.planId, b.fundingSource, b.fundingAuthorityCode, b.periodStartDate, b.periodEndDate, b.createdBy],
    );
    return toBudget(row!);
  },

  /** Row lock: every money movement on one budget is serialised behind this. */
  async lockBudget(db: EntityManager, id: string): Promise<Budget | null> {
    const row = await one<BudgetRow>(db, `SELECT ${BUDGET_COLUMNS('b')} FROM budget b WHERE b.id = $1 FOR UPDATE`, [id]);
    return row ? toBudget(row) : null;
  },

  /** Appends a line; the database trigger applies it to the balances and the CHECK refuses any overspend. */
  async append(db: EntityManager, line: { budgetId: string; kind: LedgerKind; amountPence: number; bookingId?: string | null; actorId?: string | null; note?: string | null; idempotencyKey?: string | null }): Promise<LedgerLine> {
    const row = await one<LedgerRow>(
      db,
      `INSERT INTO budget_ledger (budget_id, kind, amount_pence, booking_id, actor_id, note, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id, budget_id, kind, amount_pence, booking_id, note, created_at`,
      [line.budgetId, line.kind, line.amountPence, line.bookingId ?? null, line.actorId ?? null, line.note ?? null, line.idempotencyKey ?? null],
    );
    return toLine(row!);
  },

  /** The line an earlier request with this key wrote, if any (budget_ledger_idempotency_key). */
  async findByIdempotencyKey(db: EntityManager, budgetId: string, actorId: string, key: string): Promise<LedgerLine | null> {
    const row = await one<LedgerRow>(
      db,
      `SELECT id, budget_id, kind, amount_pence, booking_id, note, created_at FROM budget_ledger
        WHERE budget_id = $1 AND actor_id = $2 AND idempotency_key = $3`,
      [budgetId, actorId, key],
    );
    return row ? toLine(row) : null;
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

  // budget_plan_idx; the caller holds the plan's row lock, so no overlapping pot can be added meanwhile.
  async findOverlapping(db: EntityManager, planId: string, fundingSource: FundingSource, start: string, end: string): Promise<Budget | null> {
    const row = await one<BudgetRow>(
      db,
      `SELECT ${BUDGET_COLUMNS('b')} FROM budget b
       WHERE b.plan_id = $1 AND b.funding_source = $2 AND b.period_start_date <= $4::date AND b.period_end_date >= $3::date
       ORDER BY b.created_at, b.id LIMIT 1`,
      [planId, fundingSource, start, end],
    );
    return row ? toBudget(row) : null;
  },

  /**
   * Statement lines of several budgets in one statement: for each budget, up to `limit` lines after line `afterId`,
   * oldest first, each with the running balances (window sums over budget_ledger_budget_idx) and, for a booking's
   * lines, the service, its provider and the session's start.
   */
  async findStatementLines(db: EntityManager, budgetIds: readonly string[], afterId: string | null, limit: number): Promise<StatementLine[]> {
    const found = await rows<StatementRow>(
      db,
      `SELECT s.*, o.title AS offering_title, pr.name AS provider_name, bk.starts_at AS session_starts_at,
              CASE WHEN au.role = 'PERSON' AND au.id <> pu.id THEN au.name || ' (for ' || pu.name || ')' END AS acted_for
       FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (
         SELECT * FROM (
           SELECT l.id, l.budget_id, l.kind, l.amount_pence, l.booking_id, l.note, l.created_at, l.actor_id,
                  (sum(CASE WHEN l.kind IN ('ALLOCATION', 'ADJUSTMENT') THEN l.amount_pence ELSE 0 END) OVER w)::int AS allocated_after,
                  (sum(CASE l.kind WHEN 'HOLD' THEN l.amount_pence WHEN 'RELEASE' THEN -l.amount_pence
                                   WHEN 'SPEND' THEN -l.amount_pence ELSE 0 END) OVER w)::int AS committed_after,
                  (sum(CASE WHEN l.kind = 'SPEND' THEN l.amount_pence ELSE 0 END) OVER w)::int AS spent_after
           FROM budget_ledger l WHERE l.budget_id = k.id
           WINDOW w AS (ORDER BY l.id)
         ) r WHERE $2::bigint IS NULL OR r.id > $2::bigint ORDER BY r.id LIMIT $3
       ) s
       -- What a booking's lines were for, in the same statement (primary keys).
       LEFT JOIN booking bk ON bk.id = s.booking_id
       LEFT JOIN offering o ON o.id = bk.offering_id
       LEFT JOIN provider pr ON pr.id = bk.provider_id
       -- Who made a line, when a supporter did it for the person (primary keys).
       LEFT JOIN app_user au ON au.id = s.actor_id
       LEFT JOIN budget bu ON bu.id = s.budget_id
       LEFT JOIN support_plan sp ON sp.id = bu.plan_id
       LEFT JOIN app_user pu ON pu.id = sp.person_id
       ORDER BY s.budget_id, s.id`,
      [budgetIds, afterId, limit],
    );
    return found.map(toStatementLine);
  },
};
