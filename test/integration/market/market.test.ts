import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, signUp, type TestAccount } from '../../factories/accounts';
import { inDays, sqlOffering, sqlProvider, sqlSlot } from '../../factories/catalogue';
import { sqlBudget, sqlPlan } from '../../factories/people';
import { hhi } from '../../../server/src/modules/market/market.service';
import { CLIENT_HEADER, signClientAddress } from '../../../server/src/http/client-address';

// A hand-built Manchester market where every published figure has a known answer.
const LA = 'E08000003'; // Manchester
let server: TestServer;
let manchester: TestAccount;
const p: Record<string, { id: string; ownerId: string }> = {};
/** The i-th of several web clients (the web server signs each one's address). */
const client = (i: number) => ({ headers: { [CLIENT_HEADER]: signClientAddress(server.runtime.config.clientAddressSecret, `203.0.113.${i + 1}`) } });

async function completedBooking(planId: string, personId: string, offeringId: string, providerId: string, pence: number, funding = 'DIRECT_PAYMENT') {
  const ds = server.ds;
  const budgetId = await sqlBudget(ds, planId, pence, funding);
  const start = new Date(Date.now() - 7 * 86_400_000);
  const [slot] = await ds.query(`INSERT INTO slot (offering_id, starts_at, ends_at, capacity) VALUES ($1, $2, $3, 50) ON CONFLICT (offering_id, starts_at) DO UPDATE SET capacity = slot.capacity RETURNING id`, [offeringId, start, new Date(start.getTime() + 3600_000)]);
  const [b] = await ds.query(
    `INSERT INTO booking (slot_id, offering_id, provider_id, plan_id, budget_id, person_id, status, total_pence, idempotency_key, starts_at, ends_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'COMPLETED', $7, $8, $9, $10) RETURNING id`,
    [slot.id, offeringId, providerId, planId, budgetId, personId, pence, `k-${Math.random().toString(36).slice(2)}`, start, new Date(start.getTime() + 3600_000)],
  );
  await ds.query(`INSERT INTO budget_ledger (budget_id, kind, amount_pence, booking_id) VALUES ($1, 'HOLD', $2, $3), ($1, 'SPEND', $2, $3)`, [budgetId, pence, b.id]);
}

async function personWithOutcome(offeringId: string, providerId: string, pence: number, change: number, funding = 'DIRECT_PAYMENT', outcode = 'M14', lifeArea = 'MENTAL_WELLBEING') {
  const plan = await sqlPlan(server.ds, { outcode });
  // A goal in a life area the category serves (befriending serves social connection, not mental wellbeing).
  const [g] = await server.ds.query(`INSERT INTO goal (plan_id, life_area, description, baseline_score, latest_score) VALUES ($1, $2, 'A goal', 3, $3) RETURNING id`, [plan.id, lifeArea, 3 + change]);
  await server.ds.query(`INSERT INTO goal_score (goal_id, score) VALUES ($1, $2)`, [g.id, 3 + change]);
  await completedBooking(plan.id, plan.personId, offeringId, providerId, pence, funding);
}

