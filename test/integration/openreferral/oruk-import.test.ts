import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../../support/test-server';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { buildOrukMarket } from '../../factories/oruk';
import { importOrukFeed, type ImportDependencies } from '../../../server/src/modules/openreferral/oruk-import';
import { ORUK_DATA_DIR, OrukSchemas } from '../../../server/src/modules/openreferral/oruk-schemas';
import { OrukVocabulary } from '../../../server/src/modules/openreferral/oruk-taxonomy';
import { PlaceDirectory } from '../../../server/src/modules/place/place-directory';
import { Taxonomy } from '../../../server/src/modules/catalogue/taxonomy';

const schemas = new OrukSchemas();
const examples = (file: string) => join(ORUK_DATA_DIR, 'examples', file);
const dir = mkdtempSync(join(tmpdir(), 'oruk-import-'));
const EXAMPLE_SERVICE = 'ac148810-d857-441c-9679-408f346de14b';

async function depsFor(ds: TestDatabase['ds']): Promise<ImportDependencies> {
  return { ds, places: await PlaceDirectory.load(ds.manager), vocabulary: new OrukVocabulary(await Taxonomy.load(ds.manager)), schemas };
}

async function dumpPages(base: string, perPage = 10): Promise<any[]> {
  const pages: any[] = [];
  for (let page = 1; ; page++) {
    const body: any = await (await fetch(`${base}/services?per_page=${perPage}&page=${page}`)).json();
    pages.push(body);
    if (body.last_page) return pages;
  }
}

async function allServices(base: string): Promise<any[]> {
  return (await dumpPages(base, 100)).flatMap((p) => p.contents);
}

