import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount } from '../../factories/accounts';
import { code } from '../../factories/plans';
import { Role } from '../../../server/src/modules/account/role';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const INDICATIVE = `query($input: NeedsAssessmentInput!) { indicativeBudget(input: $input) {
  annualPence points pencePerPoint schemeVersion localAuthority { code name } breakdown { lifeArea level points pence } explanation } }`;
const SCHEME = `query($code: String!, $version: Int) { allocationScheme(localAuthorityCode: $code, version: $version) {
  version pencePerPoint note localAuthority { code } rates { lifeArea somePoints substantialPoints criticalPoints } } }`;
const PUBLISH = `mutation($input: PublishAllocationVersionInput!) { publishAllocationVersion(input: $input) { version pencePerPoint note rates { lifeArea somePoints substantialPoints criticalPoints } } }`;
const AREAS = ['MENTAL_WELLBEING', 'PHYSICAL_HEALTH', 'LIVING_SKILLS', 'SOCIAL_CONNECTION', 'WORK_AND_LEARNING', 'RELATIONSHIPS', 'SUBSTANCE_USE', 'MONEY_AND_HOUSING', 'IDENTITY_AND_SELF_ESTEEM', 'HOPE_AND_TRUST'];

async function indicative(localAuthorityCode: string, answers: { lifeArea: string; level: number }[]) {
  const r = await server.gql(INDICATIVE, { input: { localAuthorityCode, answers } });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.indicativeBudget;
}

describe('default resource allocation systems', () => {
  it('exist for every local authority, rating every life area', async () => {
    const [row] = await server.ds.query(`
      SELECT (SELECT count(*)::int FROM local_authority) AS authorities,
             (SELECT count(DISTINCT local_authority_code)::int FROM allocation_scheme) AS with_scheme,
             (SELECT count(*)::int FROM allocation_rate) AS rates`);
    expect(row.with_scheme).toBe(row.authorities);
    expect(row.rates).toBe(row.authorities * 10);
    const r = await server.gql(SCHEME, { code: 'E08000003' });
    expect(r.data!.allocationScheme).toMatchObject({ version: 1, pencePerPoint: 8500, localAuthority: { code: 'E08000003' } });
    expect(r.data!.allocationScheme.rates.map((x: any) => x.lifeArea)).toEqual(AREAS);
    expect((await server.gql(SCHEME, { code: 'E09000007' })).data!.allocationScheme.pencePerPoint).toBe(9800); // Camden: London
  });

  it('cannot be changed or removed, even in SQL', async () => {
    await expect(server.ds.query(`UPDATE allocation_scheme SET pence_per_point = 1`)).rejects.toThrow(/cannot change/);
    await expect(server.ds.query(`DELETE FROM allocation_rate`)).rejects.toThrow(/cannot change/);
    await expect(server.ds.query(`INSERT INTO allocation_rate SELECT id, 'HOPE_AND_TRUST', 5, 4, 6 FROM allocation_scheme LIMIT 1`)).rejects.toThrow();
  });
});

describe('indicative budgets', () => {
  it('are open to anyone and show each line, adding up exactly', async () => {
    const b = await indicative('E08000003', [
      { lifeArea: 'SOCIAL_CONNECTION', level: 2 },
      { lifeArea: 'MENTAL_WELLBEING', level: 2 },
      { lifeArea: 'LIVING_SKILLS', level: 1 },
      { lifeArea: 'HOPE_AND_TRUST', level: 0 },
    ]);
    expect(b).toMatchObject({ annualPence: 255_000, points: 30, pencePerPoint: 8500, schemeVersion: 1, localAuthority: { code: 'E08000003', name: 'Manchester' } });
    expect(b.breakdown).toEqual([
      { lifeArea: 'MENTAL_WELLBEING', level: 2, points: 14, pence: 119_000 },
      { lifeArea: 'LIVING_SKILLS', level: 1, points: 6, pence: 51_000 },
      { lifeArea: 'SOCIAL_CONNECTION', level: 2, points: 10, pence: 85_000 },
      { lifeArea: 'HOPE_AND_TRUST', level: 0, points: 0, pence: 0 },
    ]);
    expect(b.breakdown.reduce((s: number, l: any) => s + l.pence, 0)).toBe(b.annualPence);
    expect(b.explanation).toMatch(/indicative/);
    expect(b.explanation).toMatch(/not a decision/);
    expect(b.explanation).toContain('30 × £85.00 = £2,550.00 a year');
  });

  it('never give less money for more need, in any life area', async () => {
    for (const lifeArea of AREAS) {
      const amounts = [];
      for (let level = 0; level <= 3; level++) amounts.push((await indicative('E08000003', [{ lifeArea: 'MENTAL_WELLBEING', level: 1 }, ...(lifeArea === 'MENTAL_WELLBEING' ? [] : [{ lifeArea, level }])])).annualPence);
      expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
    }
  });

  it('refuse unknown areas, levels out of range and repeated life areas', async () => {
    const ask = (input: Record<string, unknown>) => server.gql(INDICATIVE, { input });
    expect(code(await ask({ localAuthorityCode: 'E99999999', answers: [] }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ localAuthorityCode: 'nowhere', answers: [] }))).toBe('BAD_USER_INPUT');
    expect(code(await ask({ localAuthorityCode: 'E08000003', answers: [{ lifeArea: 'HOPE_AND_TRUST', level: 4 }] }))).toBe('BAD_USER_INPUT');
    const twice = await ask({ localAuthorityCode: 'E08000003', answers: [{ lifeArea: 'HOPE_AND_TRUST', level: 1 }, { lifeArea: 'HOPE_AND_TRUST', level: 2 }] });
    expect(code(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0].message).toMatch(/answered twice/);
  });
});

