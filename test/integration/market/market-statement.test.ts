import { startTestServer, type TestServer } from '../../support/test-server';
import { commissioner, type TestAccount } from '../../factories/accounts';
import { sqlOffering, sqlProvider, sqlSlot } from '../../factories/catalogue';
import { sqlBudget, sqlPlan } from '../../factories/people';
import { windowStart } from '../../../server/src/modules/market/market-trends';

// A hand-built Kent market (Maidstone and Canterbury, two districts of Kent County Council) where every price, trend
// and banded gap has a known answer. Months are counted back from the current one (0 = this month).
const KENT = 'E10000016';
let server: TestServer;
let kent: TestAccount;
const NOW = new Date();
const monthsAgo = (n: number, day = 10) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - n, day, 12));
const monthKey = (n: number) => monthsAgo(n).toISOString().slice(0, 7);

async function priced(providerId: string, outcode: string, pricePence: number, unit: string, minutes: number, f: { remote?: boolean; publishedMonthsAgo?: number } = {}) {
  const id = await sqlOffering(server.ds, providerId, { categorySlug: 'peer-support', baseOutcode: outcode, serviceRadiusKm: 3, deliveryModes: f.remote ? ['PHONE'] : ['IN_PERSON'] });
  await server.ds.query(`UPDATE offering SET price_pence = $2, price_unit = $3, session_minutes = $4, published_at = $5 WHERE id = $1`, [
    id, pricePence, unit, minutes, monthsAgo(f.publishedMonthsAgo ?? 12, 1),
  ]);
  return id;
}

async function searches(n: number, outcode: string, slug: string, at: Date) {
  await server.ds.query(
    `INSERT INTO search_event (local_authority_code, category_ids, result_count, searched_at)
     SELECT d.local_authority_code, ARRAY[(SELECT id FROM category WHERE slug = $2)], 0, $3 FROM postcode_district d, generate_series(1, $4) WHERE d.outcode = $1`,
    [outcode, slug, at, n],
  );
}

let maidstonePeer: string;
beforeAll(async () => {
  server = await startTestServer();
  kent = await commissioner(server, KENT);
  const ds = server.ds;
  const maidstone = await sqlProvider(ds, { baseOutcode: 'ME14' });
  const canterbury = await sqlProvider(ds, { baseOutcode: 'CT1' });
  const phone = await sqlProvider(ds, { baseOutcode: 'CF10' });
  const manchester = await sqlProvider(ds, { baseOutcode: 'M1' });
  // Sessions: £20 (an hour), £45 (£30 an hour for 90 minutes), £10 (30 minutes), £40 by phone (an hour); Manchester's
  // £100 an hour reaches only Manchester, so it counts nationally only.
  maidstonePeer = await priced(maidstone.id, 'ME14', 2000, 'SESSION', 60);
  await priced(maidstone.id, 'ME15', 3000, 'HOUR', 90, { publishedMonthsAgo: 2 });
  await priced(canterbury.id, 'CT1', 1000, 'SESSION', 30);
  await priced(phone.id, 'CF10', 4000, 'SESSION', 60, { remote: true });
  await priced(manchester.id, 'M1', 10000, 'SESSION', 60);
  // A session last month with 6 places left free.
  await sqlSlot(ds, maidstonePeer, monthsAgo(1), 10, 4);

  // Need: 30 people in Maidstone needing peer support since three months ago, 5 more this month.
  for (let i = 0; i < 35; i++) {
    const plan = await sqlPlan(ds, { outcode: 'ME14', needs: ['peer-support'] });
    await ds.query(`UPDATE support_plan SET created_at = $2 WHERE id = $1`, [plan.id, i < 30 ? monthsAgo(3) : monthsAgo(0, 1)]);
    // Spend: ten of them spent £12 each two months ago; outcomes: eight recorded a score (+2) last month.
    if (i < 10) {
      const budget = await sqlBudget(ds, plan.id, 5000);
      await ds.query(`INSERT INTO budget_ledger (budget_id, kind, amount_pence, created_at) VALUES ($1, 'HOLD', 1200, $2), ($1, 'SPEND', 1200, $2)`, [budget, monthsAgo(2)]);
    }
    if (i < 8) {
      const [g] = await ds.query(`INSERT INTO goal (plan_id, life_area, description, baseline_score, latest_score) VALUES ($1, 'MENTAL_WELLBEING', 'A goal', 4, 6) RETURNING id`, [plan.id]);
      await ds.query(`INSERT INTO goal_score (goal_id, score, recorded_at) VALUES ($1, 6, $2)`, [g.id, monthsAgo(1)]);
    }
  }
  // Unmet: 3 peer-support searches found nothing in Maidstone this month; 20 befriending ones in Canterbury; 4 two
  // months ago.
  await searches(3, 'ME14', 'peer-support', monthsAgo(0, 1));
  await searches(20, 'CT1', 'befriending', monthsAgo(0, 1));
  await searches(4, 'CT1', 'befriending', monthsAgo(2));
});
afterAll(() => server.stop());

const q = (query: string) => server.gql(`query($la: String!) { ${query} }`, { la: KENT }, { token: kent.token });