/** The fields a round trip may change, as docs/open-referral.md lists them. */
function comparable(services: any[]): any[] {
  return services
    .map((s) => {
      const { last_modified: _m, assured_date: _a, schedules: _s, ...rest } = s;
      return { ...rest, organization: { ...s.organization, attributes: s.organization.attributes.filter((a: any) => a.taxonomy_term.term !== 'verified') } };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('importing the official examples', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('takes in service_full.json, marked with its source, the feed id and assured date; unmatched terms are reported', async () => {
    const deps = await depsFor(db.ds);
    const report = await importOrukFeed(examples('service_full.json'), deps, { source: 'examples', defaultOutcode: 'ME14' });
    expect(report).toMatchObject({ read: 1, created: 1, updated: 0, skipped: 0, organizationsCreated: 1, problems: [] });
    expect([...report.unmatchedTerms.keys()]).toEqual(['taxonomy: name']);
    const [o] = await db.ds.query(
      `SELECT o.id, o.title, o.source, o.external_id, o.assured_date::text AS assured_date, o.status, o.price_pence, o.price_unit,
              o.minimum_age, o.maximum_age, o.base_outcode, o.accessibility, c.slug, p.name AS provider, p.verified, p.source AS provider_source
         FROM offering o JOIN category c ON c.id = o.category_id JOIN provider p ON p.id = o.provider_id`,
    );
    expect(o).toMatchObject({
      id: EXAMPLE_SERVICE, title: 'Community Counselling', source: 'examples', external_id: EXAMPLE_SERVICE, assured_date: '2005-01-01',
      status: 'PUBLISHED', price_pence: 3500, minimum_age: 12, maximum_age: 100, base_outcode: 'ME14', slug: 'talking-therapies',
      provider: 'Example Organization Inc.', verified: false, provider_source: 'examples',
    });
    expect(o.accessibility[0]).toMatch(/induction loops/);
  });

  it('updates, never duplicates, when the same feed comes again (the list page, and the service_at_location documents)', async () => {
    const deps = await depsFor(db.ds);
    const again = await importOrukFeed(examples('service_list.json'), deps, { source: 'examples', defaultOutcode: 'ME14' });
    expect(again).toMatchObject({ read: 1, created: 0, updated: 1, skipped: 0 });
    const sal = await importOrukFeed(examples('service_at_location_full.json'), deps, { source: 'examples', defaultOutcode: 'ME14' });
    expect(sal).toMatchObject({ read: 1, created: 0, updated: 1, skipped: 0 });
    const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM offering`);
    expect(n).toBe(1);
  });

  it('reports and skips what it cannot place or read, and goes on', async () => {
    const deps = await depsFor(db.ds);
    const good = JSON.parse(require('node:fs').readFileSync(examples('service_full.json'), 'utf8'));
    const file = join(dir, 'mixed.json');
    const inKent = [{ id: '21111111-1111-4111-8111-111111111111', location: { id: '31111111-1111-4111-8111-111111111111', location_type: 'physical', latitude: 51.2745, longitude: 0.5226 } }];
    writeFileSync(file, JSON.stringify([
      { ...good, id: '11111111-1111-4111-8111-111111111111', name: 'Debt advice drop-in', service_at_locations: inKent },
      { ...good, id: 'not-a-uuid' },
      { ...good, id: '41111111-1111-4111-8111-111111111111', organization: undefined },
      { ...good, id: '51111111-1111-4111-8111-111111111111' }, // no UK place and no default
      { ...good, id: '61111111-1111-4111-8111-111111111111', name: 'Something', description: 'Nothing we list.', attributes: [], service_at_locations: inKent },
      42,
    ]));
    const report = await importOrukFeed(file, deps, { source: 'mixed' });
    expect(report).toMatchObject({ read: 6, created: 1, skipped: 5 });
    expect(report.problems).toEqual([
      expect.stringMatching(/item 2 .*service not-a-uuid.* schema: .*uuid/),
      expect.stringMatching(/item 3 .*no organization/),
      expect.stringMatching(/item 4 .*no UK postcode district/),
      expect.stringMatching(/item 5 .*matches no kind of support/),
      expect.stringMatching(/item 6 .*schema/),
    ]);
    const [o] = await db.ds.query(`SELECT o.base_outcode, c.slug FROM offering o JOIN category c ON c.id = o.category_id WHERE o.id = '11111111-1111-4111-8111-111111111111'`);
    expect(o).toEqual({ base_outcode: 'ME14', slug: 'money-advice' }); // nearest district to the coordinates
  });
});

describe('round trip', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer();
    await buildOrukMarket(a.ds, 25);
    b = await startTestServer();
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
  });
  const oruk = (s: TestServer) => s.url.replace(/\/graphql$/, '/oruk');

  it('export, import into an empty catalogue, export again: equal but for the documented fields', async () => {
    const file = join(dir, 'dump.json');
    writeFileSync(file, JSON.stringify(await dumpPages(oruk(a))));
    const lines: string[] = [];
    const report = await importOrukFeed(file, await depsFor(b.ds), { source: 'feed-a', progress: (l) => lines.push(l) });
    expect(report).toMatchObject({ read: 25, created: 25, updated: 0, skipped: 0, organizationsCreated: 7, problems: [] });
    expect(report.unmatchedTerms.size).toBe(0);
    expect(lines.at(-1)).toMatch(/25 services read · 25 new · 0 updated · 0 skipped/);
    const before = await allServices(oruk(a));
    const after = await allServices(oruk(b));
    expect(after).toHaveLength(25);
    expect(comparable(after)).toEqual(comparable(before));
    for (const s of after) {
      expect(schemas.errors('service', s)).toEqual([]);
      expect(s.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('a second import of the same feed updates every listing and creates none', async () => {
    const file = join(dir, 'dump.json');
    const report = await importOrukFeed(file, await depsFor(b.ds), { source: 'feed-a' });
    expect(report).toMatchObject({ read: 25, created: 0, updated: 25, skipped: 0, organizationsCreated: 0 });
    const [{ n }] = await b.ds.query(`SELECT count(*)::int AS n FROM offering WHERE source = 'feed-a'`);
    expect(n).toBe(25);
  });

  it('reads a feed from its URL, page by page', async () => {
    const c = await createTestDatabase();
    try {
      const lines: string[] = [];
      const report = await importOrukFeed(oruk(a), await depsFor(c.ds), { progress: (l) => lines.push(l) });
      expect(report).toMatchObject({ source: oruk(a), read: 25, created: 25, skipped: 0 });
      expect(lines[0]).toMatch(/reading page 1 of 1/);
    } finally {
      await c.drop();
    }
  });
});

describe('the migration', () => {
  it('comes down cleanly and goes up again', async () => {
    const { OpenReferral1765000000000 } = await import('../../../server/src/db/migrations/1765000000000-open-referral');
    const db = await createTestDatabase();
    try {
      const q = db.ds.createQueryRunner();
      const migration = new OpenReferral1765000000000();
      await migration.down(q);
      const [gone] = await db.ds.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name IN ('offering', 'provider') AND column_name IN ('source', 'external_id', 'assured_date')`);
      expect(gone.n).toBe(0);
      await migration.up(q);
      const [back] = await db.ds.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name IN ('offering', 'provider') AND column_name IN ('source', 'external_id', 'assured_date')`);
      expect(back.n).toBe(5);
      await q.release();
    } finally {
      await db.drop();
    }
  });
});
