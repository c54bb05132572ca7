import { startTestServer, type TestServer } from '../../support/test-server';

// Finding 7 of issue 13: the API sent no security headers.
let prod: TestServer;
beforeAll(async () => {
  prod = await startTestServer({ env: 'production', trustedProxyHops: 1 });
});
afterAll(() => prod.stop());

describe('API security headers', () => {
  it('sends a deny-all CSP, no framing, no sniffing, no referrer and no-store on GraphQL answers', async () => {
    const r = await prod.gql(`{ categories { slug } }`);
    const h = r.headers;
    expect(h.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('cache-control')).toBe('no-store');
    expect(h.get('strict-transport-security')).toBeNull();
  });

  it('adds HSTS only when the request came over HTTPS (as a trusted proxy says)', async () => {
    const r = await prod.gql(`{ categories { slug } }`, {}, { headers: { 'x-forwarded-proto': 'https' } });
    expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
