import { startTestServer, type TestServer } from '../../support/test-server';
import { inDays, sqlOffering, sqlProvider, sqlSlot } from '../../factories/catalogue';
import { haversineKm } from '../../../server/src/modules/place/geo';

// A small hand-built market in Manchester, Leeds and Cardiff, where every filter and sort has a known answer.
let server: TestServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.ds;
  const charity = await sqlProvider(ds, { name: 'Manchester Wellbeing Trust', kind: 'CHARITY', baseOutcode: 'M1' });
  const userLed = await sqlProvider(ds, { name: 'Leeds Voices Collective', kind: 'USER_LED_ORGANISATION', baseOutcode: 'LS1', peerLed: true });
  const pa = await sqlProvider(ds, { name: 'Cardiff Care Companions', kind: 'PERSONAL_ASSISTANT', baseOutcode: 'CF10' });
  const micro = await sqlProvider(ds, { name: 'Altrincham Walks', kind: 'MICRO_ENTERPRISE', baseOutcode: 'WA14', peerLed: true });
  const day = 86_400_000;
  ids.hearing = await sqlOffering(ds, charity.id, { title: 'Hearing Voices group', summary: 'Share what helps', pricePence: 1500, baseOutcode: 'M1', serviceRadiusKm: 10, deliveryModes: ['GROUP'], ratingCount: 10, ratingSum: 45, publishedAt: new Date(Date.now() - 10 * day) });
  ids.garden = await sqlOffering(ds, charity.id, { title: 'Community garden mornings', categorySlug: 'nature-based', description: 'Growing food together, hearing birdsong.', pricePence: 0, baseOutcode: 'M1', serviceRadiusKm: 10, languages: ['en', 'ur'], ratingCount: 4, ratingSum: 20, publishedAt: new Date(Date.now() - 5 * day) });
  ids.leedsPeer = await sqlOffering(ds, userLed.id, { title: 'Peer support circle', pricePence: 2000, baseOutcode: 'LS1', serviceRadiusKm: 10, ratingCount: 2, ratingSum: 8, publishedAt: new Date(Date.now() - 1 * day) });
  ids.online = await sqlOffering(ds, pa.id, { title: 'Phone befriending', categorySlug: 'befriending', pricePence: 1200, baseOutcode: 'CF10', serviceRadiusKm: 5, deliveryModes: ['PHONE', 'ONLINE'], languages: ['cy', 'en'], publishedAt: new Date(Date.now() - 20 * day) });
  ids.pa = await sqlOffering(ds, pa.id, { title: 'Personal assistant hours', categorySlug: 'personal-assistance', pricePence: 1800, baseOutcode: 'CF10', serviceRadiusKm: 15, deliveryModes: ['HOME_VISIT'], publishedAt: new Date(Date.now() - 3 * day) });
  ids.walks = await sqlOffering(ds, micro.id, { title: 'Wellbeing walks', categorySlug: 'physical-activity', pricePence: 500, baseOutcode: 'WA14', serviceRadiusKm: 50, deliveryModes: ['GROUP', 'IN_PERSON'], lifeAreas: ['PHYSICAL_HEALTH'], publishedAt: new Date(Date.now() - 2 * day) });
  ids.draft = await sqlOffering(ds, charity.id, { title: 'Hearing Voices draft', status: 'DRAFT', baseOutcode: 'M1' });
  ids.paused = await sqlOffering(ds, charity.id, { title: 'Hearing Voices paused', status: 'PAUSED', baseOutcode: 'M1' });
  ids.archived = await sqlOffering(ds, charity.id, { title: 'Hearing Voices archived', status: 'ARCHIVED', baseOutcode: 'M1' });
  await sqlSlot(ds, ids.hearing, inDays(3), 10, 2);
  await sqlSlot(ds, ids.garden, inDays(3), 1, 1); // full
  await sqlSlot(ds, ids.garden, inDays(20), 5, 0);
  await sqlSlot(ds, ids.walks, inDays(-1), 5, 0); // past
});
afterAll(() => server.stop());

const SEARCH = `query($filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String) {
  offerings(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { cursor node { id title distanceKm pricePence } }
    pageInfo { hasNextPage endCursor }
  } }`;

