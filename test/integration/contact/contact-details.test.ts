import { startTestServer, type TestServer } from '../../support/test-server';
import { signUp, type TestAccount } from '../../factories/accounts';
import { apiCreateOffering, apiCreateProvider, offeringInput } from '../../factories/catalogue';

let server: TestServer;
let owner: TestAccount;
let providerId: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server, 'PROVIDER', 'Owner');
  providerId = (
    await apiCreateProvider(server, owner.token, {
      contact: { email: 'Hello@Calm.Example', phone: '+44 (0)161 496 0123', website: 'https://calm.example', hours: 'Mondays  10am to 4pm', accessibility: ['Hearing loop'] },
    })
  ).id;
});
afterAll(() => server.stop());

const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;
const CONTACT = 'contact { email phone website venueAddress venueOutcode accessibility hours }';

describe('contact details', () => {
  it("stores a provider's details in one readable form", async () => {
    const r = await server.gql(`query($id: ID!) { provider(id: $id) { website ${CONTACT} } }`, { id: providerId });
    expect(r.data!.provider.contact).toEqual({
      email: 'hello@calm.example', phone: '0161 496 0123', website: 'https://calm.example', venueAddress: null, venueOutcode: null,
      accessibility: ['Hearing loop'], hours: 'Mondays 10am to 4pm',
    });
  });

  it("gives an in-person offering its venue and falls back to the provider's details", async () => {
    const id = await apiCreateOffering(server, owner.token, providerId, { contact: { venueAddress: 'Moss Side Library, Quinney Crescent', venueOutcode: 'm14', phone: '020 7946 0999' } });
    const r = await server.gql(`query($id: ID!) { offering(id: $id) { accessibility ${CONTACT} } }`, { id });
    expect(r.data!.offering.contact).toEqual({
      email: 'hello@calm.example', phone: '020 7946 0999', website: 'https://calm.example', venueAddress: 'Moss Side Library, Quinney Crescent',
      venueOutcode: 'M14', accessibility: ['step-free access'], hours: 'Mondays 10am to 4pm',
    });
  });

  it('keeps contact details on an update that leaves them out, and replaces them when given', async () => {
    const id = await apiCreateOffering(server, owner.token, providerId, { contact: { venueAddress: 'Hulme Hall', venueOutcode: 'M15' } });
    const UPDATE = `mutation($id: ID!, $input: OfferingInput!) { updateOffering(id: $id, input: $input) { ${CONTACT} } }`;
    const kept = await server.gql(UPDATE, { id, input: offeringInput({ title: 'Renamed group' }) }, { token: owner.token });
    expect(kept.data!.updateOffering.contact.venueOutcode).toBe('M15');
    const replaced = await server.gql(UPDATE, { id, input: offeringInput({ contact: { email: 'group@calm.example' } }) }, { token: owner.token });
    expect(replaced.data!.updateOffering.contact).toMatchObject({ email: 'group@calm.example', venueAddress: null, venueOutcode: null });
  });

  it.each([
    ['a foreign phone number', { phone: '+1 415 555 0100' }],
    ['a bad email', { email: 'not-an-email' }],
    ['a javascript: link', { website: 'javascript:alert(1)' }],
    ['an ftp link', { website: 'ftp://calm.example' }],
    ['markup in the hours', { hours: '<script>x</script>' }],
    ['a venue without its district', { venueAddress: 'Somewhere' }],
    ['an unknown district', { venueAddress: 'Somewhere', venueOutcode: 'ZZ99' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, contact) => {
    const before = (await server.ds.query(`SELECT count(*)::int AS n FROM offering`))[0].n;
    const r = await server.gql(`mutation($p: ID!, $input: OfferingInput!) { createOffering(providerId: $p, input: $input) { id } }`, { p: providerId, input: offeringInput({ contact }) }, { token: owner.token });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM offering`))[0].n).toBe(before);
  });

  it('refuses a venue for an offering delivered only at home or online, and for a provider', async () => {
    const home = await server.gql(
      `mutation($p: ID!, $input: OfferingInput!) { createOffering(providerId: $p, input: $input) { id } }`,
      { p: providerId, input: offeringInput({ deliveryModes: ['HOME_VISIT', 'ONLINE'], contact: { venueAddress: '1 Home Street', venueOutcode: 'M14' } }) },
      { token: owner.token },
    );
    expect(code(home)).toBe('BAD_USER_INPUT');
    const prov = await server.gql(`mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id } }`, { id: providerId, input: { contact: { venueAddress: 'Office', venueOutcode: 'M14' } } }, { token: owner.token });
    expect(code(prov)).toBe('BAD_USER_INPUT');
    const bad = await server.gql(`mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id } }`, { id: providerId, input: { contact: { phone: '12345' } } }, { token: owner.token });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect((await server.ds.query(`SELECT contact_phone FROM provider WHERE id = $1`, [providerId]))[0].contact_phone).toBe('0161 496 0123');
  });

  it("reads a results page's contact details in a constant number of statements", async () => {
    for (let i = 0; i < 3; i++) await apiCreateOffering(server, owner.token, providerId, { title: `Group number ${i}` });
    const Q = (first: number) => `{ offerings(first: ${first}) { edges { node { id ${CONTACT} provider { ${CONTACT} } } } } }`;
    const small = await server.gql(Q(1));
    const big = await server.gql(Q(5));
    expect(big.data!.offerings.edges.length).toBeGreaterThan(1);
    expect(big.extensions!.sqlStatements).toBe(small.extensions!.sqlStatements);
  });
});