const ids: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  manchester = await commissioner(server, LA);
  const ds = server.ds;
  p.charity = await sqlProvider(ds, { kind: 'CHARITY', baseOutcode: 'M1' });
  p.userLed = await sqlProvider(ds, { kind: 'USER_LED_ORGANISATION', baseOutcode: 'M13', peerLed: true });
  p.leeds = await sqlProvider(ds, { kind: 'PRIVATE_COMPANY', baseOutcode: 'LS1' });
  p.remote = await sqlProvider(ds, { kind: 'PERSONAL_ASSISTANT', baseOutcode: 'CF10' });
  ids.peerM1 = await sqlOffering(ds, p.charity.id, { categorySlug: 'peer-support', baseOutcode: 'M1', serviceRadiusKm: 10 });
  ids.peerM13 = await sqlOffering(ds, p.userLed.id, { categorySlug: 'peer-support', baseOutcode: 'M13', serviceRadiusKm: 5 });
  ids.peerLeeds = await sqlOffering(ds, p.leeds.id, { categorySlug: 'peer-support', baseOutcode: 'LS1', serviceRadiusKm: 10 });
  ids.befriendRemote = await sqlOffering(ds, p.remote.id, { categorySlug: 'befriending', baseOutcode: 'CF10', deliveryModes: ['PHONE'] });
  ids.artsM1 = await sqlOffering(ds, p.charity.id, { categorySlug: 'arts-and-creativity', baseOutcode: 'M1', serviceRadiusKm: 10 });
  await sqlSlot(ds, ids.peerM1, inDays(3), 10, 4); // 6 free
  await sqlSlot(ds, ids.peerM13, inDays(5), 8, 0); // 8 free
  await sqlSlot(ds, ids.peerLeeds, inDays(5), 8, 0); // does not reach Manchester
  await sqlSlot(ds, ids.befriendRemote, inDays(40), 8, 0); // beyond four weeks
  // Demand: 12 plans need peer support, 3 need befriending, 9 need digital skills; 2 in Leeds need peer support.
  for (let i = 0; i < 12; i++) await sqlPlan(ds, { outcode: 'M14', needs: ['peer-support'] });
  for (let i = 0; i < 3; i++) await sqlPlan(ds, { outcode: 'M20', needs: ['befriending'] });
  for (let i = 0; i < 9; i++) await sqlPlan(ds, { outcode: 'M1', needs: ['digital-skills'] });
  for (let i = 0; i < 2; i++) await sqlPlan(ds, { outcode: 'LS1', needs: ['peer-support'] });
  // Outcomes and spend: 8 people used the charity's peer support (+3 each, £30), 8 used the user-led group (+1, £10),
  // 9 used remote befriending (+2, £20), 2 the charity's arts group (+4, £15); one self-funded person's spend (user-led)
  // is not counted; a Leeds person is in another area.
  for (let i = 0; i < 8; i++) await personWithOutcome(ids.peerM1, p.charity.id, 3000, 3);
  for (let i = 0; i < 8; i++) await personWithOutcome(ids.peerM13, p.userLed.id, 1000, 1);
  for (let i = 0; i < 9; i++) await personWithOutcome(ids.befriendRemote, p.remote.id, 2000, 2, 'DIRECT_PAYMENT', 'M14', 'SOCIAL_CONNECTION');
  for (let i = 0; i < 2; i++) await personWithOutcome(ids.artsM1, p.charity.id, 1500, 4);
  await personWithOutcome(ids.peerM13, p.userLed.id, 50_000, 0, 'SELF_FUNDED');
  await personWithOutcome(ids.peerLeeds, p.leeds.id, 9_999, 5, 'DIRECT_PAYMENT', 'LS1');
});
afterAll(() => server.stop());

const GAPS = `query($la: String!) { marketGaps(localAuthorityCode: $la) { category { slug } demand supply localSupply freePlaces unmetSearches gapIndex suppressed asOf } }`;
const DIVERSITY = `query($la: String!) { marketDiversity(localAuthorityCode: $la) { providerCount hhi spentPence peerLedProviderShare peerLedSpendShare
  byKind { kind providers spendShare } byCategory { category { slug } providers hhi spentPence } } }`;
const OUTCOMES = `query($la: String!) { outcomesByCategory(localAuthorityCode: $la) { category { slug } people meanScoreChange spentPence suppressed
  byProvider { provider { id } people meanScoreChange spentPence } } }`;
const bySlug = (list: any[]): Record<string, any> => Object.fromEntries(list.map((r) => [r.category.slug, r]));

