import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount, type TestAccount } from '../../factories/accounts';
import { inDays, sqlOffering, sqlProvider, sqlSlot } from '../../factories/catalogue';
import { sqlBudget } from '../../factories/people';
import { apiCreatePlan, code } from '../../factories/plans';
import { Role } from '../../../server/src/modules/account/role';

let server: TestServer;
let person: TestAccount;
let other: TestAccount;
let plan: { id: string; goals: { id: string }[] };
let offeringId: string;
let providerId: string;

beforeAll(async () => {
  server = await startTestServer();
  person = await insertAccount(server, Role.PERSON);
  other = await insertAccount(server, Role.PERSON);
  plan = await apiCreatePlan(server, person.token); // goals: social connection (baseline 3), work and learning (baseline 2)
  providerId = (await sqlProvider(server.ds, { baseOutcode: 'M14' })).id;
  offeringId = await sqlOffering(server.ds, providerId, { baseOutcode: 'M14' });
});
afterAll(() => server.stop());

const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id baselineScore latestScore scoreChange history { score bookingId note } } }`;
const CHECK = `mutation($input: WellbeingCheckInput!) { recordWellbeingCheck(input: $input) { items rawScore metricScore } }`;
const PLAN = `query($id: ID!) { supportPlan(id: $id) { goals { id latestScore scoreChange history { score } } wellbeingChecks { rawScore metricScore } } }`;

async function booking(planId: string, status: string, startsInDays: number): Promise<string> {
  const budgetId = await sqlBudget(server.ds, planId, 10_000);
  const slotId = await sqlSlot(server.ds, offeringId, inDays(startsInDays, 10 + Math.floor(Math.random() * 8)), 50, 0);
  const personId = (await server.ds.query(`SELECT person_id FROM support_plan WHERE id = $1`, [planId]))[0].person_id;
  const [b] = await server.ds.query(
    `INSERT INTO booking (slot_id, offering_id, provider_id, plan_id, budget_id, person_id, status, total_pence, idempotency_key, starts_at, ends_at)
     SELECT s.id, s.offering_id, $2, $3, $4, $5, $6, 2000, $7, s.starts_at, s.ends_at FROM slot s WHERE s.id = $1 RETURNING id`,
    [slotId, providerId, planId, budgetId, personId, status, `key-${slotId}`],
  );
  return b.id;
}

describe('recording outcomes', () => {
  it('keeps every score, moves the latest score and shows the change from the baseline', async () => {
    const goalId = plan.goals[0].id;
    const first = await server.gql(RECORD, { input: { goalId, score: 5, note: 'Went to the group twice' } }, { token: person.token });
    expect(first.data!.recordOutcome).toMatchObject({ baselineScore: 3, latestScore: 5, scoreChange: 2 });
    const second = await server.gql(RECORD, { input: { goalId, score: 7 } }, { token: person.token });
    expect(second.data!.recordOutcome).toMatchObject({
      baselineScore: 3, latestScore: 7, scoreChange: 4,
      history: [{ score: 5, bookingId: null, note: 'Went to the group twice' }, { score: 7, bookingId: null, note: null }],
    });
    const shown = await server.gql(PLAN, { id: plan.id }, { token: person.token });
    expect(shown.data!.supportPlan.goals[0]).toMatchObject({ latestScore: 7, scoreChange: 4, history: [{ score: 5 }, { score: 7 }] });
    expect(shown.data!.supportPlan.goals[1]).toMatchObject({ latestScore: 2, scoreChange: 0, history: [] });
  });

  it('ties a score to a session of the same plan that has taken place', async () => {
    const goalId = plan.goals[1].id;
    const done = await booking(plan.id, 'COMPLETED', -2);
    const r = await server.gql(RECORD, { input: { goalId, score: 4, bookingId: done } }, { token: person.token });
    expect(r.data!.recordOutcome.history).toEqual([{ score: 4, bookingId: done, note: null }]);
    const theirPlan = await apiCreatePlan(server, other.token);
    const theirs = await booking(theirPlan.id, 'COMPLETED', -3);
    expect(code(await server.gql(RECORD, { input: { goalId, score: 4, bookingId: theirs } }, { token: person.token }))).toBe('NOT_FOUND');
    expect(code(await server.gql(RECORD, { input: { goalId, score: 4, bookingId: await booking(plan.id, 'CANCELLED', -4) } }, { token: person.token }))).toBe('CONFLICT');
    expect(code(await server.gql(RECORD, { input: { goalId, score: 4, bookingId: await booking(plan.id, 'CONFIRMED', 5) } }, { token: person.token }))).toBe('CONFLICT');
    expect(code(await server.gql(RECORD, { input: { goalId, score: 4, bookingId: 'nope' } }, { token: person.token }))).toBe('BAD_USER_INPUT');
    expect((await server.gql(PLAN, { id: plan.id }, { token: person.token })).data!.supportPlan.goals[1].history).toHaveLength(1);
  });

  it('is only for the plan’s person and admins; a foreign goal is NOT_FOUND and logged', async () => {
    const goalId = plan.goals[1].id;
    const warn = jest.spyOn(server.runtime.services.log, 'warn');
    const r = await server.gql(RECORD, { input: { goalId, score: 9 } }, { token: other.token });
    expect(code(r)).toBe('NOT_FOUND');
    expect(r.errors![0].message).toBe('That goal was not found.');
    expect(warn).toHaveBeenLastCalledWith('plan.access_denied', expect.objectContaining({ viewer: other.id, planId: plan.id }));
    warn.mockRestore();
    expect(code(await server.gql(RECORD, { input: { goalId: '6a1f8b4e-0000-4000-8000-000000000000', score: 9 } }, { token: other.token }))).toBe('NOT_FOUND');
    expect(code(await server.gql(RECORD, { input: { goalId, score: 9 } }, { token: (await insertAccount(server, Role.PROVIDER)).token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(RECORD, { input: { goalId, score: 9 } }, { token: (await commissioner(server)).token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(RECORD, { input: { goalId, score: 9 } }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(RECORD, { input: { goalId, score: 11 } }, { token: person.token }))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(RECORD, { input: { goalId, score: 0 } }, { token: person.token }))).toBe('BAD_USER_INPUT');
    expect((await server.gql(PLAN, { id: plan.id }, { token: person.token })).data!.supportPlan.goals[1].latestScore).toBe(4);
    const a = await admin(server);
    expect((await server.gql(RECORD, { input: { goalId, score: 6 } }, { token: a.token })).data!.recordOutcome.latestScore).toBe(6);
  });

  it('keeps the latest score equal to the newest recorded one when scores race', async () => {
    const fresh = await apiCreatePlan(server, person.token);
    const goalId = fresh.goals[0].id;
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((score) => server.gql(RECORD, { input: { goalId, score } }, { token: person.token })));
    const [row] = await server.ds.query(
      `SELECT g.latest_score, (SELECT score FROM goal_score s WHERE s.goal_id = g.id ORDER BY s.id DESC LIMIT 1) AS newest,
              (SELECT count(*)::int FROM goal_score s WHERE s.goal_id = g.id) AS n FROM goal g WHERE g.id = $1`,
      [goalId],
    );
    expect(row.n).toBe(10);
    expect(row.latest_score).toBe(row.newest);
  });

  it('reads the history of many goals in a constant number of SQL statements', async () => {
    const few = await apiCreatePlan(server, person.token, { goals: [{ lifeArea: 'HOPE_AND_TRUST', description: 'One', baselineScore: 4 }] });
    const many = await apiCreatePlan(server, person.token, {
      goals: Array.from({ length: 8 }, (_, i) => ({ lifeArea: 'HOPE_AND_TRUST', description: `Goal ${i}`, baselineScore: 4 })),
    });
    for (const p of [few, many]) for (const g of p.goals) await server.gql(RECORD, { input: { goalId: g.id, score: 6 } }, { token: person.token });
    const a = await server.gql(PLAN, { id: few.id }, { token: person.token });
    const b = await server.gql(PLAN, { id: many.id }, { token: person.token });
    expect(b.data!.supportPlan.goals).toHaveLength(8);
    expect(b.extensions!.sqlStatements).toBe(a.extensions!.sqlStatements);
  });
});

describe('wellbeing checks (SWEMWBS)', () => {
  it.each([
    [[3, 3, 3, 3, 3, 3, 3], 21, 19.25],
    [[1, 1, 1, 1, 1, 1, 1], 7, 7.0],
    [[4, 2, 3, 5, 1, 3, 4], 22, 19.98],
    [[5, 5, 5, 5, 5, 4, 5], 34, 32.55],
    [[2, 2, 2, 1, 2, 2, 1], 12, 14.08],
  ])('stores %j as raw %i, metric %f', async (items, raw, metric) => {
    const r = await server.gql(CHECK, { input: { planId: plan.id, items } }, { token: person.token });
    expect(r.data!.recordWellbeingCheck).toEqual({ items, rawScore: raw, metricScore: metric });
  });

  it('lists the checks oldest first on the plan', async () => {
    const checks = (await server.gql(PLAN, { id: plan.id }, { token: person.token })).data!.supportPlan.wellbeingChecks;
    expect(checks.map((c: any) => c.rawScore)).toEqual([21, 7, 22, 34, 12]);
  });

  it('refuses incomplete or out-of-range answers, and other people', async () => {
    for (const items of [[3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 6], [0, 3, 3, 3, 3, 3, 3]]) {
      expect(code(await server.gql(CHECK, { input: { planId: plan.id, items } }, { token: person.token }))).toBe('BAD_USER_INPUT');
    }
    const items = [3, 3, 3, 3, 3, 3, 3];
    expect(code(await server.gql(CHECK, { input: { planId: plan.id, items } }, { token: other.token }))).toBe('NOT_FOUND');
    expect(code(await server.gql(CHECK, { input: { planId: plan.id, items } }, { token: (await commissioner(server)).token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(CHECK, { input: { planId: plan.id, items } }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(CHECK, { input: { planId: plan.id, items } }, { token: (await insertAccount(server, Role.PROVIDER)).token }))).toBe('FORBIDDEN');
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM wellbeing_check WHERE plan_id = $1`, [plan.id]))[0].n).toBe(5);
    expect((await server.gql(CHECK, { input: { planId: plan.id, items } }, { token: (await admin(server)).token })).data!.recordWellbeingCheck.rawScore).toBe(21);
  });
});
