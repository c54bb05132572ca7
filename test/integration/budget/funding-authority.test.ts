import { startTestServer, type TestServer } from '../../support/test-server';
import { commissioner, signUp, type TestAccount } from '../../factories/accounts';
import { apiCreatePlan } from '../../factories/plans';

// Findings 6 and 11 of issue 13: a plan's move from M14 to SW1A handed Manchester's direct payment to Westminster's
// commissioner (and Manchester got NOT_FOUND on it); commissioners could create or reduce a self-funded pot.
let server: TestServer;
let person: TestAccount;
let manchester: TestAccount;
let westminster: TestAccount;
let planId: string;
beforeAll(async () => {
  server = await startTestServer();
  person = await signUp(server, 'PERSON');
  manchester = await commissioner(server, 'E08000003');
  westminster = await commissioner(server, 'E09000033');
  planId = (await apiCreatePlan(server, person.token)).id; // M14: Manchester
});
afterAll(() => server.stop());

const ALLOCATE = `mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id allocatedPence } }`;
const ADJUST = `mutation($input: AdjustBudgetInput!) { adjustBudget(input: $input) { id allocatedPence } }`;
const MOVE = `mutation($id: ID!, $input: UpdateSupportPlanInput!) { updateSupportPlan(id: $id, input: $input) { id } }`;

describe('the funding authority keeps its budgets', () => {
  it('after a move to Westminster, Manchester still adjusts its direct payment, Westminster cannot, and the move is recorded', async () => {
    const dp = await server.gql(ALLOCATE, { input: { planId, fundingSource: 'DIRECT_PAYMENT', allocatedPence: 100_000, periodStartDate: '2026-04-01', periodEndDate: '2027-03-31' } }, { token: manchester.token });
    const budgetId = dp.data!.allocateBudget.id;
    const moved = await server.gql(MOVE, { id: planId, input: { outcode: 'SW1A' } }, { token: person.token });
    expect(moved.errors).toBeUndefined();

    const byWestminster = await server.gql(ADJUST, { input: { budgetId, amountPence: -50_000, note: 'ours now?' } }, { token: westminster.token });
    expect(byWestminster.errors![0].extensions!.code).toBe('NOT_FOUND');
    const byManchester = await server.gql(ADJUST, { input: { budgetId, amountPence: 10_000, note: 'uplift' } }, { token: manchester.token });
    expect(byManchester.errors).toBeUndefined();
    expect(byManchester.data!.adjustBudget.allocatedPence).toBe(110_000);

    const handovers = await server.ds.query(`SELECT from_local_authority_code AS "from", to_local_authority_code AS "to" FROM plan_handover WHERE plan_id = $1`, [planId]);
    expect(handovers).toEqual([{ from: 'E08000003', to: 'E09000033' }]);
    // New money after the move comes from the new area.
    const fresh = await server.gql(ALLOCATE, { input: { planId, fundingSource: 'PERSONAL_HEALTH_BUDGET', allocatedPence: 5_000, periodStartDate: '2026-04-01', periodEndDate: '2027-03-31' } }, { token: westminster.token });
    expect(fresh.errors).toBeUndefined();
  });

  it("keeps a self-funded pot the person's alone: no commissioner creates or reduces it", async () => {
    const byCommissioner = await server.gql(ALLOCATE, { input: { planId, fundingSource: 'SELF_FUNDED', allocatedPence: 1_000, periodStartDate: '2026-04-01', periodEndDate: '2027-03-31' } }, { token: westminster.token });
    expect(byCommissioner.errors![0].extensions!.code).toBe('FORBIDDEN');
    const own = await server.gql(ALLOCATE, { input: { planId, fundingSource: 'SELF_FUNDED', allocatedPence: 20_000, periodStartDate: '2026-04-01', periodEndDate: '2027-03-31' } }, { token: person.token });
    const budgetId = own.data!.allocateBudget.id;
    const reduce = await server.gql(ADJUST, { input: { budgetId, amountPence: -20_000, note: 'taken' } }, { token: westminster.token });
    expect(reduce.errors![0].extensions!.code).toBe('NOT_FOUND');
    const [row] = await server.ds.query(`SELECT allocated_pence FROM budget WHERE id = $1`, [budgetId]);
    expect(row.allocated_pence).toBe(20_000);
  });
});