describe('who may see the market', () => {
  it.each([
    ['anonymous', null, 'UNAUTHENTICATED'],
    ['a person', 'PERSON', 'FORBIDDEN'],
    ['a provider', 'PROVIDER', 'FORBIDDEN'],
  ])('refuses %s', async (_who, kind, expected) => {
    const token = kind ? (await signUp(server, kind as 'PERSON' | 'PROVIDER')).token : null;
    for (const q of [GAPS, DIVERSITY, OUTCOMES]) {
      const r = await server.gql(q, { la: LA }, { token });
      expect(r.errors?.[0]?.extensions?.code).toBe(expected);
      expect(r.data).toBeNull();
    }
  });

  it("refuses a commissioner another area's market, and lets admins see any", async () => {
    const leeds = await commissioner(server, 'E08000035');
    for (const q of [GAPS, DIVERSITY, OUTCOMES]) {
      expect((await server.gql(q, { la: LA }, { token: leeds.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await server.gql(q, { la: LA }, { token: manchester.token })).errors).toBeUndefined();
      // Their own code however it is spelt: checked as the directory spells it.
      expect((await server.gql(q, { la: ` ${LA.toLowerCase()} ` }, { token: manchester.token })).errors).toBeUndefined();
      expect((await server.gql(q, { la: 'E08000035' }, { token: (await admin(server)).token })).errors).toBeUndefined();
    }
    expect((await server.gql(GAPS, { la: 'NOPE' }, { token: manchester.token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('market gaps', () => {
  it('counts demand, supply, free places and unmet searches per kind of support, with disclosure control', async () => {
    // People search Manchester for digital skills and find nothing, nine times; two find befriending.
    // (Nine different people: one client's repeats count once, see demand-signals.test.ts.)
    for (let i = 0; i < 9; i++) await server.gql(`{ offerings(filter: { nearOutcode: "M14", categorySlugs: ["digital-skills"] }) { edges { node { id } } } }`, {}, client(i));
    for (let i = 0; i < 2; i++) await server.gql(`{ offerings(filter: { nearOutcode: "M14", categorySlugs: ["befriending"] }) { edges { node { id } } } }`, {}, client(i));
    await server.runtime.services.demand.flush();
    const gaps = bySlug((await server.gql(GAPS, { la: LA }, { token: manchester.token })).data!.marketGaps);
    expect(gaps['peer-support']).toMatchObject({ demand: 10, supply: 2, localSupply: 2, freePlaces: 14, unmetSearches: 0, suppressed: false });
    expect(gaps['peer-support'].gapIndex).toBeCloseTo(10 / (14 / 4 + 1), 2);
    // Befriending's 3 plans are withheld; so is the next smallest demand, digital skills' 9 (secondary suppression),
    // or it could be recovered from a total. Its 9 unmet searches are published (rounded to 10).
    expect(gaps.befriending).toMatchObject({ demand: null, supply: 1, localSupply: 0, freePlaces: 0, unmetSearches: 0, gapIndex: null, suppressed: true });
    expect(gaps['digital-skills']).toMatchObject({ demand: null, supply: 0, freePlaces: 0, unmetSearches: 10, gapIndex: null, suppressed: true });
    const withheld = Object.values(gaps).filter((g: any) => g.demand === null);
    expect(withheld.length).toBe(2);
    expect(gaps['housing-support']).toMatchObject({ demand: 0, supply: 0, suppressed: false });
  });

  it('never publishes a lone withheld count that a total could reveal', async () => {
    const gaps = (await server.gql(GAPS, { la: LA }, { token: manchester.token })).data!.marketGaps as any[];
    for (const column of ['demand', 'unmetSearches']) {
      const withheld = gaps.filter((g) => g[column] === null).length;
      expect(withheld === 0 || withheld >= 2).toBe(true);
    }
    const outcomes = (await server.gql(OUTCOMES, { la: LA }, { token: manchester.token })).data!.outcomesByCategory as any[];
    const withheldPeople = outcomes.filter((o) => o.people === null).length;
    expect(withheldPeople === 0 || withheldPeople >= 2).toBe(true);
    for (const o of outcomes) for (const row of o.byProvider) expect(row.people).toBeGreaterThanOrEqual(8);
    // Every published count is 0 or a multiple of 5 (no exact small numbers).
    for (const v of [...gaps.flatMap((g) => [g.demand, g.unmetSearches]), ...outcomes.map((o) => o.people)]) {
      if (v !== null) expect(v % 5).toBe(0);
    }
  });

  it('counts a reported unmet need, without keeping who reported it', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => signUp(server, 'PERSON')));
    const person = people[0];
    const REPORT = `mutation($input: UnmetNeedInput!) { reportUnmetNeed(input: $input) }`;
    const input = { categorySlug: 'advocacy', outcode: 'M14', description: 'An advocate who speaks Tigrinya' };
    expect((await server.gql(REPORT, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(REPORT, { input }, { token: manchester.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Eight people report it (one person's repeats count once, see demand-signals.test.ts).
    for (const someone of people) expect((await server.gql(REPORT, { input }, { token: someone.token })).data!.reportUnmetNeed).toBe(true);
    expect((await server.gql(REPORT, { input }, { token: person.token })).data!.reportUnmetNeed).toBe(true);
    const cols = (await server.ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'unmet_need'`)).map((c: any) => c.column_name);
    expect(cols.sort()).toEqual(['category_id', 'description', 'id', 'local_authority_code', 'reported_at']);
    const gaps = bySlug((await server.gql(GAPS, { la: LA }, { token: manchester.token })).data!.marketGaps);
    expect(gaps.advocacy.unmetSearches).toBe(10);
  });
});

describe('market diversity', () => {
  it('computes the HHI of spend shares by provider, shares by kind and the peer-led share', async () => {
    const d = (await server.gql(DIVERSITY, { la: LA }, { token: manchester.token })).data!.marketDiversity;
    // Spend in Manchester from council/NHS money: charity £240 + £30 arts, user-led £80, remote PA £180
    // (self-funded and Leeds money excluded).
    const charity = 8 * 3000 + 2 * 1500, userLed = 8 * 1000, remote = 9 * 2000;
    const total = charity + userLed + remote;
    expect(d.spentPence).toBe(total);
    expect(d.hhi).toBeCloseTo(hhi([charity, userLed, remote]), 2);
    expect(d.hhi).toBeCloseTo(((100 * charity) / total) ** 2 + ((100 * userLed) / total) ** 2 + ((100 * remote) / total) ** 2, 2);
    expect(d.providerCount).toBe(3); // charity (M1), user-led (M13), remote PA; not the Leeds company
    const kinds = Object.fromEntries(d.byKind.map((k: any) => [k.kind, k]));
    expect(kinds.CHARITY).toMatchObject({ providers: 1 });
    expect(kinds.CHARITY.spendShare).toBeCloseTo(charity / total, 4);
    expect(kinds.PRIVATE_COMPANY).toMatchObject({ providers: 0, spendShare: 0 });
    expect(d.peerLedProviderShare).toBeCloseTo(1 / 3, 4);
    expect(d.peerLedSpendShare).toBeCloseTo(userLed / total, 4);
    const peer = d.byCategory.find((c: any) => c.category.slug === 'peer-support');
    expect(peer).toMatchObject({ providers: 2, spentPence: 8 * 3000 + userLed });
    expect(peer.hhi).toBeCloseTo(hhi([8 * 3000, userLed]), 2);
  });

  it('is 10,000 for a monopoly and 0 with no spend', () => {
    expect(hhi([500])).toBe(10_000);
    expect(hhi([])).toBe(0);
    expect(hhi([1, 1, 1, 1])).toBe(2_500);
  });
});

describe('outcomes by category', () => {
  it('gives people, mean change from baseline and spend per kind of support, suppressing small groups', async () => {
    const o = bySlug((await server.gql(OUTCOMES, { la: LA }, { token: manchester.token })).data!.outcomesByCategory);
    // Peer support: 8 charity people (+3), 8 user-led (+1) and one self-funded (0): 17 people, published as 15.
    expect(o['peer-support']).toMatchObject({ people: 15, suppressed: false, spentPence: 8 * 3000 + 8 * 1000 });
    expect(o['peer-support'].meanScoreChange).toBeCloseTo((8 * 3 + 8 * 1 + 0) / 17, 2);
    const rows = [...o['peer-support'].byProvider].sort((a: any, b: any) => b.spentPence - a.spentPence);
    expect(rows).toEqual([
      { provider: { id: p.charity.id }, people: 10, meanScoreChange: 3, spentPence: 24_000 },
      { provider: { id: p.userLed.id }, people: 10, meanScoreChange: Math.round(((8 * 1 + 0) / 9) * 100) / 100, spentPence: 8_000 },
    ]);
    // Arts: 2 people, withheld with their mean; befriending's 9 are withheld too (secondary suppression), spend stays.
    expect(o['arts-and-creativity']).toMatchObject({ people: null, meanScoreChange: null, suppressed: true, spentPence: 3000, byProvider: [] });
    expect(o.befriending).toMatchObject({ people: null, meanScoreChange: null, suppressed: true, spentPence: 18_000, byProvider: [] });
    expect(o['housing-support']).toMatchObject({ people: 0, meanScoreChange: null, suppressed: false, spentPence: 0, byProvider: [] });
  });
});

describe('CSV exports', () => {
  const get = (path: string, token?: string) =>
    fetch(server.url.replace('/graphql', path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('downloads each view with the same figures and suppression', async () => {
    const gaps = await get(`/exports/market-gaps/${LA}.csv`, manchester.token);
    expect(gaps.status).toBe(200);
    expect(gaps.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await gaps.text()).trim().split('\r\n');
    expect(lines[0]).toBe('local_authority,kind_of_support,demand_plans,supply_offerings,local_supply_offerings,free_places_4_weeks,unmet_searches,gap_index,gap_index_low,gap_index_high,gap_band,as_of');
    expect(lines.find((l) => l.includes(',Befriending,'))).toMatch(/^E08000003,Befriending,withheld,1,0,0,/);
    const outcomes = await (await get(`/exports/outcomes/${LA}.csv`, manchester.token)).text();
    expect(outcomes).toMatch(/Befriending,all providers,withheld,withheld,180.00/);
    expect((await get(`/exports/market-diversity/${LA}.csv`, manchester.token)).status).toBe(200);
  });

  it('refuses the same people as the queries', async () => {
    expect((await get(`/exports/market-gaps/${LA}.csv`)).status).toBe(401);
    expect((await get(`/exports/market-gaps/${LA}.csv`, (await signUp(server, 'PERSON')).token)).status).toBe(403);
    expect((await get(`/exports/market-gaps/E08000035.csv`, manchester.token)).status).toBe(403);
    expect((await get(`/exports/market-gaps/nonsense`, manchester.token)).status).toBe(400);
    expect((await get(`/exports/other/${LA}.csv`, manchester.token)).status).toBe(404);
  });
});
