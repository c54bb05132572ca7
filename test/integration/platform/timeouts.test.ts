import { connect } from 'node:net';
import { Client } from 'pg';
import { startRuntime, type Runtime } from '../../../server/src/app-runtime';
import { formatError } from '../../../server/src/graphql/errors';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// Finding 9 of issue 13: database trouble reached clients as a hang or INTERNAL_SERVER_ERROR on HTTP 200, and a slow
// request body held a socket for 300 s. Here the API runs with a 1 s statement timeout and a 2 s request timeout.
let db: TestDatabase;
let runtime: Runtime;
beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 2 });
  runtime = await startRuntime({ port: 0, databaseUrl: db.url, env: 'test', logRequests: false, adminEmail: null, adminPassword: null, dbStatementTimeoutMs: 1_000, requestTimeoutMs: 2_000 });
});
afterAll(async () => {
  await runtime?.stop();
  await db?.drop();
});

const post = (query: string) =>
  fetch(runtime.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(10_000) });

describe('timeouts and database trouble', () => {
  it('cuts off a statement that waits past the statement timeout and answers SERVICE_UNAVAILABLE with HTTP 503', async () => {
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE offering IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const res = await post('{ offering(id: "00000000-0000-4000-8000-000000000000") { id } }');
      const body = (await res.json()) as { data: unknown; errors: { message: string; extensions: { code: string; retryable?: boolean } }[] };
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const again = await post('{ categories { name } }');
    expect(again.status).toBe(200);
  });

  it('maps lost connections and connect timeouts to SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR', () => {
    for (const e of [new Error('Connection terminated unexpectedly'), new Error('timeout exceeded when trying to connect'), Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })]) {
      expect(formatError({ message: e.message }, e).extensions!.code).toBe('SERVICE_UNAVAILABLE');
    }
    expect(formatError({ message: 'x' }, new Error('something else')).extensions!.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('closes a connection whose request body trickles in for longer than the request timeout', async () => {
    const port = new URL(runtime.url).port;
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
    await new Promise((r) => socket.once('connect', r));
    const started = Date.now();
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
    const timer = setInterval(() => socket.writable && socket.write(' '), 500);
    const at = await closed;
    clearInterval(timer);
    expect(at - started).toBeLessThan(9_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('sets the connection cap', () => {
    expect(runtime.server.maxConnections).toBe(runtime.config.maxConnections);
  });
});
