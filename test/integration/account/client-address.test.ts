import { signClientAddress, CLIENT_HEADER } from '../../../server/src/http/client-address';
import { startTestServer, type TestServer } from '../../support/test-server';

// Finding 2 of issue 13: the web server called the API from loopback without its client's address, so 30 failed web
// sign-ins locked out every web user. The web server now signs the address it saw; the API keys the limit on it.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());
beforeEach(() => server.ds.query(`DELETE FROM throttle`));

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const secret = () => server.runtime.config.clientAddressSecret;
const asWebClient = (address: string) => ({ headers: { [CLIENT_HEADER]: signClientAddress(secret(), address) } });
const failSignIns = (n: number, options: { headers?: Record<string, string> }, tag: string) =>
  Promise.all(Array.from({ length: n }, (_, i) => server.gql(SIGN_IN, { input: { email: `${tag}-${i}@example.org`, password: 'not the one' } }, options)));

describe('rate limits per client behind the web server', () => {
  it('30 failed sign-ins relayed for one web client do not lock out another web client', async () => {
    const first = await failSignIns(30, asWebClient('203.0.113.10'), 'a');
    expect(first.every((r) => r.errors![0].extensions!.code === 'UNAUTHENTICATED')).toBe(true);
    const more = await server.gql(SIGN_IN, { input: { email: 'a-more@example.org', password: 'not the one' } }, asWebClient('203.0.113.10'));
    expect(more.errors![0].extensions!.code).toBe('RATE_LIMITED');
    const other = await server.gql(SIGN_IN, { input: { email: 'b@example.org', password: 'not the one' } }, asWebClient('198.51.100.7'));
    expect(other.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const rows = await server.ds.query(`SELECT key, attempts FROM throttle WHERE key LIKE 'client:%' ORDER BY key`);
    expect(rows).toEqual([
      { key: 'client:web:198.51.100.7', attempts: 1 },
      { key: 'client:web:203.0.113.10', attempts: 31 },
    ]);
  });

  it('ignores a client address header that is forged, badly signed or stale: the limit stays on the real peer', async () => {
    const forged = [
      { [CLIENT_HEADER]: '203.0.113.99' },
      { [CLIENT_HEADER]: signClientAddress('a'.repeat(40), '203.0.113.99') },
      { [CLIENT_HEADER]: signClientAddress(secret(), '203.0.113.99', Math.floor(Date.now() / 1000) - 3600) },
      { 'x-forwarded-for': '203.0.113.99' },
    ];
    for (const [i, headers] of forged.entries()) await failSignIns(8, { headers }, `f${i}`);
    const rows = await server.ds.query(`SELECT key, attempts FROM throttle WHERE key LIKE 'client:%'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].key).not.toMatch(/203\.0\.113\.99/);
    expect(rows[0].attempts).toBe(32);
    const locked = await server.gql(SIGN_IN, { input: { email: 'last@example.org', password: 'x' } }, { headers: { [CLIENT_HEADER]: 'someone-else' } });
    expect(locked.errors![0].extensions!.code).toBe('RATE_LIMITED');
  });
});
