import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount, signUp, type TestAccount } from '../../factories/accounts';
import { apiCreatePlan, code } from '../../factories/plans';
import { ledgerTotals } from '../../factories/people';
import { Role } from '../../../server/src/modules/account/role';
import { inTransaction } from '../../../server/src/db/transaction';
import { createLoaders } from '../../../server/src/graphql/loaders';
import type { RequestContext } from '../../../server/src/graphql/request-context';

let server: TestServer;
let person: TestAccount;
let other: TestAccount;
let manchester: TestAccount;
let leeds: TestAccount;
let planId: string;
let warn: jest.SpyInstance;

beforeAll(async () => {
  server = await startTestServer();
  person = await signUp(server, 'PERSON');
  other = await signUp(server, 'PERSON');
  manchester = await commissioner(server, 'E08000003');
  leeds = await commissioner(server, 'E08000035');
  planId = (await apiCreatePlan(server, person.token)).id; // M14: Manchester
  warn = jest.spyOn(server.runtime.services.log, 'warn');
});
afterAll(() => server.stop());

const BUDGET = `id fundingSource allocatedPence committedPence spentPence availablePence periodStartDate periodEndDate`;
const ALLOCATE = `mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { ${BUDGET} } }`;
const ADJUST = `mutation($input: AdjustBudgetInput!) { adjustBudget(input: $input) { ${BUDGET} } }`;
const allocation = (f: Record<string, unknown> = {}) => ({
  planId, fundingSource: 'DIRECT_PAYMENT', allocatedPence: 240_000, periodStartDate: '2026-04-01', periodEndDate: '2027-03-31', ...f,
});
const ledgerLines = async (budgetId: string) =>
  (await server.ds.query(`SELECT kind, amount_pence, actor_id, note FROM budget_ledger WHERE budget_id = $1 ORDER BY id`, [budgetId])) as any[];
const budgetCount = async () => (await server.ds.query(`SELECT count(*)::int AS n FROM budget`))[0].n as number;

const ctx = (): RequestContext => ({
  requestId: randomUUID(), viewer: null, db: server.ds.manager, loaders: createLoaders(server.ds.manager), http: null,
});

async function expectConsistent(budgetId: string) {
  const { ledger, budget } = await ledgerTotals(server.ds, budgetId);
  expect(budget).toEqual(ledger);
  expect(budget.committed + budget.spent).toBeLessThanOrEqual(budget.allocated);
  expect(Math.min(budget.allocated, budget.committed, budget.spent)).toBeGreaterThanOrEqual(0);
}

