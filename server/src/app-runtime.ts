import { createServer, type Server } from 'node:http';
import type { DataSource, EntityManager } from 'typeorm';
import { loadConfig, type Config } from './config';
import { createLogger, type Log } from './common/logger';
import { createDataSource, runMigrations } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedHandle } from './db/embedded';
import { createHttpApp } from './http/app';
import { RESOLVERS } from './graphql/build-schema';
import { createLoaders, type Loaders } from './graphql/loaders';
import { createResolverContainer } from './graphql/resolver-container';
import { createServices, type Services } from './services';

// Composition: config -> database (+ migrations) -> services -> resolvers (given their services) -> schema -> HTTP. Used by main.ts, the start
// script and the tests, so all three run the same wiring.
export interface Runtime {
  config: Config;
  ds: DataSource;
  services: Services;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export async function openDatabase(config: Config, log: Log): Promise<{ ds: DataSource; embedded: EmbeddedHandle | null }> {
  let url = config.databaseUrl;
  let embedded: EmbeddedHandle | null = null;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort, (m) => log.info('embedded-postgres', { message: m }));
    url = embedded.url;
  }
  const ds = createDataSource(url);
  await ds.initialize();
  const applied = await runMigrations(ds);
  if (applied.length) log.info('migrations.applied', { migrations: applied });
  return { ds, embedded };
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
  const { ds, embedded } = existing ? { ds: existing, embedded: null } : await openDatabase(config, log);
  const built = await createServices(config, ds, log);
  const services: Services = { ...built, ...wiring.services?.(built) };
  if (config.adminEmail && config.adminPassword) await services.account.ensureAdmin(ds.manager, config.adminEmail, config.adminPassword);
  const server = createServer();
  const resolvers = createResolverContainer(RESOLVERS, Object.values(services));
  const { app, apollo } = await createHttpApp({ config, log, ds, resolvers, market: services.market, oruk: services.oruk, loaders: wiring.loaders ?? createLoaders }, server);
  server.on('request', app);
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
      await services.demand.flush();
      if (!existing) await ds.destroy();
      if (embedded) await embedded.stop();
    },
  };
}
