import { badInput, conflict, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { pageSize } from '../../graphql/connection';
import type { RequestContext, Viewer } from '../../graphql/request-context';
import { inTransaction } from '../../db/transaction';
import type { SupportPlan } from '../plan/plan.entity';
import { mayOnPlan, PlanLevel } from '../plan/plan-access';
import type { PlanService } from '../plan/plan.service';
import { FundingSource, StatementConnection, type Budget, type StatementLine } from './budget.entity';
import type { AdjustBudgetInput, AllocateBudgetInput } from './budget.inputs';
import { BudgetLedgerRepository } from './budget-ledger.repository';
import type { BudgetLedger } from './budget-ledger.service';
import { statementCsv } from './statement-csv';

// Owns: who may fund which plan (admins any; commissioners only plans in their own local authority; a person only
// SELF_FUNDED pots on their own plan, and nobody else learns whether a plan exists); a funded budget stays with the
// authority that funds it when the plan moves, and a self-funded pot is the person's alone; no two pots of one funding
// source overlap in time on one plan; money enters only as ledger lines through BudgetLedger (which owns the
// balances); a statement is shown only to those who may read the plan (its person, their supporters, admins).
// Supporters never add or take money: a self-funded pot is the person's own act.
const MAX_PERIOD_DAYS = 3 * 366;
export const MAX_STATEMENT_LINES = 10_000;

const SOURCE_NAMES: Record<FundingSource, string> = {
  DIRECT_PAYMENT: 'direct payment',
  PERSONAL_HEALTH_BUDGET: 'personal health budget',
  INDIVIDUAL_SERVICE_FUND: 'individual service fund',
  SELF_FUNDED: 'self-funded budget',
};

export class BudgetService {
  constructor(
    private readonly ledger: BudgetLedger,
    private readonly plans: PlanService,
  ) {}

  async allocate(ctx: RequestContext, input: AllocateBudgetInput, asked: ReadonlySet<string> = new Set()): Promise<Budget> {
    const viewer = ctx.viewer!;
    assertMayUseSource(viewer, input.fundingSource);
    const [start, end] = period(input.periodStartDate, input.periodEndDate);
    return inTransaction(ctx, async (tx) => {
      const plan = await this.plans.lockForChange(tx, input.planId, mayFund);
      await assertMayBeShown(tx, plan, asked);
      const clash = await BudgetLedgerRepository.findOverlapping(tx.db, plan.id, input.fundingSource, start, end);
      if (clash) {
        throw conflict(
          `This plan already has a ${SOURCE_NAMES[input.fundingSource]} from ${clash.periodStartDate} to ${clash.periodEndDate}, ` +
            'which overlaps those dates. Adjust that budget instead.',
        );
      }
      const budget = await BudgetLedgerRepository.insertBudget(tx.db, {
        planId: plan.id,
        fundingSource: input.fundingSource,
        fundingAuthorityCode: input.fundingSource === FundingSource.SELF_FUNDED ? null : plan.localAuthorityCode,
        periodStartDate: start,
        periodEndDate: end,
        createdBy: viewer.id,
      });
      await this.ledger.allocate(tx, budget.id, input.allocatedPence, input.note?.trim() || undefined);
      return this.reload(tx, budget.id);
    });
  }

  async adjust(ctx: RequestContext, input: AdjustBudgetInput, asked: ReadonlySet<string> = new Set()): Promise<Budget> {
    return inTransaction(ctx, async (tx) => {
      const [budget] = await BudgetLedgerRepository.findBudgetsByIds(tx.db, [assertId(input.budgetId, 'budgetId')]);
      if (!budget) throw notFound('That budget');
      // The same NOT_FOUND for a budget the viewer may not adjust, so ids reveal nothing. The funding authority's
      // commissioners adjust its budgets wherever the plan is now (issue 13, finding 6).
      const plan = await this.plans.lockForChange(tx, budget.planId, (viewer, plan) => mayAdjust(viewer, plan, budget), 'budgetId', 'That budget');
      assertMayUseSource(tx.viewer!, budget.fundingSource);
      await assertMayBeShown(tx, plan, asked);
      await this.ledger.adjust(tx, budget.id, input.amountPence, input.note.trim(), input.idempotencyKey);
      return this.reload(tx, budget.id);
    });
  }

  /** The budget's plan, for those who may read the plan. */
  plan(ctx: RequestContext, budget: Budget): Promise<SupportPlan> {
    return this.plans.readable(ctx, budget.planId, 'planId');
  }

  async statement(ctx: RequestContext, budget: Budget, first?: number | null, after?: string | null): Promise<StatementConnection> {
    await this.assertStatementReader(ctx, budget);
    const size = pageSize(first);
    const afterId = decodeStatementCursor(after);
    const lines = await ctx.loaders.statementLinesByBudgetId(size + 1, afterId).load(budget.id);
    const hasNextPage = lines.length > size;
    const edges = lines.slice(0, size).map((node) => ({ cursor: encodeStatementCursor(node.id), node }));
    return Object.assign(new StatementConnection(), { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } });
  }

  async statementCsv(ctx: RequestContext, budget: Budget): Promise<string> {
    await this.assertStatementReader(ctx, budget);
    const lines: StatementLine[] = await ctx.loaders.statementLinesByBudgetId(MAX_STATEMENT_LINES, null).load(budget.id);
    return statementCsv(lines);
  }

  private async assertStatementReader(ctx: RequestContext, budget: Budget): Promise<void> {
    const plan = await ctx.loaders.planById.load(budget.planId);
    if (!plan || !(await mayOnPlan(ctx, plan, PlanLevel.VIEW))) throw forbidden('Only the budget holder, their supporters and admins can see its statement.');
  }

  private async reload(tx: RequestContext, budgetId: string): Promise<Budget> {
    const [fresh] = await BudgetLedgerRepository.findBudgetsByIds(tx.db, [budgetId]);
    return fresh;
  }
}