describe('allocating budgets', () => {
  it('lets a commissioner fund a plan in their own area, through one ALLOCATION line', async () => {
    const r = await server.gql(ALLOCATE, { input: allocation({ note: 'Annual review' }) }, { token: manchester.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.allocateBudget).toMatchObject({
      fundingSource: 'DIRECT_PAYMENT', allocatedPence: 240_000, committedPence: 0, spentPence: 0, availablePence: 240_000,
      periodStartDate: '2026-04-01', periodEndDate: '2027-03-31',
    });
    expect(await ledgerLines(r.data!.allocateBudget.id)).toEqual([{ kind: 'ALLOCATION', amount_pence: 240_000, actor_id: manchester.id, note: 'Annual review' }]);
  });

  it("refuses a commissioner of another area with NOT_FOUND, writes nothing and logs the attempt", async () => {
    const before = await budgetCount();
    warn.mockClear();
    const r = await server.gql(ALLOCATE, { input: allocation({ periodStartDate: '2028-04-01', periodEndDate: '2029-03-31' }) }, { token: leeds.token });
    expect(code(r)).toBe('NOT_FOUND');
    expect(warn).toHaveBeenCalledWith('plan.access_denied', expect.objectContaining({ viewer: leeds.id, planId, exists: true }));
    expect(await budgetCount()).toBe(before);
  });

  it('lets a person add only a self-funded pot, and only to their own plan', async () => {
    const own = await server.gql(ALLOCATE, { input: allocation({ fundingSource: 'SELF_FUNDED', allocatedPence: 50_000 }) }, { token: person.token });
    expect(own.data!.allocateBudget).toMatchObject({ fundingSource: 'SELF_FUNDED', availablePence: 50_000 });
    const before = await budgetCount();
    const dp = await server.gql(ALLOCATE, { input: allocation({ periodStartDate: '2030-01-01', periodEndDate: '2030-12-31' }) }, { token: person.token });
    expect(code(dp)).toBe('FORBIDDEN');
    expect(dp.errors![0].message).toMatch(/only a self-funded budget/);
    const theirs = await server.gql(ALLOCATE, { input: allocation({ fundingSource: 'SELF_FUNDED', periodStartDate: '2030-01-01', periodEndDate: '2030-12-31' }) }, { token: other.token });
    expect(code(theirs)).toBe('NOT_FOUND');
    expect(await budgetCount()).toBe(before);
  });

  it('refuses providers and anonymous callers; admins may fund any plan', async () => {
    const provider = await insertAccount(server, Role.PROVIDER);
    expect(code(await server.gql(ALLOCATE, { input: allocation() }, { token: provider.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(ALLOCATE, { input: allocation() }))).toBe('UNAUTHENTICATED');
    const a = await admin(server);
    const r = await server.gql(ALLOCATE, { input: allocation({ fundingSource: 'PERSONAL_HEALTH_BUDGET', allocatedPence: 120_000 }) }, { token: a.token });
    expect(r.data!.allocateBudget.allocatedPence).toBe(120_000);
  });

  it('keeps several pots on one plan, but no two of one funding source in overlapping periods', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const input = (f: Record<string, unknown>) => ({ input: allocation({ planId: plan.id, ...f }) });
    expect((await server.gql(ALLOCATE, input({}), { token: manchester.token })).errors).toBeUndefined();
    const clash = await server.gql(ALLOCATE, input({ periodStartDate: '2027-03-31', periodEndDate: '2027-09-30' }), { token: manchester.token });
    expect(code(clash)).toBe('CONFLICT');
    expect(clash.errors![0].message).toMatch(/direct payment from 2026-04-01 to 2027-03-31/);
    expect((await server.gql(ALLOCATE, input({ periodStartDate: '2027-04-01', periodEndDate: '2028-03-31' }), { token: manchester.token })).errors).toBeUndefined();
    expect((await server.gql(ALLOCATE, input({ fundingSource: 'INDIVIDUAL_SERVICE_FUND' }), { token: manchester.token })).errors).toBeUndefined();
    const shown = await server.gql(`query($id: ID!) { supportPlan(id: $id) { budgets { fundingSource periodStartDate availablePence } } }`, { id: plan.id }, { token: person.token });
    expect(shown.data!.supportPlan.budgets).toEqual([
      { fundingSource: 'DIRECT_PAYMENT', periodStartDate: '2026-04-01', availablePence: 240_000 },
      { fundingSource: 'DIRECT_PAYMENT', periodStartDate: '2027-04-01', availablePence: 240_000 },
      { fundingSource: 'INDIVIDUAL_SERVICE_FUND', periodStartDate: '2026-04-01', availablePence: 240_000 },
    ]);
  });

  it('refuses impossible amounts and periods, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ allocatedPence: 0 }, 'allocatedPence'],
      [{ allocatedPence: -5 }, 'allocatedPence'],
      [{ periodStartDate: '2026-02-30' }, 'periodStartDate'],
      [{ periodStartDate: '1 April 2026' }, 'periodStartDate'],
      [{ periodEndDate: '2026-03-31' }, 'periodEndDate'],
      [{ periodEndDate: '2031-03-31' }, 'periodEndDate'],
    ];
    for (const [f, field] of cases) {
      const r = await server.gql(ALLOCATE, { input: allocation(f) }, { token: manchester.token });
      expect(code(r)).toBe('BAD_USER_INPUT');
      const fields = [r.errors![0].extensions!.field, ...((r.errors![0].extensions!.fields as { field: string }[] | undefined) ?? []).map((x) => x.field)];
      expect(fields.some((x) => String(x).endsWith(field))).toBe(true);
    }
  });
});