describe('prices', () => {
  it('gives the quartiles of a session and an hour in the area beside Great Britain', async () => {
    const r = await q(`marketPrices(localAuthorityCode: $la) { category { slug } offerings session { lowerQuartilePence medianPence upperQuartilePence }
      hourly { lowerQuartilePence medianPence upperQuartilePence } nationalOfferings nationalSession { medianPence } nationalHourly { medianPence } hourlyVsNational }`);
    expect(r.errors).toBeUndefined();
    const peer = r.data!.marketPrices.find((p: { category: { slug: string } }) => p.category.slug === 'peer-support');
    // Sessions 1000, 2000, 4000, 4500; hours 2000, 2000, 3000, 4000 (linear interpolation between ranks).
    expect(peer).toEqual({
      category: { slug: 'peer-support' },
      offerings: 4,
      session: { lowerQuartilePence: 1750, medianPence: 3000, upperQuartilePence: 4125 },
      hourly: { lowerQuartilePence: 2000, medianPence: 2500, upperQuartilePence: 3250 },
      nationalOfferings: 5,
      nationalSession: { medianPence: 4000 },
      nationalHourly: { medianPence: 3000 },
      hourlyVsNational: 0.83,
    });
    const none = r.data!.marketPrices.find((p: { category: { slug: string } }) => p.category.slug === 'advocacy');
    expect(none).toMatchObject({ offerings: 0, session: null, hourly: null, hourlyVsNational: null });
  });
});

describe('supply on the map', () => {
  it('counts the in-person offers reaching Kent by the postcode district they are based in', async () => {
    const r = await q(`marketSupplyByOutcode(localAuthorityCode: $la) { outcode offerings }`);
    expect(r.data!.marketSupplyByOutcode).toEqual([
      { outcode: 'CT1', offerings: 1 },
      { outcode: 'ME14', offerings: 1 },
      { outcode: 'ME15', offerings: 1 },
    ]);
  });
});

describe('trends', () => {
  it('gives twelve months of demand, supply, free places, unmet searches, spend and outcomes, with disclosure control', async () => {
    const r = await q(`marketTrends(localAuthorityCode: $la) { month demand supply freePlaces unmetSearches spentPence outcomePeople meanScoreChange suppressed }`);
    expect(r.errors).toBeUndefined();
    const months: Record<string, unknown>[] = r.data!.marketTrends;
    expect(months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => monthKey(11 - i)));
    expect(months[0].month).toBe(windowStart(NOW).toISOString().slice(0, 7));
    const at = (n: number) => months[11 - n];
    expect(at(4)).toMatchObject({ demand: 0, supply: 3, freePlaces: 0, unmetSearches: 0, spentPence: 0, outcomePeople: 0, meanScoreChange: null });
    expect(at(3)).toMatchObject({ demand: 30, supply: 3 });
    // The 90-minute offering was published two months ago; spend came then; 4 unmet searches are withheld, and so is
    // this month's 23 (the smallest other non-zero month), so the twelve-month total cannot reveal the 4.
    expect(at(2)).toMatchObject({ demand: 30, supply: 4, spentPence: 12_000, unmetSearches: null, suppressed: true });
    expect(at(1)).toMatchObject({ demand: 30, freePlaces: 6, outcomePeople: 10, meanScoreChange: 2, unmetSearches: 0 });
    expect(at(0)).toMatchObject({ demand: 35, supply: 4, unmetSearches: null, spentPence: 0, suppressed: true });
  });
});

describe('suppression that does not hide what is safe', () => {
  const GAPS = `marketGaps(localAuthorityCode: $la) { category { slug } demand unmetSearches freePlaces gapIndex gapIndexLow gapIndexHigh gapBand suppressed }`;
  const bySlug = (list: { category: { slug: string } }[]) => Object.fromEntries(list.map((g) => [g.category.slug, g]));

  it('bands the gap of a row with 35 people in need whose 1 to 7 unmet searches are withheld', async () => {
    const gaps = bySlug((await q(GAPS)).data!.marketGaps);
    expect(gaps['peer-support']).toEqual({
      category: { slug: 'peer-support' }, demand: 35, unmetSearches: null, freePlaces: 0, gapIndex: null, gapIndexLow: 36, gapIndexHigh: 42, gapBand: 'VERY_HIGH', suppressed: true,
    });
    // Befriending's 24 unmet searches are withheld to protect peer support's: known only to be more than 7, so its
    // gap is at least 8 with no upper bound, which is not one band.
    expect(gaps.befriending).toEqual({
      category: { slug: 'befriending' }, demand: 0, unmetSearches: null, freePlaces: 0, gapIndex: null, gapIndexLow: 8, gapIndexHigh: null, gapBand: null, suppressed: true,
    });
  });

  it('publishes exactly the same whether the withheld count is 3 or 7 (no subtraction attack)', async () => {
    const before = (await q(GAPS)).data!.marketGaps;
    const districtsBefore = (await q(`marketDistricts(localAuthorityCode: $la) { localAuthority { code } demand unmetSearches }`)).data!.marketDistricts;
    await searches(4, 'ME14', 'peer-support', monthsAgo(0, 2));
    expect((await q(GAPS)).data!.marketGaps).toEqual(before);
    const districtsAfter = (await q(`marketDistricts(localAuthorityCode: $la) { localAuthority { code } demand unmetSearches }`)).data!.marketDistricts;
    expect(districtsAfter.find((d: any) => d.localAuthority.code === 'E07000110')).toMatchObject({ demand: 35 });
    expect(districtsBefore).toHaveLength(12);
  });

  it('serves the prices and trends as CSV with the same figures', async () => {
    for (const view of ['market-prices', 'market-trends', 'market-districts']) {
      const res = await fetch(new URL(`/exports/${view}/${KENT}.csv`, server.url), { headers: { authorization: `Bearer ${kent.token}` } });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text.split('\n').length).toBeGreaterThan(2);
    }
    const trends = await (await fetch(new URL(`/exports/market-trends/${KENT}.csv`, server.url), { headers: { authorization: `Bearer ${kent.token}` } })).text();
    expect(trends).toContain(`${KENT},${monthKey(2)},30,4,0,withheld,120.00,0,withheld`);
  });
});
