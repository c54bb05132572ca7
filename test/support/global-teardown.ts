import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { EmbeddedHandle } from '../../server/src/db/embedded';

// Drops every database this run made (the template and each file's clone); stops and removes an embedded server.
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.SM_TEST_ADMIN_URL;
  const runId = process.env.SM_TEST_RUN;
  const embedded = (globalThis as Record<string, unknown>).__SM_EMBEDDED__ as EmbeddedHandle | undefined;
  if (adminUrl && runId && !embedded) {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${runId}%`]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await c.end();
  }
  if (embedded) {
    await embedded.stop();
    rmSync(embedded.dataDir, { recursive: true, force: true });
  }
  const dir = (globalThis as Record<string, unknown>).__SM_EMBEDDED_DIR__ as string | undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
