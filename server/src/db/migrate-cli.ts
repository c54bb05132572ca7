import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../common/logger';
import { openDatabase } from '../app-runtime';
import { describeError } from '../common/describe-error';

// `npm run migrate`: applies pending migrations (DATABASE_URL, or the embedded default) and exits.
async function main() {
  const config = loadConfig();
  const { ds, embedded } = await openDatabase(config, createLogger(true));
  await ds.destroy();
  await embedded?.stop();
  console.log('Database is up to date.');
}
main().catch((e) => {
  console.error(`Migrations failed: ${describeError(e)}`);
  process.exit(1);
});
