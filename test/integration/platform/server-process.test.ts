import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { adminQuery, testServerUrl, withDatabase } from '../../support/test-database';

// `npm run server` as a real process: applies migrations to an empty database, makes sure the configured admin
// exists, serves /graphql, and exits 0 on SIGTERM. (scripts/test.mjs compiles the server before jest runs.)
const MAIN = resolve(__dirname, '../../../server/dist/main.js');
const name = `${testServerUrl().runId}_process`;

beforeAll(() => adminQuery(`CREATE DATABASE "${name}"`));
afterAll(() => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

it('starts on an empty database, bootstraps the admin and stops cleanly on SIGTERM', async () => {
  expect(existsSync(MAIN)).toBe(true);
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: withDatabase(testServerUrl().adminUrl, name), PORT: '0', ADMIN_EMAIL: 'root@example.org', ADMIN_PASSWORD: 'a long admin password', LOG_REQUESTS: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const deadline = Date.now() + 20_000;
  // PORT=0: the server takes any free port and its ready line says which (a port picked here could be taken meanwhile).
  // Its log is one JSON object a line (common/logger.ts).
  const logged = () =>
    output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { event: string; level: string; at: string; url?: string });
  let ready: { url?: string } | undefined;
  while (!(ready = logged().find((l) => l.event === 'server.ready'))) {
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const res = await fetch(ready.url!, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signIn(input: { email: "root@example.org", password: "a long admin password" }) { user { role } } }` }),
  });
  expect(((await res.json()) as any).data.signIn.user.role).toBe('ADMIN');
  // Request lines are buffered and written within a quarter of a second (common/logger.ts).
  const until = Date.now() + 3_000;
  while (!logged().some((l) => l.event === 'graphql.request') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  expect(logged().find((l) => l.event === 'graphql.request')).toMatchObject({ level: 'info', operation: null, sql: expect.any(Number) });
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output).toMatch(/server.stopping/);
});
