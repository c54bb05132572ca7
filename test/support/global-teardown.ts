import { Client } from 'pg';

// Drops every database this run made (the template and each file's clone).
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.SM_TEST_ADMIN_URL;
  const runId = process.env.SM_TEST_RUN;
  if (adminUrl && runId) {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${runId}%`]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await c.end();
  }
  const embedded = (globalThis as Record<string, unknown>).__SM_EMBEDDED__ as { stop(): Promise<void> } | undefined;
  if (embedded) await embedded.stop();
}
