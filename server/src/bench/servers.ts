import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The servers under test, each its own child process so none shares an event loop with the load driver or with
// the others: Support Market as `npm run server` runs it (server/dist/main.js, production mode), the same with
// one SQL statement per row (naive-server.ts), and the plain-SQL server.
export interface RunningServer {
  name: string;
  /** The base URL: http://127.0.0.1:port */
  base: string;
  /** Where requests go: /graphql or /search. */
  path: string;
  child: ChildProcess;
  /** Its stdout and stderr. */
  logFile: string;
  stop(): Promise<void>;
}

const DIST = join(__dirname, '..');

export async function startServer(o: {
  name: string;
  script: 'main' | 'naive' | 'plain';
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
  /** Options for node itself (the benchmark's --profile adds --cpu-prof). */
  nodeArgs?: string[];
  log: (m: string) => void;
}): Promise<RunningServer> {
  const script = o.script === 'main' ? join(DIST, 'main.js') : join(DIST, 'bench', o.script === 'naive' ? 'naive-server.js' : 'plain-sql-server.js');
  // Its output goes to a file, as a deployment's would go to its log collector: through a pipe, the load driver would
  // spend its own CPU reading the servers' request logs.
  const logFile = join(mkdtempSync(join(tmpdir(), 'sm-bench-')), `${o.script}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), script], {
    env: { ...process.env, PORT: String(o.port), DATABASE_URL: o.databaseUrl, ...o.env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const tail = () =>
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(-30)
      .map((l) => l.slice(0, 400));
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  const base = `http://127.0.0.1:${o.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new Error(`${o.name} exited with ${exited} while starting:\n  ${tail().join('\n  ')}`);
    try {
      const r = await fetch(`${base}/health`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${o.name} did not answer /health within two minutes:\n  ${tail().join('\n  ')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  o.log(`${o.name} is up at ${base} (pid ${child.pid}, output in ${logFile})`);
  return {
    name: o.name,
    base,
    path: o.script === 'plain' ? '/search' : '/graphql',
    child,
    logFile,
    async stop() {
      if (exited !== null) return;
      const gone = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/**
 * The URL the servers under test use: over PostgreSQL's Unix socket when the database is on this machine and the
 * socket exists (a loopback TCP round trip costs the API about a tenth more CPU on these virtual machines), else
 * the TCP URL unchanged.
 */
export function serverDatabaseUrl(url: string, useSocket: boolean, socketDir = '/var/run/postgresql'): { url: string; via: string; local: boolean } {
  const u = new URL(url);
  const port = u.port || '5432';
  // On this machine: its PostgreSQL processes' CPU can be read from /proc (load.ts, postgresCpuSeconds).
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  if (!useSocket || !local || !existsSync(join(socketDir, `.s.PGSQL.${port}`))) {
    return { url, via: `TCP ${u.hostname}:${port}`, local };
  }
  const user = decodeURIComponent(u.username || 'postgres');
  const db = decodeURIComponent(u.pathname.slice(1));
  return { url: `postgresql://${encodeURIComponent(user)}@/${encodeURIComponent(db)}?host=${encodeURIComponent(socketDir)}&port=${port}`, via: `Unix socket ${socketDir}`, local };
}

/** Requests a server under test served, from its output: a request log line each (the API), or the plain server's count. */
export function requestsServed(server: RunningServer): number {
  const text = readFileSync(server.logFile, 'utf8');
  const plain = /"event":"plain-sql-server.stopped","requests":(\d+)/.exec(text);
  if (plain) return Number(plain[1]);
  return text.split('"event":"graphql.request"').length - 1;
}

/** A TCP port free on 127.0.0.1 now, for a server under test. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolvePort(port));
    });
  });
}

/**
 * The environment of Support Market's API as a server under test: production mode, a request log line per request
 * as deployed (to a file, see startServer), no admin account; `authSecret` signs the tokens the load driver makes.
 */
export function apiServerEnv(authSecret = randomBytes(36).toString('base64url')): Record<string, string> {
  return {
    NODE_ENV: 'production',
    AUTH_SECRET: authSecret,
    CLIENT_ADDRESS_SECRET: randomBytes(36).toString('base64url'),
    LOG_REQUESTS: 'true',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
  };
}
