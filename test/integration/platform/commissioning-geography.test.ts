import { readAuthorities } from '../../../server/src/db/reference/authorities';
import { readOutcodes } from '../../../server/src/db/reference/outcodes';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, type TestAccount } from '../../factories/accounts';
import { sqlPlan } from '../../factories/people';
import { sqlOffering, sqlProvider } from '../../factories/catalogue';

// England's commissioning geography: every postcode district maps to the council that commissions its care, a
// district council's code is refused naming its county, and data keyed by a district moves to the county.
const KENT = 'E10000016';
const MAIDSTONE = 'E07000110';
let server: TestServer;
let adminAccount: TestAccount;
beforeAll(async () => {
  server = await startTestServer();
  adminAccount = await admin(server);
});
afterAll(() => server.stop());

describe('the councils that commission care', () => {
  const csv = readAuthorities();
  const upperOf = new Map(csv.map((r) => [r.localAuthorityCode, r.upperTierCode]));

  it('maps every one of the 2,864 postcode districts to the council in the ONS lookup', async () => {
    const found: { outcode: string; la: string; ca: string }[] = await server.ds.query(
      `SELECT outcode, local_authority_code AS la, commissioning_authority_code AS ca FROM postcode_district`,
    );
    expect(found).toHaveLength(2864);
    const byOutcode = new Map(readOutcodes().map((o) => [o.outcode, o.localAuthorityCode]));
    for (const d of found) {
      expect({ outcode: d.outcode, la: d.la, ca: d.ca }).toEqual({ outcode: d.outcode, la: byOutcode.get(d.outcode), ca: upperOf.get(d.la) });
      // Shire districts go to their county; every other council commissions for itself.
      expect(d.la.startsWith('E07') ? d.ca.startsWith('E10') : d.ca === d.la).toBe(true);
    }
  });

  it.each([
    ['ME14', MAIDSTONE, 'Maidstone', KENT, 'Kent'],
    ['CT1', 'E07000106', 'Canterbury', KENT, 'Kent'],
    ['PR1', 'E07000123', 'Preston', 'E10000017', 'Lancashire'],
    ['SO23', 'E07000094', 'Winchester', 'E10000014', 'Hampshire'],
    ['M14', 'E08000003', 'Manchester', 'E08000003', 'Manchester'],
    ['SW1A', 'E09000033', 'Westminster', 'E09000033', 'Westminster'],
    ['CF10', 'W06000015', 'Cardiff', 'W06000015', 'Cardiff'],
    ['EH1', 'S12000036', 'City of Edinburgh', 'S12000036', 'City of Edinburgh'],
  ])('%s is in %s (%s), commissioned by %s (%s)', async (outcode, la, laName, ca, caName) => {
    const r = await server.gql(`query($o: String!) { postcodeDistrict(outcode: $o) { localAuthority { code name commissionsCare } commissioningAuthority { code name commissionsCare } } }`, { o: outcode });
    expect(r.data!.postcodeDistrict).toEqual({
      localAuthority: { code: la, name: laName, commissionsCare: la === ca },
      commissioningAuthority: { code: ca, name: caName, commissionsCare: true },
    });
  });

  it('lists the 207 commissioning councils (153 in England), counties included and shire districts left out', async () => {
    const r = await server.gql(`{ commissioningAuthorities { code name councilName } }`);
    const list: { code: string; name: string; councilName: string }[] = r.data!.commissioningAuthorities;
    expect(list).toHaveLength(207);
    expect(list.filter((a) => a.code.startsWith('E'))).toHaveLength(153);
    expect(list.filter((a) => a.code.startsWith('E10'))).toHaveLength(21);
    expect(list.some((a) => a.code.startsWith('E07'))).toBe(false);
    expect(list).toContainEqual({ code: KENT, name: 'Kent', councilName: 'Kent County Council' });
    expect(list.map((a) => a.name)).toEqual([...list.map((a) => a.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  describe('a district council where a commissioning council is wanted', () => {
    const refusal = { code: 'BAD_USER_INPUT', field: 'localAuthorityCode' };
    const message = 'Maidstone is a district council; care is commissioned by Kent County Council (E10000016).';

    it('is refused for market views, naming the county', async () => {
      for (const q of ['marketGaps(localAuthorityCode: $la) { demand }', 'marketDiversity(localAuthorityCode: $la) { hhi }', 'marketDistricts(localAuthorityCode: $la) { demand }']) {
        const r = await server.gql(`query($la: String!) { ${q} }`, { la: MAIDSTONE }, { token: adminAccount.token });
        expect(r.errors![0]).toMatchObject({ message, extensions: refusal });
      }
    });

    it('is refused for a new commissioner and for an indicative budget', async () => {
      const created = await server.gql(
        `mutation($input: CreateCommissionerInput!) { createCommissioner(input: $input) { id } }`,
        { input: { email: 'maidstone@test.example', password: 'correct horse battery', name: 'M', localAuthorityCode: MAIDSTONE } },
        { token: adminAccount.token },
      );
      expect(created.errors![0]).toMatchObject({ message, extensions: refusal });
      const budget = await server.gql(`query($input: NeedsAssessmentInput!) { indicativeBudget(input: $input) { annualPence } }`, {
        input: { localAuthorityCode: MAIDSTONE, answers: [{ lifeArea: 'MENTAL_WELLBEING', level: 2 }] },
      });
      expect(budget.errors![0]).toMatchObject({ message, extensions: refusal });
      const kent = await server.gql(`query($input: NeedsAssessmentInput!) { indicativeBudget(input: $input) { annualPence localAuthority { code } } }`, {
        input: { localAuthorityCode: KENT, answers: [{ lifeArea: 'MENTAL_WELLBEING', level: 2 }] },
      });
      expect(kent.data!.indicativeBudget).toEqual({ annualPence: 14 * 8500, localAuthority: { code: KENT } });
    });
  });

  it("puts a Maidstone plan in Kent's area, where Kent's commissioner funds it", async () => {
    const kent = await commissioner(server, KENT);
    const plan = await sqlPlan(server.ds, { outcode: 'ME14', needs: ['peer-support'] });
    const [row] = await server.ds.query(`SELECT local_authority_code FROM support_plan WHERE id = $1`, [plan.id]);
    expect(row.local_authority_code).toBe(KENT);
    const r = await server.gql(
      `mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { allocatedPence } }`,
      { input: { planId: plan.id, fundingSource: 'DIRECT_PAYMENT', allocatedPence: 100_000, periodStartDate: '2026-01-01', periodEndDate: '2026-12-31' } },
      { token: kent.token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.allocateBudget).toEqual({ allocatedPence: 100_000 });
    // Lancashire's commissioner may not.
    const lancs = await commissioner(server, 'E10000017');
    const refused = await server.gql(
      `mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { allocatedPence } }`,
      { input: { planId: plan.id, fundingSource: 'DIRECT_PAYMENT', allocatedPence: 100, periodStartDate: '2026-01-01', periodEndDate: '2026-12-31' } },
      { token: lancs.token },
    );
    expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND'); // another council's plan is not theirs to see
    const gaps = await server.gql(`query($la: String!) { marketDistricts(localAuthorityCode: $la) { localAuthority { code } postcodeDistricts } }`, { la: KENT }, { token: kent.token });
    const districts: { localAuthority: { code: string }; postcodeDistricts: string[] }[] = gaps.data!.marketDistricts;
    expect(districts).toHaveLength(12);
    expect(districts.find((d) => d.localAuthority.code === MAIDSTONE)!.postcodeDistricts).toContain('ME14');
  });
});

describe('the migration of data keyed by district councils', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 4 });
  });
  afterAll(() => db.drop());

  // Undoes the newest migrations down to and including this issue's, whatever landed after it.
  const undoThroughCommissioningAuthorities = async (ds: TestDatabase['ds']) => {
    for (;;) {
      const [last] = await ds.query(`SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`);
      await ds.undoLastMigration({ transaction: 'each' });
      if (last.name === 'CommissioningAuthorities1764900000000') return;
    }
  };

  it('moves commissioners, plans, allocation tables and reach to the county, and its down puts them back', async () => {
    const ds = db.ds;
    await undoThroughCommissioningAuthorities(ds);
    const [{ n: counties }] = await ds.query(`SELECT count(*)::int AS n FROM local_authority WHERE code LIKE 'E10%'`);
    expect(counties).toBe(0);

    // Before: a Maidstone commissioner, a Maidstone plan, a Maidstone allocation table version 2, and an offering
    // in Maidstone reaching Maidstone only.
    const [officer] = await ds.query(
      `INSERT INTO app_user (email, name, role, password_hash, local_authority_code) VALUES ('m@test.example', 'M', 'COMMISSIONER', 'x', $1) RETURNING id`,
      [MAIDSTONE],
    );
    const plan = await sqlPlan(ds, { outcode: 'ME14' });
    expect((await ds.query(`SELECT local_authority_code FROM support_plan WHERE id = $1`, [plan.id]))[0].local_authority_code).toBe(MAIDSTONE);
    const [v2] = await ds.query(
      `INSERT INTO allocation_scheme (local_authority_code, version, pence_per_point, note, published_at) VALUES ($1, 2, 9100, 'Maidstone rates', now()) RETURNING id`,
      [MAIDSTONE],
    );
    await ds.query(
      `INSERT INTO allocation_rate (scheme_id, life_area, some_points, substantial_points, critical_points)
       SELECT $1, life_area, some_points + 1, substantial_points + 1, critical_points + 1 FROM allocation_rate r JOIN allocation_scheme s ON s.id = r.scheme_id
       WHERE s.local_authority_code = $2 AND s.version = 1`,
      [v2.id, MAIDSTONE],
    );
    const provider = await sqlProvider(ds, { baseOutcode: 'ME14' });
    const offering = await sqlOffering(ds, provider.id, { baseOutcode: 'ME14', serviceRadiusKm: 3 });
    const reachOf = async () => (await ds.query(`SELECT local_authority_code AS la FROM offering_reach WHERE offering_id = $1 ORDER BY 1`, [offering])).map((r: { la: string }) => r.la);
    expect(await reachOf()).toEqual([MAIDSTONE]);

    await ds.runMigrations({ transaction: 'each' });

    const [u] = await ds.query(`SELECT local_authority_code FROM app_user WHERE id = $1`, [officer.id]);
    expect(u.local_authority_code).toBe(KENT);
    const [p] = await ds.query(`SELECT local_authority_code FROM support_plan WHERE id = $1`, [plan.id]);
    expect(p.local_authority_code).toBe(KENT);
    const schemes = await ds.query(`SELECT version, pence_per_point, note FROM allocation_scheme WHERE local_authority_code = $1 ORDER BY version`, [KENT]);
    expect(schemes.map((s: { version: number; pence_per_point: number }) => [s.version, s.pence_per_point])).toEqual([
      [1, 8500],
      [2, 9100],
    ]);
    expect(schemes[1].note).toBe('Maidstone rates (Moved to the county council from Maidstone (E07000110), version 2.)');
    const [rates] = await ds.query(
      `SELECT count(*)::int AS n, sum(r.some_points)::int AS points FROM allocation_rate r JOIN allocation_scheme s ON s.id = r.scheme_id WHERE s.local_authority_code = $1 AND s.version = 2`,
      [KENT],
    );
    expect(rates).toEqual({ n: 10, points: 37 + 10 });
    // Every county has its version 1; a plan made after the move is in Kent at once.
    const [{ n: withScheme }] = await ds.query(`SELECT count(DISTINCT local_authority_code)::int AS n FROM allocation_scheme WHERE local_authority_code LIKE 'E10%'`);
    expect(withScheme).toBe(21);
    const later = await sqlPlan(ds, { outcode: 'CT1' });
    expect((await ds.query(`SELECT local_authority_code FROM support_plan WHERE id = $1`, [later.id]))[0].local_authority_code).toBe(KENT);
    expect(await reachOf()).toEqual([MAIDSTONE, KENT]);

    await undoThroughCommissioningAuthorities(ds);
    expect((await ds.query(`SELECT local_authority_code FROM app_user WHERE id = $1`, [officer.id]))[0].local_authority_code).toBe(MAIDSTONE);
    expect((await ds.query(`SELECT local_authority_code FROM support_plan WHERE id = $1`, [plan.id]))[0].local_authority_code).toBe(MAIDSTONE);
    expect((await ds.query(`SELECT local_authority_code FROM support_plan WHERE id = $1`, [later.id]))[0].local_authority_code).toBe('E07000106');
    expect((await ds.query(`SELECT count(*)::int AS n FROM allocation_scheme WHERE local_authority_code LIKE 'E10%'`))[0].n).toBe(0);
    expect((await ds.query(`SELECT count(*)::int AS n FROM local_authority WHERE code LIKE 'E10%'`))[0].n).toBe(0);
    expect(await reachOf()).toEqual([MAIDSTONE]);
    await ds.runMigrations({ transaction: 'each' });
  });
});
