import { haversineKm, projectKm } from '../../../server/src/modules/place/geo';
import { resetDemoMarket } from '../../../server/src/db/seed/seed-market';
import { startTestServer, type TestServer } from '../../support/test-server';
import { commissioner, signUp, type TestAccount } from '../../factories/accounts';
import { apiCreateOffering, apiCreateProvider, offeringInput, sqlOffering, sqlProvider } from '../../factories/catalogue';

// offering_reach (the offering-reach migration) is kept by triggers on offering. These tests hold it to the rule the
// commissioner views used to test per request, computed here independently in TypeScript from the districts: a
// PUBLISHED, non-remote offering reaches a local authority when one of its districts lies in the offering's planar
// service_area circle and within service_radius_km by great-circle distance; and it reaches the council that
// commissions care there (a shire district's county) as well (the commissioning-authorities migration).
let server: TestServer;
let districts: { outcode: string; latitude: number; longitude: number; la: string; ca: string }[];

beforeAll(async () => {
  server = await startTestServer();
  districts = (await server.ds.query(`SELECT outcode, latitude, longitude, local_authority_code AS la, commissioning_authority_code AS ca FROM postcode_district`)) as typeof districts;
});
afterAll(() => server.stop());

interface OfferingState {
  id: string;
  status: string;
  remote: boolean;
  latitude: number;
  longitude: number;
  service_radius_km: number;
  category_id: string;
  provider_id: string;
}

function expectedAreas(o: OfferingState): string[] {
  if (o.status !== 'PUBLISHED' || o.remote) return [];
  const centre = projectKm(o.latitude, o.longitude);
  const planar = o.service_radius_km * 1.25 + 1;
  const found = new Set<string>();
  for (const d of districts) {
    const p = projectKm(d.latitude, d.longitude);
    if (Math.hypot(p.x - centre.x, p.y - centre.y) <= planar && haversineKm(d.latitude, d.longitude, o.latitude, o.longitude) <= o.service_radius_km) {
      found.add(d.la);
      found.add(d.ca);
    }
  }
  return [...found].sort();
}

async function offerings(ids?: string[]): Promise<OfferingState[]> {
  return server.ds.query(
    `SELECT id, status, remote, latitude, longitude, service_radius_km, category_id, provider_id FROM offering WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])`,
    [ids ?? null],
  );
}

/** Every reach row, as "la offering category provider", for the offerings given (all when none). */
async function reachRows(ids?: string[]): Promise<string[]> {
  const found: { la: string; offering_id: string; category_id: string; provider_id: string }[] = await server.ds.query(
    `SELECT local_authority_code AS la, offering_id, category_id, provider_id FROM offering_reach WHERE $1::uuid[] IS NULL OR offering_id = ANY($1::uuid[])`,
    [ids ?? null],
  );
  return found.map((r) => `${r.la} ${r.offering_id} ${r.category_id} ${r.provider_id}`).sort();
}

async function expectedRows(ids?: string[]): Promise<string[]> {
  return (await offerings(ids)).flatMap((o) => expectedAreas(o).map((la) => `${la} ${o.id} ${o.category_id} ${o.provider_id}`)).sort();
}

async function areasOf(id: string): Promise<string[]> {
  const found: { la: string }[] = await server.ds.query(`SELECT local_authority_code AS la FROM offering_reach WHERE offering_id = $1 ORDER BY 1`, [id]);
  return found.map((r) => r.la);
}

