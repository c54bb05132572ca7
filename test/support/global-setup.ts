import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '../../server/src/db/data-source';
import type { EmbeddedHandle } from '../../server/src/db/embedded';

// Chooses the PostgreSQL server for this run: TEST_DATABASE_URL or DATABASE_URL when set, else the local server at
// 127.0.0.1:5432, else an embedded one (as root it runs as the `postgres` user: see server/src/db/embedded.ts). Makes
// a migrated template database that each test file clones, so every run (and every file) has fresh databases;
// global-teardown.ts drops them all and stops the embedded server.
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

async function startEmbedded(): Promise<EmbeddedHandle> {
  const { startEmbeddedPostgres, EmbeddedPostgresError } = await import('../../server/src/db/embedded');
  // Enterable by the postgres user when this runs as root (mkdtemp makes it 0700); the data folder inside is 0700.
  const dir = mkdtempSync(join(tmpdir(), 'sm-test-pg-'));
  chmodSync(dir, 0o755);
  (globalThis as Record<string, unknown>).__SM_EMBEDDED_DIR__ = dir;
  for (let attempt = 1; ; attempt++) {
    const port = 55000 + Math.floor(Math.random() * 5000);
    try {
      return await startEmbeddedPostgres(join(dir, 'data'), port, () => {}, { ownProcessGroup: false });
    } catch (e) {
      if (!(e instanceof EmbeddedPostgresError && e.code === 'PORT_IN_USE') || attempt === 5) throw e;
    }
  }
}

export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const runId = `sm_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
  let adminUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
  if (!adminUrl && (await reachable(LOCAL))) adminUrl = LOCAL;
  if (!adminUrl) {
    const started = Date.now();
    const handle = await startEmbedded();
    (globalThis as Record<string, unknown>).__SM_EMBEDDED__ = handle;
    adminUrl = handle.url.replace(/\/support_market$/, '/postgres');
    console.log(`\n[test] no PostgreSQL at 127.0.0.1:5432: using an embedded server on port ${handle.port} (${handle.dataDir}, ready in ${Date.now() - started} ms)`);
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
