import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount, type TestAccount } from '../../factories/accounts';
import { Role } from '../../../server/src/modules/account/role';
import { sqlPlan } from '../../factories/people';
import { codeOf } from '../../factories/bookings';

let server: TestServer;
let person: TestAccount;
let planId: string;
beforeAll(async () => {
  server = await startTestServer();
  person = await insertAccount(server, Role.PERSON);
  planId = (await sqlPlan(server.ds, { personId: person.id })).id;
});
afterAll(() => server.stop());

const SET = `mutation($planId: ID!, $input: StayingSafeInput!) { setStayingSafe(planId: $planId, input: $input) { risksTaken whatHelps contacts { name phone } updatedAt } }`;
const READ = `query($id: ID!) { supportPlan(id: $id) { reference stayingSafe { risksTaken whatHelps contacts { name phone } updatedAt } } }`;
const INPUT = {
  risksTaken: 'Going to the football on my own again.',
  whatHelps: 'Texting my sister when I get there and when I leave.',
  contacts: [{ name: 'Sam (sister)', phone: '+44 7700 900123' }, { name: 'Crisis line', phone: '0161 496 0000' }],
};

describe('staying safe, taking chances', () => {
  it('is empty until written, then the person writes and reads it back (phone numbers tidied)', async () => {
    const empty = await server.gql(READ, { id: planId }, { token: person.token });
    expect(empty.data!.supportPlan.stayingSafe).toEqual({ risksTaken: null, whatHelps: null, contacts: [], updatedAt: null });
    expect(empty.data!.supportPlan.reference).toBe(planId.slice(0, 8).toUpperCase());
    const r = await server.gql(SET, { planId, input: INPUT }, { token: person.token });
    expect(r.data!.setStayingSafe).toMatchObject({
      risksTaken: INPUT.risksTaken,
      contacts: [{ name: 'Sam (sister)', phone: '07700 900123' }, { name: 'Crisis line', phone: '0161 496 0000' }],
    });
    const read = await server.gql(READ, { id: planId }, { token: person.token });
    expect(read.data!.supportPlan.stayingSafe.whatHelps).toBe(INPUT.whatHelps);
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const before = await server.ds.query(`SELECT * FROM plan_safety WHERE plan_id = $1`, [planId]);
    for (const input of [
      { ...INPUT, contacts: [{ name: 'Sam', phone: '12345' }] },
      { ...INPUT, contacts: [{ name: ' ', phone: '07700 900123' }] },
      { ...INPUT, contacts: Array.from({ length: 6 }, () => ({ name: 'Sam', phone: '07700 900123' })) },
      { ...INPUT, risksTaken: 'x'.repeat(4001) },
    ]) {
      expect(codeOf(await server.gql(SET, { planId, input }, { token: person.token }))).toBe('BAD_USER_INPUT');
    }
    expect(await server.ds.query(`SELECT * FROM plan_safety WHERE plan_id = $1`, [planId])).toEqual(before);
  });

  it('is private: providers, commissioners (even of the area) and other people can neither read nor write it', async () => {
    const others = [await insertAccount(server, Role.PROVIDER), await commissioner(server, 'E08000003'), await insertAccount(server, Role.PERSON)];
    for (const who of others) {
      const read = await server.gql(READ, { id: planId }, { token: who.token });
      expect(read.data?.supportPlan ?? null).toBeNull();
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(read));
      const write = await server.gql(SET, { planId, input: { risksTaken: 'overwritten' } }, { token: who.token });
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(write));
    }
    expect(codeOf(await server.gql(READ, { id: planId }))).toBe('UNAUTHENTICATED');
    const [row] = await server.ds.query(`SELECT risks_taken FROM plan_safety WHERE plan_id = $1`, [planId]);
    expect(row.risks_taken).toBe(INPUT.risksTaken);
    // An admin may (as with the rest of the plan).
    const boss = await admin(server);
    expect((await server.gql(READ, { id: planId }, { token: boss.token })).data!.supportPlan.stayingSafe.risksTaken).toBe(INPUT.risksTaken);
  });
});