describe('offering_reach', () => {
  it('agrees with the geometric rule on a hand-built market, rows inserted one by one and many at once', async () => {
    const ds = server.ds;
    const charity = await sqlProvider(ds, { baseOutcode: 'M1' });
    const highland = await sqlProvider(ds, { baseOutcode: 'IV1' });
    // Radii from a fixed venue (0 km) to a wide one; a remote one, a draft and a paused one that reach nowhere.
    for (const [outcode, radius] of [['M1', 0], ['M14', 3], ['SK1', 10], ['OL1', 25], ['BL1', 40], ['LS1', 12], ['CF10', 8], ['EC1A', 5]] as const) {
      await sqlOffering(ds, charity.id, { baseOutcode: outcode, serviceRadiusKm: radius });
    }
    await sqlOffering(ds, highland.id, { baseOutcode: 'IV1', serviceRadiusKm: 40, categorySlug: 'befriending' });
    await sqlOffering(ds, highland.id, { baseOutcode: 'IV1', deliveryModes: ['PHONE'] });
    await sqlOffering(ds, charity.id, { baseOutcode: 'M1', status: 'DRAFT' });
    await sqlOffering(ds, charity.id, { baseOutcode: 'M1', status: 'PAUSED' });
    // One statement of many rows, as the seeder writes: a published offering in every 7th district, radius 0-39 km.
    await ds.query(
      `INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, price_pence, price_unit,
         session_minutes, base_outcode, latitude, longitude, service_radius_km, status, published_at)
       SELECT $1, c.id, 'Group', 'A group.', '', c.life_areas, '{GROUP}', 0, 'SESSION', 60, d.outcode, 0, 0, (n * 7) % 40, 'PUBLISHED', now()
       FROM (SELECT outcode, row_number() OVER (ORDER BY outcode) AS n FROM postcode_district) d, category c
       WHERE d.n % 7 = 0 AND c.slug = 'peer-support'`,
      [charity.id],
    );
    const expected = await expectedRows();
    expect(expected.length).toBeGreaterThan(1000);
    expect(await reachRows()).toEqual(expected);
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM offering_reach r JOIN offering o ON o.id = r.offering_id WHERE o.remote OR o.status <> 'PUBLISHED'`))[0].n).toBe(0);
  });

  it('follows an offering through the API: publish, move, widen, pause, publish again, go remote and back, archive', async () => {
    const owner = await signUp(server, 'PROVIDER');
    const provider = await apiCreateProvider(server, owner.token, { baseOutcode: 'M14' });
    const id = await apiCreateOffering(server, owner.token, provider.id, { baseOutcode: 'M14', serviceRadiusKm: 5 }, false);
    expect(await areasOf(id)).toEqual([]); // a draft reaches nobody
    const step = async (mutation: string, input?: Record<string, unknown>) => {
      const r = input
        ? await server.gql(`mutation($id: ID!, $input: OfferingInput!) { updateOffering(id: $id, input: $input) { id } }`, { id, input: offeringInput(input) }, { token: owner.token })
        : await server.gql(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id }, { token: owner.token });
      expect(r.errors).toBeUndefined();
      const areas = await areasOf(id);
      expect(areas).toEqual(expectedAreas((await offerings([id]))[0]));
      expect(await reachRows([id])).toEqual(await expectedRows([id]));
      return areas;
    };
    expect(await step('publishOffering')).toContain('E08000003'); // Manchester
    const leeds = await step('updateOffering', { baseOutcode: 'LS1', serviceRadiusKm: 5 });
    expect(leeds).toContain('E08000035');
    expect(leeds).not.toContain('E08000003');
    const wide = await step('updateOffering', { baseOutcode: 'LS1', serviceRadiusKm: 60 });
    expect(wide.length).toBeGreaterThan(leeds.length);
    expect(await step('updateOffering', { baseOutcode: 'LS1', serviceRadiusKm: 60, categorySlug: 'befriending' })).toEqual(wide);
    expect(await step('pauseOffering')).toEqual([]);
    expect(await step('publishOffering')).toEqual(wide);
    expect(await step('updateOffering', { baseOutcode: 'LS1', serviceRadiusKm: 60, deliveryModes: ['ONLINE'] })).toEqual([]);
    expect(await step('updateOffering', { baseOutcode: 'LS1', serviceRadiusKm: 60, deliveryModes: ['GROUP'] })).toEqual(wide);
    expect(await step('archiveOffering')).toEqual([]);
  });

  it('follows set-based updates and deletes, and leaves rows alone when nothing it depends on changes', async () => {
    const ds = server.ds;
    const other = await sqlProvider(ds, { baseOutcode: 'B1' });
    const ids: string[] = [];
    for (const outcode of ['B1', 'B15', 'CV1', 'NG1', 'S1']) ids.push(await sqlOffering(ds, other.id, { baseOutcode: outcode, serviceRadiusKm: 15 }));
    const before = await reachRows(ids);
    const ctids = await ds.query(`SELECT ctid::text FROM offering_reach WHERE offering_id = ANY($1) ORDER BY 1`, [ids]);
    await ds.query(`UPDATE offering SET rating_count = rating_count + 1, rating_sum = rating_sum + 4, title = 'Renamed group' WHERE id = ANY($1)`, [ids]);
    expect(await ds.query(`SELECT ctid::text FROM offering_reach WHERE offering_id = ANY($1) ORDER BY 1`, [ids])).toEqual(ctids); // untouched
    expect(await reachRows(ids)).toEqual(before);

    const moved = await sqlProvider(ds, { baseOutcode: 'M1' });
    await ds.query(`UPDATE offering SET service_radius_km = service_radius_km * 2 WHERE id = ANY($1)`, [ids.slice(0, 2)]);
    await ds.query(`UPDATE offering SET base_outcode = 'IV1' WHERE id = $1`, [ids[2]]);
    await ds.query(`UPDATE offering SET status = 'PAUSED' WHERE id = $1`, [ids[3]]);
    await ds.query(`UPDATE offering SET provider_id = $2, category_id = (SELECT id FROM category WHERE slug = 'advocacy') WHERE id = $1`, [ids[4], moved.id]);
    expect(await reachRows(ids)).toEqual(await expectedRows(ids));
    expect(await areasOf(ids[2])).toEqual(['S12000017']); // Highland
    expect(await areasOf(ids[3])).toEqual([]);

    await ds.query(`UPDATE offering SET status = 'PUBLISHED' WHERE provider_id = $1`, [other.id]);
    expect(await reachRows(ids)).toEqual(await expectedRows(ids));
    await ds.query(`DELETE FROM offering WHERE id = ANY($1)`, [ids.slice(0, 3)]);
    expect(await reachRows(ids.slice(0, 3))).toEqual([]);
    expect(await reachRows()).toEqual(await expectedRows());
  });

  it("moves the commissioners' figures as soon as an offering starts or stops reaching the area", async () => {
    const manchester: TestAccount = await commissioner(server, 'E08000003');
    const GAPS = `query { marketGaps(localAuthorityCode: "E08000003") { category { slug } supply localSupply } }`;
    const DIVERSITY = `query { marketDiversity(localAuthorityCode: "E08000003") { providerCount } }`;
    const supply = async () => (await server.gql(GAPS, {}, { token: manchester.token })).data!.marketGaps.find((g: any) => g.category.slug === 'digital-skills').localSupply;
    const providers = async () => (await server.gql(DIVERSITY, {}, { token: manchester.token })).data!.marketDiversity.providerCount;
    const [s0, p0] = [await supply(), await providers()];
    const far = await sqlProvider(server.ds, { baseOutcode: 'LS1' });
    const id = await sqlOffering(server.ds, far.id, { baseOutcode: 'LS1', serviceRadiusKm: 10, categorySlug: 'digital-skills' });
    expect([await supply(), await providers()]).toEqual([s0, p0]);
    await server.ds.query(`UPDATE offering SET service_radius_km = 80 WHERE id = $1`, [id]); // Leeds to Manchester is about 60 km
    expect([await supply(), await providers()]).toEqual([s0 + 1, p0 + 1]);
    await server.ds.query(`UPDATE offering SET status = 'ARCHIVED' WHERE id = $1`, [id]);
    expect([await supply(), await providers()]).toEqual([s0, p0]);
  });

  it('counts a provider with remote and in-person offerings once, with the kinds of support of both', async () => {
    const manchester: TestAccount = await commissioner(server, 'E08000003');
    const DIVERSITY = `query { marketDiversity(localAuthorityCode: "E08000003") { providerCount byKind { kind providers } byCategory { category { slug } providers } } }`;
    const view = async () => {
      const d = (await server.gql(DIVERSITY, {}, { token: manchester.token })).data!.marketDiversity;
      const cat = Object.fromEntries(d.byCategory.map((c: any) => [c.category.slug, c.providers]));
      const kind = Object.fromEntries(d.byKind.map((k: any) => [k.kind, k.providers]));
      return { count: d.providerCount, befriending: cat.befriending, advocacy: cat.advocacy, social: kind.SOCIAL_ENTERPRISE };
    };
    const before = await view();
    const both = await sqlProvider(server.ds, { kind: 'SOCIAL_ENTERPRISE', baseOutcode: 'M1' });
    await sqlOffering(server.ds, both.id, { baseOutcode: 'CF10', deliveryModes: ['PHONE'], categorySlug: 'befriending' });
    const remoteOnly = await view();
    expect(remoteOnly).toEqual({ ...before, count: before.count + 1, befriending: before.befriending + 1, social: before.social + 1 });
    await sqlOffering(server.ds, both.id, { baseOutcode: 'M1', categorySlug: 'befriending' }); // a kind it already brings
    expect(await view()).toEqual(remoteOnly);
    await sqlOffering(server.ds, both.id, { baseOutcode: 'M1', categorySlug: 'advocacy' });
    expect(await view()).toEqual({ ...remoteOnly, advocacy: before.advocacy + 1 });
  });

  it('is emptied with the offerings: TRUNCATE, and the demo market reset (which turns TRUNCATE triggers off)', async () => {
    expect((await reachRows()).length).toBeGreaterThan(0);
    // TRUNCATE offering cascades into the append-only booking tables: their guards are off for this transaction only.
    await server.ds.transaction(async (db) => {
      const guards: { t: string; g: string }[] = await db.query(
        `SELECT c.relname AS t, tg.tgname AS g FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
         WHERE NOT tg.tgisinternal AND (tg.tgtype & 32) <> 0 AND c.relname <> 'offering'`,
      );
      for (const { t, g } of guards) await db.query(`ALTER TABLE "${t}" DISABLE TRIGGER "${g}"`);
      await db.query(`TRUNCATE offering CASCADE`);
      expect((await db.query(`SELECT count(*)::int AS n FROM offering_reach`))[0].n).toBe(0);
      throw new Error('roll back');
    }).catch((e) => expect(String(e)).toMatch(/roll back/));
    const p = await sqlProvider(server.ds, { baseOutcode: 'M1' });
    await sqlOffering(server.ds, p.id, { baseOutcode: 'M1' });
    await resetDemoMarket(server.ds);
    expect(await reachRows()).toEqual([]);
  });
});
