import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '../../server/src/db/data-source';

// Chooses the PostgreSQL server for this run: TEST_DATABASE_URL or DATABASE_URL when set, else the local server at
// 127.0.0.1:5432, else an embedded one. Makes a migrated template database that each test file clones, so every
// run (and every file) has fresh databases; global-teardown.ts drops them all.
const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const runId = `sm_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
  let adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
  if (!adminUrl && (await reachable(LOCAL))) adminUrl = LOCAL;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = await import('../../server/src/db/embedded');
    const dir = mkdtempSync(join(tmpdir(), 'sm-test-pg-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    const handle = await startEmbeddedPostgres(join(dir, 'data'), port, () => {});
    (globalThis as Record<string, unknown>).__SM_EMBEDDED__ = handle;
    adminUrl = handle.url.replace(/\/support_market$/, '/postgres');
    console.log(`\n[test] no PostgreSQL at 127.0.0.1:5432: using an embedded server on port ${port}`);
  }
  const template = `${runId}_template`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${template}`;
  const ds = createDataSource(u.toString(), { poolSize: 2 });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  process.env.SM_TEST_ADMIN_URL = adminUrl;
  process.env.SM_TEST_TEMPLATE = template;
  process.env.SM_TEST_RUN = runId;
}