const AREA = `query($first: Int, $after: String, $outcode: String, $reference: String, $la: String) {
  areaPlans(first: $first, after: $after, outcode: $outcode, reference: $reference, localAuthorityCode: $la) {
    edges { node { id reference outcode budgets { id allocatedPence fundingSource } } } pageInfo { hasNextPage endCursor } } }`;

describe("commissioners' plans of their area", () => {
  it('lists only their own area, newest first, keyset paged, showing only what they may fund', async () => {
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push((await sqlPlan(server.ds, { outcode: 'M1' })).id);
    await server.ds.query(`UPDATE support_plan SET local_authority_code = 'E09000033' WHERE id = $1`, [(await sqlPlan(server.ds)).id]);
    const manchester = await commissioner(server, 'E08000003');
    const first = await server.gql(AREA, { first: 2, outcode: 'M1' }, { token: manchester.token });
    expect(first.data!.areaPlans.edges.map((e: any) => e.node.id)).toEqual([mine[2], mine[1]]);
    const next = await server.gql(AREA, { first: 2, outcode: 'M1', after: first.data!.areaPlans.pageInfo.endCursor }, { token: manchester.token });
    expect(next.data!.areaPlans.edges.map((e: any) => e.node.id)).toEqual([mine[0]]);
    const all = await server.gql(AREA, { first: 100 }, { token: manchester.token });
    expect(all.data!.areaPlans.edges.every((e: any) => e.node.outcode.startsWith('M'))).toBe(true);
    const byRef = await server.gql(AREA, { reference: mine[1].slice(0, 8).toUpperCase() }, { token: manchester.token });
    expect(byRef.data!.areaPlans.edges.map((e: any) => e.node.id)).toEqual([mine[1]]);
    // The plan itself stays closed to them.
    expect(codeOf(await server.gql(READ, { id: mine[1] }, { token: manchester.token }))).toBe('NOT_FOUND');
    // Another council's commissioner, a provider and a person are refused.
    expect(codeOf(await server.gql(AREA, { la: 'E08000003' }, { token: (await commissioner(server, 'E09000033')).token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(AREA, {}, { token: (await insertAccount(server, Role.PROVIDER)).token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(AREA, {}, { token: person.token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(AREA, { reference: 'xyz' }, { token: manchester.token }))).toBe('BAD_USER_INPUT');
    // Admins name the area.
    const boss = await admin(server);
    expect(codeOf(await server.gql(AREA, {}, { token: boss.token }))).toBe('BAD_USER_INPUT');
    expect((await server.gql(AREA, { la: 'E08000003', outcode: 'M1' }, { token: boss.token })).data!.areaPlans.edges).toHaveLength(3);
  });

  it("lets the commissioner allocate to a plan in their area and then shows that budget, not the person's own pot", async () => {
    const { id } = await sqlPlan(server.ds, { outcode: 'M20' });
    const manchester = await commissioner(server, 'E08000003');
    const own = await insertAccount(server, Role.PERSON);
    await server.ds.query(`UPDATE support_plan SET person_id = $2 WHERE id = $1`, [id, own.id]);
    const self = await server.gql(
      `mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }`,
      { input: { planId: id, fundingSource: 'SELF_FUNDED', allocatedPence: 500, periodStartDate: '2026-04-01', periodEndDate: '2027-03-31' } },
      { token: own.token },
    );
    expect(codeOf(self)).toBe('OK');
    const funded = await server.gql(
      `mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id allocatedPence } }`,
      { input: { planId: id, fundingSource: 'DIRECT_PAYMENT', allocatedPence: 250_000, periodStartDate: '2026-04-01', periodEndDate: '2027-03-31' } },
      { token: manchester.token },
    );
    expect(codeOf(funded)).toBe('OK');
    const listed = await server.gql(AREA, { reference: id.slice(0, 8) }, { token: manchester.token });
    expect(listed.data!.areaPlans.edges[0].node.budgets).toEqual([{ id: funded.data!.allocateBudget.id, allocatedPence: 250_000, fundingSource: 'DIRECT_PAYMENT' }]);
  });
});
