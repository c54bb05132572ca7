import 'reflect-metadata';
import { loadConfig } from './config';
import { createLogger } from './common/logger';
import { openDatabase, workerOptions } from './app-runtime';
import { connectionStringOf } from './db/data-source';
import { startNotificationWorker } from './modules/notification/delivery/worker';

// `npm run worker`: the notification workers on their own (more machines later), with no HTTP server. Needs
// DATABASE_URL (or the embedded default, when the API is not running on it) and SMTP_URL. Stops cleanly on SIGTERM.
async function main() {
  const config = loadConfig();
  const log = createLogger(true);
  if (!config.smtpUrl) throw new Error('Invalid configuration: SMTP_URL must be set to run the workers');
  const { ds, embedded } = await openDatabase(config, log);
  // LISTEN needs a session: the direct URL when DATABASE_URL is a PgBouncer transaction pool (docs/scaling.md).
  const worker = await startNotificationWorker(workerOptions(config, config.databaseDirectUrl ?? connectionStringOf(ds), log));
  log.info('worker.ready', { concurrency: config.workerConcurrency });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('worker.stopping', { signal });
    await worker.stop();
    await ds.destroy();
    if (embedded) await embedded.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e: Error) => {
  console.error(`The Support Market workers could not start: ${e.message}`);
  process.exit(1);
});