/** Admins fund any plan; commissioners plans in their own area; people their own plan (SELF_FUNDED only, see below). */
function mayFund(viewer: Viewer, plan: SupportPlan): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role === 'COMMISSIONER') return viewer.localAuthorityCode !== null && viewer.localAuthorityCode === plan.localAuthorityCode;
  return viewer.role === 'PERSON' && viewer.id === plan.personId;
}

/** Fields of a budget that only those who may read its plan are shown (see plan-access.ts). */
const PLAN_READER_FIELDS = ['plan', 'statement', 'statementCsv'];

/**
 * Refuses, before anything is written, a money mutation whose answer asks for what the caller may not be shown: it
 * would commit and then answer data: null, and a retry would move the money twice (issue 13, finding 12).
 */
async function assertMayBeShown(ctx: RequestContext, plan: SupportPlan, asked: ReadonlySet<string>): Promise<void> {
  const hidden = PLAN_READER_FIELDS.filter((f) => asked.has(f));
  if (hidden.length && !(await mayOnPlan(ctx, plan, PlanLevel.VIEW))) {
    throw forbidden(`Nothing was changed: you asked to be shown the budget's ${hidden.join(' and ')}, which only the budget holder can see. Ask without ${hidden.length > 1 ? 'them' : 'it'}.`);
  }
}

/**
 * A self-funded pot only by its person; any other budget only by its funding authority's commissioners (or an
 * admin), wherever the plan has moved since.
 */
function mayAdjust(viewer: Viewer, plan: SupportPlan, budget: Budget): boolean {
  if (budget.fundingSource === FundingSource.SELF_FUNDED) return viewer.role === 'PERSON' && viewer.id === plan.personId;
  if (viewer.role === 'ADMIN') return true;
  // The person sees their own plan's budgets, so they are told FORBIDDEN (by assertMayUseSource), not NOT_FOUND.
  if (viewer.role === 'PERSON') return viewer.id === plan.personId;
  return viewer.role === 'COMMISSIONER' && viewer.localAuthorityCode !== null && viewer.localAuthorityCode === budget.fundingAuthorityCode;
}

function assertMayUseSource(viewer: Viewer, source: FundingSource): void {
  if (viewer.role === 'PERSON' && source !== FundingSource.SELF_FUNDED) {
    throw forbidden('You can add only a self-funded budget to your plan. Direct payments and other budgets are set by your council or the NHS.');
  }
  // A person's own money is theirs to put in (issue 13, finding 11).
  if (viewer.role !== 'PERSON' && source === FundingSource.SELF_FUNDED) {
    throw forbidden('A self-funded budget is added by the person themselves.');
  }
}

/** Both dates real calendar days, the end on or after the start, at most three years apart. */
export function period(startText: string, endText: string): [string, string] {
  const start = calendarDay(startText, 'periodStartDate');
  const end = calendarDay(endText, 'periodEndDate');
  if (end < start) throw badInput('The period must end on or after the day it starts.', 'periodEndDate');
  if ((end - start) / 86_400_000 > MAX_PERIOD_DAYS) throw badInput('A budget period can be at most three years long.', 'periodEndDate');
  return [startText, endText];
}

function calendarDay(text: string, field: string): number {
  const [y, m, d] = text.split('-').map(Number);
  const t = Date.UTC(y, m - 1, d);
  if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== text || y < 2000 || y > 2100) {
    throw badInput(`${text} is not a real date (use YYYY-MM-DD).`, field);
  }
  return t;
}

/** Money left to spend now: the most available in any budget whose period includes `today` (YYYY-MM-DD). */
export function availableToday(budgets: readonly Budget[], today: string): number {
  let best = 0;
  for (const b of budgets) {
    if (b.periodStartDate <= today && today <= b.periodEndDate) best = Math.max(best, b.availablePence());
  }
  return best;
}

// Statement cursors are opaque: the id of the last line shown.
function encodeStatementCursor(id: string): string {
  return Buffer.from(`statement:${id}`, 'utf8').toString('base64url');
}

function decodeStatementCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const m = /^statement:(\d{1,18})$/.exec(cursor.length <= 100 ? Buffer.from(cursor, 'base64url').toString('utf8') : '');
  if (!m) throw badInput('The "after" cursor is not valid for this list.', 'after');
  return m[1];
}