async function search(filter: Record<string, unknown> = {}, sort?: string, first = 100): Promise<string[]> {
  const r = await server.gql(SEARCH, { filter, sort, first });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.offerings.edges.map((e: { node: { id: string } }) => e.node.id);
}
const names = (list: string[]) => list.map((id) => Object.keys(ids).find((k) => ids[k] === id));

describe('offerings search filters', () => {
  it('lists only published offerings', async () => {
    expect(new Set(names(await search()))).toEqual(new Set(['hearing', 'garden', 'leedsPeer', 'online', 'pa', 'walks']));
  });

  it('finds free text in title, summary, description, provider name and category, with prefixes', async () => {
    expect(names(await search({ text: 'hearing voices' }))).toEqual(['hearing']);
    expect(new Set(names(await search({ text: 'hear' })))).toEqual(new Set(['hearing', 'garden']));
    expect(names(await search({ text: 'share what helps' }))).toEqual(['hearing']);
    expect(names(await search({ text: 'birdsong' }))).toEqual(['garden']);
    expect(new Set(names(await search({ text: 'Cardiff Care' })))).toEqual(new Set(['online', 'pa']));
    expect(names(await search({ text: 'befriending' }))).toEqual(['online']);
    expect(await search({ text: 'zzzz unknown words' })).toEqual([]);
    expect(await search({ text: "'); DROP TABLE offering; --" })).toEqual([]);
  });

  it('filters by category and life area', async () => {
    expect(new Set(names(await search({ categorySlugs: ['nature-based', 'befriending'] })))).toEqual(new Set(['garden', 'online']));
    expect(names(await search({ lifeAreas: ['PHYSICAL_HEALTH'] })).sort()).toEqual(['garden', 'pa', 'walks'].sort());
  });

  it('keeps offerings whose service area reaches the district, or that are remote', async () => {
    // M14 is ~3.3 km from M1 (radius 10: reaches) and ~9 km from WA14 (radius 50: reaches); LS1 and CF10 are far.
    expect(new Set(names(await search({ nearOutcode: 'm14 5tq' })))).toEqual(new Set(['hearing', 'garden', 'walks', 'online']));
    expect(new Set(names(await search({ nearOutcode: 'LS1' })))).toEqual(new Set(['leedsPeer', 'online']));
  });

  it('limits travel distance with withinKm, remote offerings aside', async () => {
    expect(new Set(names(await search({ nearOutcode: 'M14', withinKm: 5 })))).toEqual(new Set(['hearing', 'garden', 'online']));
  });

  it('counts a remote offering as near only through the remote modes asked for', async () => {
    // A group in Leeds that also runs online: asked for "in a group" near M14, it is 60 km away and does not qualify.
    const leeds = await sqlProvider(server.ds, { name: 'Leeds Group Online', kind: 'CHARITY', baseOutcode: 'LS1' });
    const farGroup = await sqlOffering(server.ds, leeds.id, { title: 'Far group also online', pricePence: 100, baseOutcode: 'LS1', serviceRadiusKm: 5, deliveryModes: ['GROUP', 'ONLINE'] });
    try {
      const found = async (filter: Record<string, unknown>) => (await search(filter, 'PRICE_LOW_TO_HIGH')).includes(farGroup);
      expect(await found({ nearOutcode: 'M14', withinKm: 5, deliveryModes: ['GROUP'] })).toBe(false);
      expect(await found({ nearOutcode: 'M14', deliveryModes: ['GROUP', 'IN_PERSON'] })).toBe(false);
      expect(await found({ nearOutcode: 'M14', withinKm: 5, deliveryModes: ['GROUP', 'ONLINE'] })).toBe(true);
      expect(await found({ nearOutcode: 'M14', withinKm: 5 })).toBe(true);
      expect(names(await search({ nearOutcode: 'M14', withinKm: 5, deliveryModes: ['GROUP'] }, 'PRICE_LOW_TO_HIGH'))).toEqual(['hearing']);
    } finally {
      await server.ds.query(`UPDATE offering SET status = 'ARCHIVED' WHERE id = $1`, [farGroup]);
    }
  });

  it('computes distances from the district centroid (M1 to M14 is about 3-4 km)', async () => {
    const r = await server.gql(SEARCH, { filter: { nearOutcode: 'M14' }, sort: 'DISTANCE' });
    const byId = Object.fromEntries(r.data!.offerings.edges.map((e: any) => [e.node.id, e.node.distanceKm]));
    expect(byId[ids.hearing]).toBeGreaterThan(3);
    expect(byId[ids.hearing]).toBeLessThan(4);
    const m14 = (await server.gql(`{ postcodeDistrict(outcode: "M14") { latitude longitude } }`)).data!.postcodeDistrict;
    const wa14 = (await server.gql(`{ postcodeDistrict(outcode: "WA14") { latitude longitude } }`)).data!.postcodeDistrict;
    expect(byId[ids.walks]).toBeCloseTo(haversineKm(m14.latitude, m14.longitude, wa14.latitude, wa14.longitude), 1);
    const noNear = await server.gql(SEARCH, { filter: {} });
    expect(noNear.data!.offerings.edges.every((e: any) => e.node.distanceKm === null)).toBe(true);
  });

  it('filters by price, delivery mode, language, peer-led and provider kind', async () => {
    expect(new Set(names(await search({ maxPricePence: 1200 })))).toEqual(new Set(['garden', 'online', 'walks']));
    expect(new Set(names(await search({ deliveryModes: ['ONLINE', 'HOME_VISIT'] })))).toEqual(new Set(['online', 'pa']));
    expect(new Set(names(await search({ languages: ['UR', 'cy'] })))).toEqual(new Set(['garden', 'online']));
    expect(new Set(names(await search({ peerLed: true })))).toEqual(new Set(['leedsPeer', 'walks']));
    expect(new Set(names(await search({ peerLed: false })))).toEqual(new Set(['hearing', 'garden', 'online', 'pa']));
    expect(new Set(names(await search({ providerKinds: ['PERSONAL_ASSISTANT', 'MICRO_ENTERPRISE'] })))).toEqual(new Set(['online', 'pa', 'walks']));
  });

  it('filters by a free place in a future slot within the window', async () => {
    expect(names(await search({ availableFrom: inDays(1).toISOString(), availableTo: inDays(7).toISOString() }))).toEqual(['hearing']);
    expect(new Set(names(await search({ availableFrom: inDays(1).toISOString() })))).toEqual(new Set(['hearing', 'garden']));
    expect(names(await search({ availableTo: inDays(7).toISOString() }))).toEqual(['hearing']);
  });

  it('combines filters freely', async () => {
    expect(names(await search({ nearOutcode: 'M14', maxPricePence: 1000, peerLed: true, lifeAreas: ['PHYSICAL_HEALTH'] }))).toEqual(['walks']);
    expect(names(await search({ text: 'hearing', nearOutcode: 'M14', languages: ['ur'] }))).toEqual(['garden']);
    // Words together with a provider filter (the provider join and the text query share the FROM clause).
    expect(names(await search({ text: 'walks', peerLed: true }))).toEqual(['walks']);
    expect(names(await search({ text: 'hearing', providerKinds: ['CHARITY'], nearOutcode: 'M14' })).sort()).toEqual(['garden', 'hearing']);
  });

  it('refuses unknown districts and categories, distance without a district, and inverted windows', async () => {
    for (const filter of [{ nearOutcode: 'XX1' }, { categorySlugs: ['astrology'] }, { withinKm: 5 }, { availableFrom: inDays(5).toISOString(), availableTo: inDays(2).toISOString() }, { withinKm: -1, nearOutcode: 'M1' }, { text: 'x'.repeat(201) }]) {
      const r = await server.gql(SEARCH, { filter });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const r = await server.gql(SEARCH, { sort: 'DISTANCE' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sort' });
  });
});

describe('offerings search sorts', () => {
  it('sorts by distance, nearest first', async () => {
    // hearing and garden share a base (M1), so the tie is broken by id.
    const sameBase = ids.hearing < ids.garden ? ['hearing', 'garden'] : ['garden', 'hearing'];
    expect(names(await search({ nearOutcode: 'M14' }, 'DISTANCE'))).toEqual([...sameBase, 'walks', 'online']);
  });

  it('sorts by price, cheapest first', async () => {
    expect(names(await search({}, 'PRICE_LOW_TO_HIGH'))).toEqual(['garden', 'walks', 'online', 'hearing', 'pa', 'leedsPeer']);
  });

  it('sorts by rating, best first', async () => {
    expect(names(await search({}, 'RATING')).slice(0, 3)).toEqual(['garden', 'hearing', 'leedsPeer']);
  });

  it('sorts by newest first', async () => {
    expect(names(await search({}, 'NEWEST'))).toEqual(['leedsPeer', 'walks', 'pa', 'garden', 'hearing', 'online']);
  });

  it('ranks by relevance: a title match above a description match', async () => {
    expect(names(await search({ text: 'hearing' }, 'RELEVANCE'))).toEqual(['hearing', 'garden']);
  });
});

describe('offerings paging', () => {
  let big: TestServer;
  beforeAll(async () => {
    big = await startTestServer();
    const p = await sqlProvider(big.ds, { baseOutcode: 'M1' });
    const outcodes = ['M1', 'M2', 'M4', 'M8', 'M13', 'M14', 'M15', 'M16', 'M20', 'M21', 'SK4', 'OL1'];
    for (let i = 0; i < 47; i++) {
      // Repeated prices, ratings and dates, so ties must be broken by id.
      await sqlOffering(big.ds, p.id, {
        title: `Peer support group ${i}`,
        pricePence: (i % 5) * 500,
        ratingCount: i % 3,
        ratingSum: (i % 3) * 4,
        baseOutcode: outcodes[i % outcodes.length],
        serviceRadiusKm: 40,
        publishedAt: new Date(Date.UTC(2026, 0, 1 + (i % 4))),
      });
    }
  });
  afterAll(() => big.stop());

  it.each([
    ['RELEVANCE', { text: 'peer group' }],
    ['DISTANCE', { nearOutcode: 'M14' }],
    ['PRICE_LOW_TO_HIGH', {}],
    ['RATING', {}],
    ['NEWEST', {}],
    ['RELEVANCE', { nearOutcode: 'M14' }],
    ['RELEVANCE', { text: 'peer group', nearOutcode: 'M14' }],
    ['DISTANCE', { nearOutcode: 'M14', maxPricePence: 1000 }],
  ])('pages through %s %j with no repeats or gaps', async (sort, filter) => {
    const all = await big.gql(SEARCH, { filter, sort, first: 100 });
    const expected = all.data!.offerings.edges.map((e: any) => e.node.id);
    expect(expected).toHaveLength('maxPricePence' in filter ? 29 : 47);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const r: any = await big.gql(SEARCH, { filter, sort, first: 7, after });
      seen.push(...r.data.offerings.edges.map((e: any) => e.node.id));
      if (!r.data.offerings.pageInfo.hasNextPage) break;
      after = r.data.offerings.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('refuses a cursor from another sort', async () => {
    const r = await big.gql(SEARCH, { sort: 'PRICE_LOW_TO_HIGH', first: 5 });
    const wrong = await big.gql(SEARCH, { sort: 'NEWEST', first: 5, after: r.data!.offerings.pageInfo.endCursor });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts matches up to a limit with resultCount, and refuses a limit out of range', async () => {
    const q = `query($limit: Int) { offerings(first: 5, filter: { maxPricePence: 500 }) { totalCount resultCount(limit: $limit) { count hasMore } } }`;
    const under = await big.gql(q, { limit: 50 });
    expect(under.data!.offerings).toEqual({ totalCount: 20, resultCount: { count: 20, hasMore: false } });
    const exact = await big.gql(q, { limit: 20 });
    expect(exact.data!.offerings.resultCount).toEqual({ count: 20, hasMore: false });
    const over = await big.gql(q, { limit: 7 });
    expect(over.data!.offerings.resultCount).toEqual({ count: 7, hasMore: true });
    const byDefault = await big.gql(`{ offerings(first: 5) { totalCount resultCount { count hasMore } } }`);
    expect(byDefault.data!.offerings.resultCount).toEqual({ count: byDefault.data!.offerings.totalCount, hasMore: false });
    for (const limit of [0, 10_001]) {
      const bad = await big.gql(q, { limit });
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    }
  });

  it('counts all matches only when asked', async () => {
    const withCount = await big.gql(`{ offerings(first: 5, filter: { maxPricePence: 500 }) { totalCount edges { node { id } } } }`);
    expect(withCount.data!.offerings.totalCount).toBe(20);
    const without = await big.gql(`{ offerings(first: 5, filter: { maxPricePence: 500 }) { edges { node { id } } } }`);
    expect(without.extensions!.sqlStatements).toBe(withCount.extensions!.sqlStatements! - 1);
  });

  it('uses one SQL statement for a page of 20 or of 100 results, cards included (two with totalCount)', async () => {
    for (let i = 0; i < 60; i++) await sqlOffering(big.ds, (await sqlProvider(big.ds, { baseOutcode: 'M14' })).id, { title: `Extra ${i}`, baseOutcode: 'M14' });
    const offeringIds: string[] = (await big.ds.query(`SELECT id FROM offering`)).map((r: { id: string }) => r.id);
    for (const id of offeringIds) await sqlSlot(big.ds, id, inDays(2 + (id.charCodeAt(0) % 5)), 4, 0);
    const q = `query($first: Int) { offerings(first: $first, filter: { nearOutcode: "M14" }) {
      totalCount edges { node { id title pricePence distanceKm rating { average count } category { name }
        provider { id name kind verified peerLed } nextAvailableSlot { id startsAt remaining } } } } }`;
    const twenty = await big.gql(q, { first: 20 });
    const hundred = await big.gql(q, { first: 100 });
    expect(twenty.data!.offerings.edges).toHaveLength(20);
    expect(hundred.data!.offerings.edges).toHaveLength(100);
    expect(hundred.data!.offerings.edges.every((e: any) => e.node.provider && e.node.nextAvailableSlot)).toBe(true);
    expect(twenty.extensions!.sqlStatements).toBe(hundred.extensions!.sqlStatements);
    // One statement for the page with its cards' providers and next slots, one for totalCount.
    expect(hundred.extensions!.sqlStatements).toBe(2);
    // The cards carry the right provider and the first free future slot, in the page's order (nearest first).
    const edges = hundred.data!.offerings.edges as { node: { id: string; distanceKm: number; provider: { id: string }; nextAvailableSlot: { id: string } } }[];
    const truth: { id: string; provider_id: string; slot_id: string }[] = await big.ds.query(
      `SELECT o.id, o.provider_id, (SELECT s.id FROM slot s WHERE s.offering_id = o.id AND s.booked < s.capacity AND s.starts_at > now()
                                     ORDER BY s.starts_at LIMIT 1) AS slot_id FROM offering o WHERE o.id = ANY($1::uuid[])`,
      [edges.map((e) => e.node.id)],
    );
    const byId = new Map(truth.map((t) => [t.id, t]));
    for (const e of edges) {
      expect(e.node.provider.id).toBe(byId.get(e.node.id)!.provider_id);
      expect(e.node.nextAvailableSlot.id).toBe(byId.get(e.node.id)!.slot_id);
    }
    const distances = edges.map((e) => e.node.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});

describe('paging over timestamps with microseconds', () => {
  it('repeats nothing across pages of NEWEST and of a provider list', async () => {
    const s = await startTestServer();
    try {
      const p = await sqlProvider(s.ds, { baseOutcode: 'M1' });
      for (let i = 0; i < 23; i++) await sqlOffering(s.ds, p.id, { title: `Group ${i}` });
      // Published and created at distinct microsecond instants, as real writes are.
      await s.ds.query(`UPDATE offering SET published_at = clock_timestamp(), created_at = clock_timestamp()`);
      const pageThrough = async (query: string, path: (d: any) => any) => {
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 10; i++) {
          const r: any = await s.gql(query, { after });
          const conn = path(r.data);
          seen.push(...conn.edges.map((e: any) => e.node.id));
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor;
        }
        return seen;
      };
      const newest = await pageThrough(`query($after: String) { offerings(sort: NEWEST, first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, (d) => d.offerings);
      expect(newest).toHaveLength(23);
      expect(new Set(newest).size).toBe(23);
      const own = await pageThrough(`query($after: String) { provider(id: "${p.id}") { offerings(first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`, (d) => d.provider.offerings);
      expect(own).toHaveLength(23);
      expect(new Set(own).size).toBe(23);
    } finally {
      await s.stop();
    }
  });
});
