import { startTestServer, type TestServer } from '../../support/test-server';
import { commissioner, signUp, type TestAccount } from '../../factories/accounts';
import { apiCreatePlan } from '../../factories/plans';

// Finding 12 of issue 13: adjustBudget committed and then answered data: null (the caller had asked for a field it may
// not read), so a retrying client adjusted twice. With an idempotency key it applies once however often it is sent.
let server: TestServer;
let manchester: TestAccount;
let budgetId: string;
beforeAll(async () => {
  server = await startTestServer();
  const person = await signUp(server, 'PERSON');
  manchester = await commissioner(server, 'E08000003');
  const planId = (await apiCreatePlan(server, person.token)).id;
  const r = await server.gql(`mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }`, {
    input: { planId, fundingSource: 'DIRECT_PAYMENT', allocatedPence: 100_000, periodStartDate: '2026-04-01', periodEndDate: '2027-03-31' },
  }, { token: manchester.token });
  budgetId = r.data!.allocateBudget.id;
});
afterAll(() => server.stop());

const ADJUST = `mutation($input: AdjustBudgetInput!) { adjustBudget(input: $input) { id allocatedPence } }`;
const adjustments = async () => (await server.ds.query(`SELECT amount_pence FROM budget_ledger WHERE budget_id = $1 AND kind = 'ADJUSTMENT'`, [budgetId])) as { amount_pence: number }[];

it('applies an adjustment once when its answer was lost and it is sent again, even five times at once', async () => {
  const input = { budgetId, amountPence: 5_000, note: 'uplift', idempotencyKey: 'adjust-0001-uplift' };
  // Asking to be shown what a commissioner may not read (the statement) is refused before anything is written.
  const refused = await server.gql(`mutation($input: AdjustBudgetInput!) { adjustBudget(input: $input) { id ... on Budget { statement { edges { node { id } } } } } }`, { input }, { token: manchester.token });
  expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  expect(await adjustments()).toEqual([]);
  // The first answer is lost (here: sent, applied, and the answer thrown away), then the client retries.
  await server.gql(ADJUST, { input }, { token: manchester.token });
  const retries = await Promise.all(Array.from({ length: 5 }, () => server.gql(ADJUST, { input }, { token: manchester.token })));
  for (const r of retries) expect(r.data!.adjustBudget.allocatedPence).toBe(105_000);
  expect(await adjustments()).toEqual([{ amount_pence: 5_000 }]);
  // A different adjustment under the same key is refused, not applied.
  const misuse = await server.gql(ADJUST, { input: { ...input, amountPence: 9_000 } }, { token: manchester.token });
  expect(misuse.errors![0].extensions!.code).toBe('CONFLICT');
  // Without a key, each call is its own adjustment (as before).
  await server.gql(ADJUST, { input: { budgetId, amountPence: 1_000, note: 'a' } }, { token: manchester.token });
  await server.gql(ADJUST, { input: { budgetId, amountPence: 1_000, note: 'a' } }, { token: manchester.token });
  expect((await adjustments()).length).toBe(3);
});