describe('adjusting budgets', () => {
  it('moves the allocation up or down with ADJUSTMENT lines, never below what is held or spent', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const budget = (await server.gql(ALLOCATE, { input: allocation({ planId: plan.id, allocatedPence: 10_000 }) }, { token: manchester.token })).data!.allocateBudget;
    await inTransaction(ctx(), (tx) => server.runtime.services.ledger.hold(tx, budget.id, 4_000, randomUUID()));
    const up = await server.gql(ADJUST, { input: { budgetId: budget.id, amountPence: 2_000, note: 'Carer break' } }, { token: manchester.token });
    expect(up.data!.adjustBudget).toMatchObject({ allocatedPence: 12_000, committedPence: 4_000, availablePence: 8_000 });
    const tooFar = await server.gql(ADJUST, { input: { budgetId: budget.id, amountPence: -8_001, note: 'Review' } }, { token: manchester.token });
    expect(code(tooFar)).toBe('BUDGET_EXCEEDED');
    const down = await server.gql(ADJUST, { input: { budgetId: budget.id, amountPence: -8_000, note: 'Review' } }, { token: manchester.token });
    expect(down.data!.adjustBudget).toMatchObject({ allocatedPence: 4_000, availablePence: 0 });
    expect(code(await server.gql(ADJUST, { input: { budgetId: budget.id, amountPence: 0, note: 'x' } }, { token: manchester.token }))).toBe('BAD_USER_INPUT');
    await expectConsistent(budget.id);
  });

  it('applies the allocation rules, answering NOT_FOUND for budgets the caller may not fund', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const budget = (await server.gql(ALLOCATE, { input: allocation({ planId: plan.id, allocatedPence: 10_000 }) }, { token: manchester.token })).data!.allocateBudget;
    const input = { budgetId: budget.id, amountPence: 500, note: 'x' };
    expect(code(await server.gql(ADJUST, { input }, { token: leeds.token }))).toBe('NOT_FOUND');
    expect(code(await server.gql(ADJUST, { input }, { token: other.token }))).toBe('NOT_FOUND');
    expect(code(await server.gql(ADJUST, { input: { ...input, budgetId: randomUUID() } }, { token: other.token }))).toBe('NOT_FOUND');
    expect(code(await server.gql(ADJUST, { input }, { token: person.token }))).toBe('FORBIDDEN'); // a direct payment is the council's
    expect(code(await server.gql(ADJUST, { input }, { token: (await insertAccount(server, Role.PROVIDER)).token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(ADJUST, { input }))).toBe('UNAUTHENTICATED');
    expect((await ledgerLines(budget.id)).map((l) => l.kind)).toEqual(['ALLOCATION']);
    const a = await admin(server);
    expect((await server.gql(ADJUST, { input }, { token: a.token })).data!.adjustBudget.allocatedPence).toBe(10_500);
  });
});

