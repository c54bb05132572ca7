import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount, signUp, type TestAccount } from '../../factories/accounts';
import { apiCreatePlan, code, PLAN_FIELDS, planInput } from '../../factories/plans';
import { Role } from '../../../server/src/modules/account/role';

let server: TestServer;
let person: TestAccount;
let other: TestAccount;
let provider: TestAccount;
let planId: string;
let warn: jest.SpyInstance;

beforeAll(async () => {
  server = await startTestServer();
  person = await signUp(server, 'PERSON', 'Sam');
  other = await signUp(server, 'PERSON', 'Someone Else');
  provider = await insertAccount(server, Role.PROVIDER);
  planId = (await apiCreatePlan(server, person.token)).id;
  warn = jest.spyOn(server.runtime.services.log, 'warn');
});
afterAll(() => server.stop());
beforeEach(() => warn.mockClear());

const PLAN = `query($id: ID!) { supportPlan(id: $id) { ${PLAN_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSupportPlanInput!) { updateSupportPlan(id: $id, input: $input) { ${PLAN_FIELDS} } }`;
const ADD_GOAL = `mutation($planId: ID!, $input: GoalInput!) { addGoal(planId: $planId, input: $input) { id lifeArea description baselineScore latestScore } }`;
const UPDATE_GOAL = `mutation($id: ID!, $input: UpdateGoalInput!) { updateGoal(id: $id, input: $input) { id lifeArea description baselineScore } }`;
const CREATE = `mutation($input: CreateSupportPlanInput!) { createSupportPlan(input: $input) { id } }`;
const count = async (table: string) => (await server.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

describe('creating a support plan', () => {
  it("belongs to the caller; the local authority follows from the district; goals start at their baseline", async () => {
    const r = await server.gql(`mutation($input: CreateSupportPlanInput!) { createSupportPlan(input: $input) { ${PLAN_FIELDS} } }`,
      { input: planInput({ outcode: 'ls1 4ap', age: 34 }) }, { token: person.token });
    expect(r.errors).toBeUndefined();
    const plan = r.data!.createSupportPlan;
    expect(plan).toMatchObject({
      outcode: 'LS1',
      age: 34,
      active: true,
      localAuthority: { code: 'E08000035', name: 'Leeds' },
      person: { id: person.id },
      needs: [{ slug: 'peer-support' }, { slug: 'learning-and-skills' }],
      preferences: { languages: ['en', 'ur'], deliveryModes: ['GROUP'], maxTravelKm: 8, prefersPeerSupport: true, accessibility: ['step-free access'] },
    });
    expect(plan.goals.map((g: any) => [g.lifeArea, g.baselineScore, g.latestScore])).toEqual([['SOCIAL_CONNECTION', 3, 3], ['WORK_AND_LEARNING', 2, 2]]);
  });

  it('has sensible default preferences', async () => {
    const r = await server.gql(`mutation($input: CreateSupportPlanInput!) { createSupportPlan(input: $input) { ${PLAN_FIELDS} } }`,
      { input: { outcode: 'M14', goals: [], needCategorySlugs: [] } }, { token: person.token });
    expect(r.data!.createSupportPlan).toMatchObject({
      age: null, goals: [], needs: [], preferences: { languages: [], deliveryModes: [], maxTravelKm: 10, prefersPeerSupport: false, accessibility: [] },
    });
  });

  it('refuses unknown districts and kinds of support, out-of-range scores and too many goals, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ outcode: 'ZZ99' }, 'outcode'],
      [{ needCategorySlugs: ['astrology'] }, 'needCategorySlugs'],
      [{ goals: [{ lifeArea: 'HOPE_AND_TRUST', description: 'x', baselineScore: 0 }] }, 'goals.0.baselineScore'],
      [{ goals: [{ lifeArea: 'HOPE_AND_TRUST', description: 'x', baselineScore: 11 }] }, 'goals.0.baselineScore'],
      [{ goals: [{ lifeArea: 'HOPE_AND_TRUST', description: '   ', baselineScore: 5 }] }, 'goals.0.description'],
      [{ goals: Array.from({ length: 11 }, () => ({ lifeArea: 'HOPE_AND_TRUST', description: 'x', baselineScore: 5 })) }, 'goals'],
      [{ preferences: { maxTravelKm: 500 } }, 'preferences.maxTravelKm'],
      [{ preferences: { languages: ['not a language'] } }, 'preferences.languages'],
    ];
    const before = await count('support_plan');
    for (const [overrides, field] of cases) {
      const r = await server.gql(CREATE, { input: planInput(overrides) }, { token: person.token });
      expect(code(r)).toBe('BAD_USER_INPUT');
      const fields = [r.errors![0].extensions!.field, ...((r.errors![0].extensions!.fields as { field: string }[] | undefined) ?? []).map((f) => f.field)];
      expect(fields).toContain(field);
    }
    expect(await count('support_plan')).toBe(before);
  });

  it('is for people only', async () => {
    expect(code(await server.gql(CREATE, { input: planInput() }))).toBe('UNAUTHENTICATED');
    for (const token of [provider.token, (await commissioner(server)).token, (await admin(server)).token]) {
      expect(code(await server.gql(CREATE, { input: planInput() }, { token }))).toBe('FORBIDDEN');
    }
  });
});

