import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../support/test-server';
import { ledgerTotals, sqlBudget, sqlPlan } from '../../factories/people';
import { inTransaction } from '../../../server/src/db/transaction';
import type { RequestContext } from '../../../server/src/graphql/request-context';
import { createLoaders } from '../../../server/src/graphql/loaders';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const ctx = (): RequestContext => ({
  requestId: randomUUID(),
  viewer: null,
  db: server.ds.manager,
  loaders: createLoaders(server.ds.manager),
  http: null,
});
const ledger = () => server.runtime.services.ledger;

async function expectConsistent(budgetId: string) {
  const { ledger: fromLines, budget } = await ledgerTotals(server.ds, budgetId);
  expect(budget).toEqual(fromLines);
  expect(budget.committed + budget.spent).toBeLessThanOrEqual(budget.allocated);
  expect(Math.min(budget.allocated, budget.committed, budget.spent)).toBeGreaterThanOrEqual(0);
}

describe('budget ledger', () => {
  it('derives allocated, committed, spent and available from the lines', async () => {
    const plan = await sqlPlan(server.ds);
    const budgetId = await sqlBudget(server.ds, plan.id, 10_000);
    const booking = randomUUID();
    await inTransaction(ctx(), async (tx) => {
      await ledger().hold(tx, budgetId, 3_000, booking);
      await ledger().spend(tx, budgetId, 3_000, booking);
      await ledger().hold(tx, budgetId, 2_500, randomUUID());
      await ledger().adjust(tx, budgetId, -1_000, 'Reassessment');
    });
    const { budget } = await ledgerTotals(server.ds, budgetId);
    expect(budget).toEqual({ allocated: 9_000, committed: 2_500, spent: 3_000 });
    await expectConsistent(budgetId);
  });

  it('refuses a hold beyond what is available with BUDGET_EXCEEDED, leaving nothing half-written', async () => {
    const plan = await sqlPlan(server.ds);
    const budgetId = await sqlBudget(server.ds, plan.id, 5_000);
    await expect(inTransaction(ctx(), (tx) => ledger().hold(tx, budgetId, 5_001, randomUUID()))).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    await expect(inTransaction(ctx(), (tx) => ledger().adjust(tx, budgetId, -5_001, 'too much'))).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    expect(await server.ds.query(`SELECT kind FROM budget_ledger WHERE budget_id = $1`, [budgetId])).toEqual([{ kind: 'ALLOCATION' }]);
  });

  it('is enforced by the database even when code bypasses the service', async () => {
    const plan = await sqlPlan(server.ds);
    const budgetId = await sqlBudget(server.ds, plan.id, 1_000);
    await expect(server.ds.query(`INSERT INTO budget_ledger (budget_id, kind, amount_pence) VALUES ($1, 'HOLD', 1001)`, [budgetId])).rejects.toThrow(/budget_balances_check/);
    await expect(server.ds.query(`INSERT INTO budget_ledger (budget_id, kind, amount_pence) VALUES ($1, 'RELEASE', 1)`, [budgetId])).rejects.toThrow(/budget_balances_check/);
    await expect(server.ds.query(`INSERT INTO budget_ledger (budget_id, kind, amount_pence) VALUES ($1, 'HOLD', -5)`, [budgetId])).rejects.toThrow(/budget_ledger_amount_check/);
    await expect(server.ds.query(`UPDATE budget_ledger SET amount_pence = 1 WHERE budget_id = $1`, [budgetId])).rejects.toThrow(/append-only/);
    await expect(server.ds.query(`DELETE FROM budget_ledger WHERE budget_id = $1`, [budgetId])).rejects.toThrow(/append-only/);
    await expectConsistent(budgetId);
  });

  it('never overspends when many holds and an allocation race on one budget', async () => {
    const plan = await sqlPlan(server.ds);
    const budgetId = await sqlBudget(server.ds, plan.id, 10_000);
    // 40 concurrent holds of £7.00 against £100.00 (+ £50.00 allocated in the middle of the race).
    const attempts = Array.from({ length: 40 }, (_, i) =>
      i === 20
        ? inTransaction(ctx(), (tx) => ledger().allocate(tx, budgetId, 5_000)).then(() => 'allocated')
        : inTransaction(ctx(), (tx) => ledger().hold(tx, budgetId, 700, randomUUID())).then(
            () => 'held',
            (e) => (e.code === 'BUDGET_EXCEEDED' ? 'refused' : Promise.reject(e)),
          ),
    );
    const results = await Promise.all(attempts);
    const held = results.filter((r) => r === 'held').length;
    // At least what the first £100 covers; never more than £150 covers, whenever the allocation landed.
    expect(held).toBeGreaterThanOrEqual(Math.floor(10_000 / 700));
    expect(held).toBeLessThanOrEqual(Math.floor(15_000 / 700));
    expect(results.filter((r) => r === 'refused').length).toBe(39 - held);
    const { budget } = await ledgerTotals(server.ds, budgetId);
    expect(budget).toEqual({ allocated: 15_000, committed: held * 700, spent: 0 });
    await expectConsistent(budgetId);
  });
});