describe('budget ledger under concurrent API calls', () => {
  it('takes back exactly what is free when twenty reductions race, whatever is held', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const budget = (await server.gql(ALLOCATE, { input: allocation({ planId: plan.id, allocatedPence: 10_000 }) }, { token: manchester.token })).data!.allocateBudget;
    await inTransaction(ctx(), (tx) => server.runtime.services.ledger.hold(tx, budget.id, 3_000, randomUUID()));
    const results = await Promise.all(
      Array.from({ length: 20 }, () => server.gql(ADJUST, { input: { budgetId: budget.id, amountPence: -1_000, note: 'race' } }, { token: manchester.token })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(7);
    expect(results.filter((r) => r.errors).every((r) => code(r) === 'BUDGET_EXCEEDED')).toBe(true);
    const { budget: b } = await ledgerTotals(server.ds, budget.id);
    expect(b).toEqual({ allocated: 3_000, committed: 3_000, spent: 0 });
    await expectConsistent(budget.id);
  });

  it('never overspends when API top-ups and reductions race with holds', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const budget = (await server.gql(ALLOCATE, { input: allocation({ planId: plan.id, allocatedPence: 10_000 }) }, { token: manchester.token })).data!.allocateBudget;
    const work: Promise<string>[] = [];
    for (let i = 0; i < 30; i++) {
      if (i % 3 === 0) {
        const amountPence = i % 2 === 0 ? 2_500 : -2_500;
        work.push(server.gql(ADJUST, { input: { budgetId: budget.id, amountPence, note: 'race' } }, { token: manchester.token }).then((r) => (r.errors ? code(r) as string : 'adjusted')));
      } else {
        work.push(
          inTransaction(ctx(), (tx) => server.runtime.services.ledger.hold(tx, budget.id, 1_200, randomUUID())).then(
            () => 'held',
            (e) => (e.code === 'BUDGET_EXCEEDED' ? 'refused' : Promise.reject(e)),
          ),
        );
      }
    }
    const results = await Promise.all(work);
    expect(results.every((r) => ['adjusted', 'held', 'refused', 'BUDGET_EXCEEDED'].includes(r))).toBe(true);
    const { budget: b } = await ledgerTotals(server.ds, budget.id);
    expect(b.committed).toBe(results.filter((r) => r === 'held').length * 1_200);
    await expectConsistent(budget.id);
  });

  it('creates one pot when the same allocation is sent many times at once', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const results = await Promise.all(Array.from({ length: 10 }, () => server.gql(ALLOCATE, { input: allocation({ planId: plan.id }) }, { token: manchester.token })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(code)).toEqual(Array(9).fill('CONFLICT'));
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM budget WHERE plan_id = $1`, [plan.id]))[0].n).toBe(1);
  });
});

describe('budget statements', () => {
  const STATEMENT = `query($id: ID!, $first: Int, $after: String) { supportPlan(id: $id) { budgets { id
    statement(first: $first, after: $after) { edges { cursor node { kind amountPence availableChangePence allocatedAfterPence committedAfterPence spentAfterPence availableAfterPence bookingId note } } pageInfo { hasNextPage endCursor } }
    statementCsv } } }`;

  it('lists every line oldest first with running balances, in pages, and as CSV', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const budget = (await server.gql(ALLOCATE, { input: allocation({ planId: plan.id, allocatedPence: 10_000, note: 'Year one' }) }, { token: manchester.token })).data!.allocateBudget;
    const booking = randomUUID();
    await inTransaction(ctx(), async (tx) => {
      await server.runtime.services.ledger.hold(tx, budget.id, 1_500, booking);
      await server.runtime.services.ledger.spend(tx, budget.id, 1_500, booking);
      await server.runtime.services.ledger.hold(tx, budget.id, 2_000, randomUUID());
    });
    await server.gql(ADJUST, { input: { budgetId: budget.id, amountPence: -500, note: 'Correction, "typo"' } }, { token: manchester.token });

    const all = await server.gql(STATEMENT, { id: plan.id, first: 10 }, { token: person.token });
    const b = all.data!.supportPlan.budgets[0];
    expect(b.statement.edges.map((e: any) => e.node)).toEqual([
      { kind: 'ALLOCATION', amountPence: 10_000, availableChangePence: 10_000, allocatedAfterPence: 10_000, committedAfterPence: 0, spentAfterPence: 0, availableAfterPence: 10_000, bookingId: null, note: 'Year one' },
      { kind: 'HOLD', amountPence: 1_500, availableChangePence: -1_500, allocatedAfterPence: 10_000, committedAfterPence: 1_500, spentAfterPence: 0, availableAfterPence: 8_500, bookingId: booking, note: null },
      { kind: 'SPEND', amountPence: 1_500, availableChangePence: 0, allocatedAfterPence: 10_000, committedAfterPence: 0, spentAfterPence: 1_500, availableAfterPence: 8_500, bookingId: booking, note: null },
      expect.objectContaining({ kind: 'HOLD', amountPence: 2_000, availableAfterPence: 6_500 }),
      expect.objectContaining({ kind: 'ADJUSTMENT', amountPence: -500, availableChangePence: -500, allocatedAfterPence: 9_500, committedAfterPence: 2_000, spentAfterPence: 1_500, availableAfterPence: 6_000 }),
    ]);
    expect(b.statement.pageInfo.hasNextPage).toBe(false);

    const first = await server.gql(STATEMENT, { id: plan.id, first: 2 }, { token: person.token });
    const page1 = first.data!.supportPlan.budgets[0].statement;
    expect(page1.edges.map((e: any) => e.node.kind)).toEqual(['ALLOCATION', 'HOLD']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const next = await server.gql(STATEMENT, { id: plan.id, first: 2, after: page1.pageInfo.endCursor }, { token: person.token });
    expect(next.data!.supportPlan.budgets[0].statement.edges.map((e: any) => e.node.kind)).toEqual(['SPEND', 'HOLD']);
    expect(code(await server.gql(STATEMENT, { id: plan.id, first: 2, after: 'bogus' }, { token: person.token }))).toBe('BAD_USER_INPUT');

    const csv = (b.statementCsv as string).trim().split('\r\n');
    expect(csv[0]).toBe('date,recorded_at,type,description,amount,change_to_available,allocated,committed,spent,available,booking_id,service,provider,session_start,note');
    expect(csv).toHaveLength(6);
    expect(csv[1]).toMatch(/^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}T[\d:.]+Z,ALLOCATION,Money added: Year one,100\.00,100\.00,100\.00,0\.00,0\.00,100\.00,,,,,Year one$/);
    expect(csv[5]).toMatch(/,ADJUSTMENT,"Change to the budget: Correction, ""typo""",-5\.00,-5\.00,95\.00,20\.00,15\.00,60\.00,,,,,"Correction, ""typo"""$/);
  });

  it('is only for the budget holder and admins', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const q = `mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id statementCsv } }`;
    const r = await server.gql(q, { input: allocation({ planId: plan.id }) }, { token: manchester.token });
    expect(code(r)).toBe('FORBIDDEN');
    expect(r.errors![0].message).toMatch(/only the budget holder/i);
    // Refused before anything was written (issue 13, finding 12), so it can be sent again without the statement.
    expect((await server.gql(`query($id: ID!) { supportPlan(id: $id) { budgets { id } } }`, { id: plan.id }, { token: person.token })).data!.supportPlan.budgets).toEqual([]);
    expect((await server.gql(ALLOCATE, { input: allocation({ planId: plan.id }) }, { token: manchester.token })).errors).toBeUndefined();
    const a = await admin(server);
    const shown = await server.gql(`query($id: ID!) { supportPlan(id: $id) { budgets { statementCsv } } }`, { id: plan.id }, { token: a.token });
    expect(shown.data!.supportPlan.budgets[0].statementCsv).toMatch(/ALLOCATION,[^,]*,2400\.00/);
  });

  it('reads the statements of many budgets in a constant number of SQL statements', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const q = `query($id: ID!) { supportPlan(id: $id) { budgets { id statement(first: 5) { edges { node { kind availableAfterPence } } } } } }`;
    await server.gql(ALLOCATE, { input: allocation({ planId: plan.id }) }, { token: manchester.token });
    const one = await server.gql(q, { id: plan.id }, { token: person.token });
    for (const fundingSource of ['PERSONAL_HEALTH_BUDGET', 'INDIVIDUAL_SERVICE_FUND']) {
      await server.gql(ALLOCATE, { input: allocation({ planId: plan.id, fundingSource }) }, { token: manchester.token });
    }
    const three = await server.gql(q, { id: plan.id }, { token: person.token });
    expect(three.data!.supportPlan.budgets).toHaveLength(3);
    expect(three.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
  });
});