describe('reading plans', () => {
  it('lists only the caller’s own plans', async () => {
    const mine = await server.gql(`{ myPlans { id person { id } } }`, {}, { token: person.token });
    expect(mine.data!.myPlans.map((p: any) => p.id)).toContain(planId);
    expect(mine.data!.myPlans.every((p: any) => p.person.id === person.id)).toBe(true);
    const theirs = await server.gql(`{ myPlans { id } }`, {}, { token: other.token });
    expect(theirs.data!.myPlans).toEqual([]);
    expect(code(await server.gql(`{ myPlans { id } }`))).toBe('UNAUTHENTICATED');
    for (const token of [provider.token, (await commissioner(server)).token, (await admin(server)).token]) {
      expect(code(await server.gql(`{ myPlans { id } }`, {}, { token }))).toBe('FORBIDDEN');
    }
  });

  it('shows a plan to its person and to admins', async () => {
    expect((await server.gql(PLAN, { id: planId }, { token: person.token })).data!.supportPlan.id).toBe(planId);
    expect((await server.gql(PLAN, { id: planId }, { token: (await admin(server)).token })).data!.supportPlan.id).toBe(planId);
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers anyone else NOT_FOUND, exactly as for a plan that does not exist, and logs the attempt', async () => {
    const sameArea = await commissioner(server, 'E08000003');
    const refusals = [];
    for (const who of [other, provider, sameArea]) {
      const r = await server.gql(PLAN, { id: planId }, { token: who.token });
      expect(r.data?.supportPlan ?? null).toBeNull();
      refusals.push({ code: code(r), message: r.errors![0].message });
      expect(warn).toHaveBeenLastCalledWith('plan.access_denied', expect.objectContaining({ viewer: who.id, planId, exists: true }));
    }
    const missing = await server.gql(PLAN, { id: '6a1f8b4e-0000-4000-8000-000000000000' }, { token: other.token });
    expect(refusals).toEqual(Array(3).fill({ code: missing.errors![0].extensions!.code, message: missing.errors![0].message }));
    expect(code(missing)).toBe('NOT_FOUND');
    expect(code(await server.gql(PLAN, { id: planId }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(PLAN, { id: 'not-a-uuid' }, { token: person.token }))).toBe('BAD_USER_INPUT');
  });
});

describe('changing a plan', () => {
  it('moves the plan with its district (the local authority follows), replaces needs and keeps unmentioned preferences', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const r = await server.gql(UPDATE, { id: plan.id, input: { outcode: 'CF10', needCategorySlugs: ['befriending'], preferences: { maxTravelKm: 3 }, age: 40 } }, { token: person.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateSupportPlan).toMatchObject({
      outcode: 'CF10',
      age: 40,
      localAuthority: { code: 'W06000015' },
      needs: [{ slug: 'befriending' }],
      preferences: { languages: ['en', 'ur'], deliveryModes: ['GROUP'], maxTravelKm: 3, prefersPeerSupport: true, accessibility: ['step-free access'] },
    });
    const cleared = await server.gql(UPDATE, { id: plan.id, input: { preferences: { languages: [] } } }, { token: person.token });
    expect(cleared.data!.updateSupportPlan.preferences.languages).toEqual([]);
    expect(cleared.data!.updateSupportPlan.needs).toEqual([{ slug: 'befriending' }]);
  });

  it('adds goals up to ten, and edits a goal without ever changing its baseline', async () => {
    const plan = await apiCreatePlan(server, person.token);
    const added = await server.gql(ADD_GOAL, { planId: plan.id, input: { lifeArea: 'PHYSICAL_HEALTH', description: 'Walk to the park', baselineScore: 4 } }, { token: person.token });
    expect(added.data!.addGoal).toMatchObject({ lifeArea: 'PHYSICAL_HEALTH', baselineScore: 4, latestScore: 4 });
    const edited = await server.gql(UPDATE_GOAL, { id: added.data!.addGoal.id, input: { description: 'Walk to the park and back' } }, { token: person.token });
    expect(edited.data!.updateGoal).toMatchObject({ lifeArea: 'PHYSICAL_HEALTH', description: 'Walk to the park and back', baselineScore: 4 });
    expect(code(await server.gql(UPDATE_GOAL, { id: added.data!.addGoal.id, input: { baselineScore: 9 } }, { token: person.token }))).toBe('BAD_USER_INPUT');
    for (let i = 3; i < 10; i++) {
      await server.gql(ADD_GOAL, { planId: plan.id, input: { lifeArea: 'HOPE_AND_TRUST', description: `Goal ${i}`, baselineScore: 5 } }, { token: person.token });
    }
    const eleventh = await server.gql(ADD_GOAL, { planId: plan.id, input: { lifeArea: 'HOPE_AND_TRUST', description: 'One too many', baselineScore: 5 } }, { token: person.token });
    expect(code(eleventh)).toBe('BAD_USER_INPUT');
    const goals = (await server.gql(PLAN, { id: plan.id }, { token: person.token })).data!.supportPlan.goals;
    expect(goals).toHaveLength(10);
    expect(goals[2].description).toBe('Walk to the park and back');
  });

  it("refuses changes to someone else's plan or goal with NOT_FOUND, changes nothing, and logs each attempt", async () => {
    const plan = await apiCreatePlan(server, person.token);
    const goalId = plan.goals[0].id;
    const sameArea = await commissioner(server, 'E08000003');
    for (const who of [other, sameArea]) {
      const attempts = [
        await server.gql(UPDATE, { id: plan.id, input: { outcode: 'LS1' } }, { token: who.token }),
        await server.gql(ADD_GOAL, { planId: plan.id, input: { lifeArea: 'HOPE_AND_TRUST', description: 'x', baselineScore: 5 } }, { token: who.token }),
        await server.gql(UPDATE_GOAL, { id: goalId, input: { description: 'hijacked' } }, { token: who.token }),
      ];
      expect(attempts.map(code)).toEqual(who === sameArea ? ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'] : ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    }
    expect(code(await server.gql(UPDATE, { id: plan.id, input: { outcode: 'LS1' } }, { token: provider.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(UPDATE, { id: plan.id, input: { outcode: 'LS1' } }))).toBe('UNAUTHENTICATED');
    expect(warn.mock.calls.filter(([event]) => event === 'plan.access_denied')).toHaveLength(3);
    const now = (await server.gql(PLAN, { id: plan.id }, { token: person.token })).data!.supportPlan;
    expect(now.outcode).toBe('M14');
    expect(now.goals).toHaveLength(2);
    expect(now.goals[0].description).toBe('See friends every week');
    const a = await admin(server);
    expect((await server.gql(UPDATE, { id: plan.id, input: { age: 50 } }, { token: a.token })).data!.updateSupportPlan.age).toBe(50);
  });
});
