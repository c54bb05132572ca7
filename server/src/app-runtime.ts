import { createServer, type Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from './config';
import { createLogger, type Log } from './common/logger';
import { connectionStringOf, createDataSource, runMigrations } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedHandle } from './db/embedded';
import { createHttpApp } from './http/app';
import { createServices, type Services } from './services';
import { startNotificationWorker, type NotificationWorker } from './modules/notification/delivery/worker';

// Composition: config -> database (+ migrations) -> services -> schema -> HTTP. Used by main.ts, the start
// script and the tests, so all three run the same wiring.
export interface Runtime {
  config: Config;
  ds: DataSource;
  services: Services;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export async function openDatabase(config: Config, log: Log, options: { notifications?: boolean } = {}): Promise<{ ds: DataSource; embedded: EmbeddedHandle | null }> {
  let url = config.databaseUrl;
  let embedded: EmbeddedHandle | null = null;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort, (m) => log.info('embedded-postgres', { message: m }));
    url = embedded.url;
  }
  const ds = createDataSource(url, { notifications: options.notifications });
  await ds.initialize();
  const applied = await runMigrations(ds);
  if (applied.length) log.info('migrations.applied', { migrations: applied });
  return { ds, embedded };
}

export async function startRuntime(overrides: Partial<Config> = {}, existing?: DataSource): Promise<Runtime> {
  const config = { ...loadConfig(), ...overrides };
  const log = createLogger(config.logRequests || config.env !== 'test');
  const { ds, embedded } = existing ? { ds: existing, embedded: null } : await openDatabase(config, log);
  const services = await createServices(config, ds, log);
  if (config.adminEmail && config.adminPassword) await services.account.ensureAdmin(ds.manager, config.adminEmail, config.adminPassword);
  const server = createServer();
  const { app, apollo } = await createHttpApp(ds, services, server);
  server.on('request', app);
  // npm start runs the notification workers in this process; `npm run worker` runs them on their own.
  let worker: NotificationWorker | null = null;
  if (config.runWorker) {
    if (!config.smtpUrl) log.warn('worker.no_smtp', { message: 'RUN_WORKER is set but SMTP_URL is not: emails wait until it is.' });
    else worker = await startNotificationWorker(workerOptions(config, connectionStringOf(ds), log));
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopped = false;
  return {
    config,
    ds,
    services,
    server,
    url: `http://localhost:${port}/graphql`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await apollo.stop(); // drains: finishes requests in flight, then closes the server
      if (worker) await worker.stop();
      await services.demand.flush();
      if (!existing) await ds.destroy();
      if (embedded) await embedded.stop();
    },
  };
}

export function workerOptions(config: Config, connectionString: string, log: Log) {
  return { connectionString, smtpUrl: config.smtpUrl!, mailFrom: config.mailFrom, webOrigin: config.webOrigin, concurrency: config.workerConcurrency, log };
}
