import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/db/data-source';

// Every test file gets its own database, cloned from a template that the global setup migrated once.
// The server URL and template name come from global-setup.ts through the environment.
export interface TestDatabase {
  url: string;
  name: string;
  ds: DataSource;
  drop(): Promise<void>;
}

let counter = 0;

export function testServerUrl(): { adminUrl: string; template: string; runId: string } {
  const adminUrl = process.env.SM_TEST_ADMIN_URL;
  const template = process.env.SM_TEST_TEMPLATE;
  const runId = process.env.SM_TEST_RUN;
  if (!adminUrl || !template || !runId) throw new Error('The jest global setup did not run (SM_TEST_* are unset).');
  return { adminUrl, template, runId };
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: testServerUrl().adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const { adminUrl, template, runId } = testServerUrl();
  // jest loads this module afresh for every test file a worker runs, so the counter starts again at each file: the
  // random part keeps a database that an earlier file of the same worker failed to drop (a hook that timed out, say)
  // from turning every later file's CREATE DATABASE into "already exists".
  const name = `${runId}_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      break;
    } catch (e) {
      // Two clones of one template at the same instant can collide; wait and try again.
      if (attempt < 10 && /being accessed by other users/.test(String(e))) {
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
        continue;
      }
      throw e;
    }
  }
  const url = withDatabase(adminUrl, name);
  const ds = createDataSource(url, { poolSize: options.poolSize ?? 30, applicationName: 'support-market-test' });
  await ds.initialize();
  return {
    url,
    name,
    ds,
    async drop() {
      if (ds.isInitialized) await ds.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
