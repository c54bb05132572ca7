import { startTestServer, type TestServer } from '../../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;
// Refusals by the query limits are validation failures that say why.
const refused = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  `${r.errors?.[0]?.extensions?.code}/${r.errors?.[0]?.extensions?.reason}`;

describe('abusive queries are refused before any SQL runs', () => {
  it('refuses deep nesting', async () => {
    let inner = 'id';
    for (let i = 0; i < 8; i++) inner = `offering { slots { ${inner} } }`;
    const r = await server.gql(`{ offerings(first: 1) { edges { node { slots { ${inner} } } } } }`);
    expect(r.status).toBe(400);
    expect(refused(r)).toBe('GRAPHQL_VALIDATION_FAILED/QUERY_TOO_COMPLEX');
    expect(r.errors![0].message).toMatch(/nested too deeply/);
    expect(r.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('refuses hundreds of aliases', async () => {
    const fields = Array.from({ length: 300 }, (_, i) => `a${i}: categories { id }`).join(' ');
    const r = await server.gql(`{ ${fields} }`);
    expect(['GRAPHQL_VALIDATION_FAILED/QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED/undefined']).toContain(refused(r));
    const fewer = Array.from({ length: 40 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const r2 = await server.gql(`{ ${fewer} }`);
    expect(refused(r2)).toBe('GRAPHQL_VALIDATION_FAILED/QUERY_TOO_COMPLEX');
    expect(r2.errors![0].message).toMatch(/aliases/);
  });

  it('refuses a query whose lists multiply past the cost limit', async () => {
    const r = await server.gql(`{ offerings(first: 100) { edges { node { provider { offerings(first: 100) { edges { node { slots { id startsAt offering { id title } } } } } } } } } }`);
    expect(refused(r)).toBe('GRAPHQL_VALIDATION_FAILED/QUERY_TOO_COMPLEX');
    expect(r.errors![0].message).toMatch(/cost/);
  });

  it('refuses documents with too many tokens', async () => {
    const r = await server.gql(`{ categories { ${'id '.repeat(3000)} } }`);
    expect(code(r)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('accepts the ordinary deep query the web app makes', async () => {
    const r = await server.gql(`{ offerings(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title summary pricePence priceUnit
      distanceKm languages deliveryModes rating { average count } category { name slug } provider { id name kind verified peerLed }
      nextAvailableSlot { id startsAt endsAt remaining } } } } }`);
    expect(r.errors).toBeUndefined();
  });
});

describe('errors', () => {
  it('answers malformed JSON with a coded 400, not a stack trace', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    expect(code(await server.gql(`{ offeringz { id } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a GET that could be a cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent('{ categories { id } }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${server.url}?query=${encodeURIComponent('{ categories { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });

  it('masks unexpected failures as INTERNAL_SERVER_ERROR with a request id, and keeps the request id header', async () => {
    const broken = await startTestServer();
    try {
      await broken.ds.query(`ALTER TABLE category RENAME TO category_gone`);
      broken.runtime.services.taxonomy.all = () => { throw new Error('secret internal detail'); };
      const r = await broken.gql(`{ categories { id } }`, {}, { headers: { 'x-request-id': 'test-request-0001' } });
      expect(r.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'test-request-0001' });
      expect(JSON.stringify(r.errors)).not.toMatch(/secret internal detail|stack/);
      expect(r.headers.get('x-request-id')).toBe('test-request-0001');
    } finally {
      await broken.stop();
    }
  });
});

describe('production settings', () => {
  it('turns off introspection and field suggestions in production', async () => {
    const prod = await startTestServer({ env: 'production' });
    try {
      const intro = await prod.gql(`{ __schema { types { name } } }`);
      expect(code(intro)).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await prod.gql(`{ categorys { id } }`);
      expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    } finally {
      await prod.stop();
    }
    const dev = await server.gql(`{ categorys { id } }`);
    expect(dev.errors![0].message).toMatch(/Did you mean/);
  });
});

// Finding 5 of issue 13: thirty aliased offerings(first: 1) { totalCount } were priced at about 60 and took seconds each.
describe('counts are priced by what they read', () => {
  it('refuses thirty aliased totalCounts, and more than two counts in one query', async () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `a${i}: offerings(first: 1, filter: { text: "group ${i}" }) { totalCount }`).join(' ');
    const r = await server.gql(`{ ${thirty} }`);
    expect(refused(r)).toBe('GRAPHQL_VALIDATION_FAILED/QUERY_TOO_COMPLEX');
    const three = await server.gql(`{ a: offerings(first: 1) { totalCount } b: offerings(first: 1) { totalCount } c: offerings(first: 1) { resultCount { count } } }`);
    expect(refused(three)).toBe('GRAPHQL_VALIDATION_FAILED/QUERY_TOO_COMPLEX');
    expect(three.errors![0].message).toMatch(/too many counts/);
  });

  it('still answers one totalCount, and prices a search by free places above a plain one', async () => {
    const one = await server.gql(`{ offerings(first: 1) { totalCount } }`);
    expect(one.errors).toBeUndefined();
    const available = Array.from({ length: 21 }, (_, i) => `a${i}: offerings(first: 1, filter: { availableFrom: "2030-01-01T00:00:00Z" }) { edges { node { id } } }`).join(' ');
    expect(refused(await server.gql(`{ ${available} }`))).toBe('GRAPHQL_VALIDATION_FAILED/QUERY_TOO_COMPLEX');
    const plain = Array.from({ length: 21 }, (_, i) => `a${i}: offerings(first: 1) { edges { node { id } } }`).join(' ');
    expect((await server.gql(`{ ${plain} }`)).errors).toBeUndefined();
  });
});
