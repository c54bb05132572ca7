import { startTestServer, type TestServer } from '../../support/test-server';
import { signUp } from '../../factories/accounts';
import { sqlOffering, sqlProvider } from '../../factories/catalogue';

// Finding 10 of issue 13: a NUL character in any text and a forged cursor of the right shape gave
// INTERNAL_SERVER_ERROR; the request log recorded refusals as INTERNAL_SERVER_ERROR.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ logRequests: true });
});
afterAll(() => server.stop());

const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

describe('bad input is BAD_USER_INPUT, and logged as such', () => {
  it('refuses a NUL character in text with BAD_USER_INPUT', async () => {
    const signUpNul = await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
      input: { email: 'nul@example.org', password: 'a long enough password', name: 'Nul\u0000Person', accountType: 'PERSON' },
    });
    expect(code(signUpNul)).toBe('BAD_USER_INPUT');
    const person = await signUp(server, 'PERSON');
    const unmet = await server.gql(`mutation($input: UnmetNeedInput!) { reportUnmetNeed(input: $input) }`, { input: { categorySlug: 'peer-support', outcode: 'M1', description: 'a\u0000b' } }, { token: person.token });
    expect(code(unmet)).toBe('BAD_USER_INPUT');
  });

  it('refuses a forged cursor of the right shape with BAD_USER_INPUT', async () => {
    const provider = await sqlProvider(server.ds);
    for (let i = 0; i < 3; i++) await sqlOffering(server.ds, provider.id, { title: `Group ${i}` });
    const page = await server.gql(`{ offerings(first: 1) { pageInfo { endCursor } } }`);
    const cursor = page.data!.offerings.pageInfo.endCursor as string;
    const [sort, ...values] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const forged = Buffer.from(JSON.stringify([sort, ...values.map((v, i) => (i === values.length - 1 ? v : typeof v === 'number' ? 1e300 : 'not-a-value'))]), 'utf8').toString('base64url');
    const r = await server.gql(`query($after: String) { offerings(first: 1, after: $after) { edges { node { id } } } }`, { after: forged });
    expect(code(r)).toBe('BAD_USER_INPUT');
  });

  it('logs the code the client was sent, not INTERNAL_SERVER_ERROR', async () => {
    const info = jest.spyOn(server.runtime.services.log, 'info');
    try {
      await server.gql(`mutation { signIn(input: { email: "nobody@example.org", password: "wrong password" }) { token } }`);
      const line = info.mock.calls.find(([event]) => event === 'graphql.request');
      expect(line![1]).toMatchObject({ errors: ['UNAUTHENTICATED'] });
    } finally {
      info.mockRestore();
    }
  });
});
