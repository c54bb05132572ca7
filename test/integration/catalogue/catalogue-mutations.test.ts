import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, signUp, type TestAccount } from '../../factories/accounts';
import { apiCreateOffering, apiCreateProvider, inDays, offeringInput } from '../../factories/catalogue';

let server: TestServer;
let owner: TestAccount;
let otherProvider: TestAccount;
let person: TestAccount;
let providerId: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server, 'PROVIDER', 'Owner');
  otherProvider = await signUp(server, 'PROVIDER', 'Someone Else');
  person = await signUp(server, 'PERSON');
  providerId = (await apiCreateProvider(server, owner.token)).id;
});
afterAll(() => server.stop());

const count = async (table: string) => (await server.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

describe('providers', () => {
  it('creates a provider owned by the caller, normalising the district', async () => {
    const r = await server.gql(
      `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id baseOutcode verified peerLed kind website } }`,
      { input: { name: 'Calm Minds CIC', kind: 'SOCIAL_ENTERPRISE', description: 'x', baseOutcode: 'ls1 4ap', website: 'https://calm.example' } },
      { token: owner.token },
    );
    expect(r.data!.createProvider).toMatchObject({ baseOutcode: 'LS1', verified: false, peerLed: false, kind: 'SOCIAL_ENTERPRISE' });
    const mine = await server.gql(`{ myProviders { id } }`, {}, { token: owner.token });
    expect(mine.data!.myProviders.map((p: { id: string }) => p.id)).toContain(r.data!.createProvider.id);
    const theirs = await server.gql(`{ myProviders { id } }`, {}, { token: otherProvider.token });
    expect(theirs.data!.myProviders).toEqual([]);
  });

  it('lets only an admin verify a provider (approving the evidence it sent)', async () => {
    const VERIFY = `mutation($id: ID!) { verifyProvider(id: $id) { id verified } }`;
    const sent = await server.gql(
      `mutation($id: ID!, $input: VerificationInput!) { submitVerification(providerId: $id, input: $input) { id status } }`,
      { id: providerId, input: { kind: 'PUBLIC_LIABILITY_INSURANCE', reference: 'PL-1234', expiresOn: '2099-01-31' } },
      { token: owner.token },
    );
    expect(sent.data!.submitVerification.status).toBe('SUBMITTED');
    expect(code(await server.gql(VERIFY, { id: providerId }, { token: owner.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(VERIFY, { id: providerId }, { token: person.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(VERIFY, { id: providerId }))).toBe('UNAUTHENTICATED');
    expect((await server.ds.query(`SELECT verified FROM provider WHERE id = $1`, [providerId]))[0].verified).toBe(false);
    const a = await admin(server);
    expect((await server.gql(VERIFY, { id: providerId }, { token: a.token })).data!.verifyProvider.verified).toBe(true);
    expect(code(await server.gql(VERIFY, { id: '6a1f8b4e-0000-4000-8000-000000000000' }, { token: a.token }))).toBe('NOT_FOUND');
  });

  it('refuses people and commissioners who try to create providers', async () => {
    const c = await commissioner(server);
    const before = await count('provider');
    const input = { name: 'Nope', kind: 'CHARITY', description: '', baseOutcode: 'M1' };
    for (const token of [person.token, c.token]) {
      const r = await server.gql(`mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`, { input }, { token });
      expect(code(r)).toBe('FORBIDDEN');
    }
    expect(code(await server.gql(`mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`, { input }))).toBe('UNAUTHENTICATED');
    expect(await count('provider')).toBe(before);
  });

  it("refuses changes to someone else's provider", async () => {
    const r = await server.gql(`mutation($id: ID!) { updateProvider(id: $id, input: { name: "Taken over" }) { id } }`, { id: providerId }, { token: otherProvider.token });
    expect(code(r)).toBe('FORBIDDEN');
    const ok = await server.gql(`mutation($id: ID!) { updateProvider(id: $id, input: { name: "Renamed Group" }) { name } }`, { id: providerId }, { token: owner.token });
    expect(ok.data!.updateProvider.name).toBe('Renamed Group');
  });
});

describe('offerings and their lifecycle', () => {
  const STATUS = `mutation($id: ID!) { publishOffering(id: $id) { status } }`;

  it('creates a draft with every contract field, hidden from the public until published', async () => {
    const r = await server.gql(
      `mutation($p: ID!, $input: OfferingInput!) { createOffering(providerId: $p, input: $input) {
         id status title summary description lifeAreas deliveryModes languages accessibility pricePence priceUnit sessionMinutes
         baseOutcode serviceRadiusKm minimumAge maximumAge rating { average count } provider { id } category { slug } } }`,
      { p: providerId, input: offeringInput({ languages: ['en', 'UR'], minimumAge: 18, maximumAge: 65, baseOutcode: 'm14' }) },
      { token: owner.token },
    );
    expect(r.errors).toBeUndefined();
    const o = r.data!.createOffering;
    expect(o).toMatchObject({
      status: 'DRAFT', pricePence: 1500, priceUnit: 'SESSION', sessionMinutes: 90, baseOutcode: 'M14', serviceRadiusKm: 10,
      minimumAge: 18, maximumAge: 65, languages: ['en', 'ur'], lifeAreas: ['MENTAL_WELLBEING', 'SOCIAL_CONNECTION', 'HOPE_AND_TRUST', 'IDENTITY_AND_SELF_ESTEEM'],
      rating: { average: null, count: 0 }, provider: { id: providerId }, category: { slug: 'peer-support' },
    });
    const publicView = await server.gql(`query($id: ID!) { offering(id: $id) { id } }`, { id: o.id });
    expect(publicView.data!.offering).toBeNull();
    const ownerView = await server.gql(`query($id: ID!) { offering(id: $id) { id status } }`, { id: o.id }, { token: owner.token });
    expect(ownerView.data!.offering.status).toBe('DRAFT');
    const listed = await server.gql(`{ offerings(first: 100) { edges { node { id } } } }`);
    expect(listed.data!.offerings.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(o.id);

    expect((await server.gql(STATUS, { id: o.id }, { token: owner.token })).data!.publishOffering.status).toBe('PUBLISHED');
    expect((await server.gql(`query($id: ID!) { offering(id: $id) { id } }`, { id: o.id })).data!.offering.id).toBe(o.id);
  });

  it('moves DRAFT -> PUBLISHED -> PAUSED -> PUBLISHED -> ARCHIVED, and ARCHIVED is final', async () => {
    const id = await apiCreateOffering(server, owner.token, providerId, {}, false);
    const move = (verb: string) => server.gql(`mutation($id: ID!) { ${verb}(id: $id) { status } }`, { id }, { token: owner.token });
    expect(code(await move('pauseOffering'))).toBe('CONFLICT');
    expect((await move('publishOffering')).data!.publishOffering.status).toBe('PUBLISHED');
    expect((await move('pauseOffering')).data!.pauseOffering.status).toBe('PAUSED');
    const hidden = await server.gql(`{ offerings(first: 100) { edges { node { id } } } }`);
    expect(hidden.data!.offerings.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    expect((await move('publishOffering')).data!.publishOffering.status).toBe('PUBLISHED');
    expect((await move('archiveOffering')).data!.archiveOffering.status).toBe('ARCHIVED');
    for (const verb of ['publishOffering', 'pauseOffering', 'archiveOffering']) expect(code(await move(verb))).toBe('CONFLICT');
    const upd = await server.gql(`mutation($id: ID!, $input: OfferingInput!) { updateOffering(id: $id, input: $input) { id } }`, { id, input: offeringInput() }, { token: owner.token });
    expect(code(upd)).toBe('CONFLICT');
    expect((await server.gql(`query($id: ID!) { offering(id: $id) { id } }`, { id })).data!.offering).toBeNull();
  });

  it('refuses every offering mutation to people who do not manage the provider', async () => {
    const id = await apiCreateOffering(server, owner.token, providerId);
    const c = await commissioner(server);
    const slot = { startsAt: inDays(3).toISOString(), endsAt: inDays(3, 11).toISOString(), capacity: 4 };
    const ops: Array<[string, Record<string, unknown>]> = [
      [`mutation($p: ID!, $input: OfferingInput!) { createOffering(providerId: $p, input: $input) { id } }`, { p: providerId, input: offeringInput() }],
      [`mutation($id: ID!, $input: OfferingInput!) { updateOffering(id: $id, input: $input) { id } }`, { id, input: offeringInput({ title: 'Hijacked' }) }],
      [`mutation($id: ID!) { publishOffering(id: $id) { id } }`, { id }],
      [`mutation($id: ID!) { pauseOffering(id: $id) { id } }`, { id }],
      [`mutation($id: ID!) { archiveOffering(id: $id) { id } }`, { id }],
      [`mutation($id: ID!, $slots: [SlotInput!]!) { addSlots(offeringId: $id, slots: $slots) { id } }`, { id, slots: [slot] }],
    ];
    const before = { offerings: await count('offering'), slots: await count('slot') };
    for (const [query, vars] of ops) {
      expect(code(await server.gql(query, vars))).toBe('UNAUTHENTICATED');
      expect(code(await server.gql(query, vars, { token: person.token }))).toBe('FORBIDDEN');
      expect(code(await server.gql(query, vars, { token: c.token }))).toBe('FORBIDDEN');
      expect(code(await server.gql(query, vars, { token: otherProvider.token }))).toBe('FORBIDDEN');
    }
    expect({ offerings: await count('offering'), slots: await count('slot') }).toEqual(before);
    const [row] = await server.ds.query(`SELECT title, status FROM offering WHERE id = $1`, [id]);
    expect(row).toEqual({ title: 'Hearing Voices peer group', status: 'PUBLISHED' });
  });

  it('lets an admin manage any provider', async () => {
    const a = await admin(server);
    const id = await apiCreateOffering(server, a.token, providerId);
    expect((await server.gql(`mutation($id: ID!) { pauseOffering(id: $id) { status } }`, { id }, { token: a.token })).data!.pauseOffering.status).toBe('PAUSED');
  });
});

describe('bad input', () => {
  const CREATE = `mutation($p: ID!, $input: OfferingInput!) { createOffering(providerId: $p, input: $input) { id } }`;

  it.each([
    ['a negative price', { pricePence: -1 }, 'BAD_USER_INPUT'],
    ['a fractional price', { pricePence: 12.5 }, 'BAD_USER_INPUT'],
    ['a price beyond a 32-bit integer', { pricePence: 1e12 }, 'BAD_USER_INPUT'],
    ['an unknown district', { baseOutcode: 'ZZ99' }, 'BAD_USER_INPUT'],
    ['a malformed district', { baseOutcode: '!!' }, 'BAD_USER_INPUT'],
    ['an unknown category', { categorySlug: 'astrology' }, 'BAD_USER_INPUT'],
    ['an over-long title', { title: 'x'.repeat(121) }, 'BAD_USER_INPUT'],
    ['an over-long description', { description: 'x'.repeat(5001) }, 'BAD_USER_INPUT'],
    ['no delivery mode', { deliveryModes: [] }, 'BAD_USER_INPUT'],
    ['a negative radius', { serviceRadiusKm: -5 }, 'BAD_USER_INPUT'],
    ['an upside-down age range', { minimumAge: 40, maximumAge: 18 }, 'BAD_USER_INPUT'],
    ['a bad language code', { languages: ['English!'] }, 'BAD_USER_INPUT'],
  ])('refuses %s and writes nothing', async (_name, override, expected) => {
    const before = await count('offering');
    const r = await server.gql(CREATE, { p: providerId, input: offeringInput(override) }, { token: owner.token });
    expect(r.data).toBeNull();
    expect(code(r)).toBe(expected);
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|QueryFailedError|at .+\.ts:/);
    expect(await count('offering')).toBe(before);
  });

  it('refuses malformed ids with BAD_USER_INPUT and unknown ones with NOT_FOUND', async () => {
    expect(code(await server.gql(`{ offering(id: "1 OR 1=1") { id } }`))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(`{ provider(id: "abc") { id } }`))).toBe('BAD_USER_INPUT');
    expect((await server.gql(`{ offering(id: "6a1f8b4e-0000-4000-8000-000000000000") { id } }`)).data!.offering).toBeNull();
    expect(code(await server.gql(CREATE, { p: '6a1f8b4e-0000-4000-8000-000000000000', input: offeringInput() }, { token: owner.token }))).toBe('NOT_FOUND');
  });

  it('refuses an over-large page', async () => {
    const r = await server.gql(`{ offerings(first: 100000) { edges { node { id } } } }`);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(code(await server.gql(`{ offerings(first: 0) { edges { node { id } } } }`))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(`{ offerings(after: "not-a-cursor") { edges { node { id } } } }`))).toBe('BAD_USER_INPUT');
  });

  it('adds slots all or nothing, refusing past, inverted, duplicate and over-full slots', async () => {
    const id = await apiCreateOffering(server, owner.token, providerId);
    const ADD = `mutation($id: ID!, $slots: [SlotInput!]!) { addSlots(offeringId: $id, slots: $slots) { id startsAt capacity remaining offering { id } } }`;
    const good = { startsAt: inDays(2).toISOString(), endsAt: inDays(2, 11).toISOString(), capacity: 8 };
    const bad = [
      { ...good, startsAt: inDays(-1).toISOString(), endsAt: inDays(-1, 11).toISOString() },
      { ...good, endsAt: inDays(2, 9).toISOString() },
      { ...good, capacity: 0 },
      { ...good, capacity: 501 },
      { ...good, endsAt: inDays(4).toISOString() },
    ];
    for (const slot of bad) {
      const r = await server.gql(ADD, { id, slots: [good, slot] }, { token: owner.token });
      expect(code(r)).toBe('BAD_USER_INPUT');
    }
    expect(code(await server.gql(ADD, { id, slots: [good, good] }, { token: owner.token }))).toBe('BAD_USER_INPUT');
    expect(await server.ds.query(`SELECT 1 FROM slot WHERE offering_id = $1`, [id])).toHaveLength(0);
    const ok = await server.gql(ADD, { id, slots: [good] }, { token: owner.token });
    expect(ok.data!.addSlots[0]).toMatchObject({ capacity: 8, remaining: 8, offering: { id } });
    const second = { startsAt: inDays(9).toISOString(), endsAt: inDays(9, 11).toISOString(), capacity: 8 };
    const clash = await server.gql(ADD, { id, slots: [second, good] }, { token: owner.token });
    expect(code(clash)).toBe('CONFLICT');
    expect(await server.ds.query(`SELECT 1 FROM slot WHERE offering_id = $1`, [id])).toHaveLength(1);
  });
});