describe('publishing a new version', () => {
  it("lets a commissioner publish for their own area; later indicative budgets use it and say so", async () => {
    const c = await commissioner(server, 'E08000035'); // Leeds
    const r = await server.gql(PUBLISH, { input: { localAuthorityCode: 'E08000035', pencePerPoint: 9000, rates: [{ lifeArea: 'MENTAL_WELLBEING', somePoints: 8, substantialPoints: 16, criticalPoints: 30 }], note: 'Uplift' } }, { token: c.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.publishAllocationVersion).toMatchObject({ version: 2, pencePerPoint: 9000, note: 'Uplift' });
    const rates = r.data!.publishAllocationVersion.rates;
    expect(rates.find((x: any) => x.lifeArea === 'MENTAL_WELLBEING')).toEqual({ lifeArea: 'MENTAL_WELLBEING', somePoints: 8, substantialPoints: 16, criticalPoints: 30 });
    expect(rates.find((x: any) => x.lifeArea === 'LIVING_SKILLS')).toEqual({ lifeArea: 'LIVING_SKILLS', somePoints: 6, substantialPoints: 14, criticalPoints: 24 }); // carried over
    const b = await indicative('E08000035', [{ lifeArea: 'MENTAL_WELLBEING', level: 2 }]);
    expect(b).toMatchObject({ schemeVersion: 2, points: 16, pencePerPoint: 9000, annualPence: 144_000 });
    expect(b.explanation).toMatch(/version 2/);
    expect((await server.gql(SCHEME, { code: 'E08000035', version: 1 })).data!.allocationScheme.pencePerPoint).toBe(8500);
    expect((await indicative('E08000003', [{ lifeArea: 'MENTAL_WELLBEING', level: 2 }])).schemeVersion).toBe(1); // Manchester unchanged
  });

  it('refuses other areas, people, providers and anonymous callers; admins publish anywhere', async () => {
    const input = { localAuthorityCode: 'E08000003', pencePerPoint: 9999 };
    expect(code(await server.gql(PUBLISH, { input }, { token: (await commissioner(server, 'E08000035')).token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(PUBLISH, { input }, { token: (await insertAccount(server, Role.PERSON)).token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(PUBLISH, { input }, { token: (await insertAccount(server, Role.PROVIDER)).token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(PUBLISH, { input }))).toBe('UNAUTHENTICATED');
    expect((await server.gql(SCHEME, { code: 'E08000003' })).data!.allocationScheme.version).toBe(1);
    const a = await admin(server);
    expect((await server.gql(PUBLISH, { input: { localAuthorityCode: 'W06000015', pencePerPoint: 8000 } }, { token: a.token })).data!.publishAllocationVersion.version).toBe(2);
  });

  it('refuses tables where more need would earn fewer points', async () => {
    const c = await commissioner(server, 'E08000025'); // Birmingham
    const r = await server.gql(PUBLISH, { input: { localAuthorityCode: 'E08000025', rates: [{ lifeArea: 'HOPE_AND_TRUST', somePoints: 6, substantialPoints: 4, criticalPoints: 10 }] } }, { token: c.token });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/must not fall/);
    expect((await server.gql(SCHEME, { code: 'E08000025' })).data!.allocationScheme.version).toBe(1);
  });

  it('numbers concurrent publications 2, 3, 4... without a clash', async () => {
    const c = await commissioner(server, 'E06000001');
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => server.gql(PUBLISH, { input: { localAuthorityCode: 'E06000001', pencePerPoint: 8000 + i } }, { token: c.token })));
    expect(results.map((r) => r.data!.publishAllocationVersion.version).sort()).toEqual([2, 3, 4, 5, 6, 7]);
  });
});
