import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Client } from 'pg';

// Load drivers for the benchmark: closed loop (N clients, each sending its next request when the last one answered:
// throughput) and open loop (a fixed rate whatever the answers do: latency without saturating the machine). Plain
// node:http with keep-alive sockets, so the driver's own cost stays small and the same for every server.
// An open-loop latency is measured from when the request was due, not when it was sent, so a stalled server
// cannot hide its queue (no coordinated omission).
export interface BenchRequest {
  /** Path on the server, e.g. /graphql. */
  path: string;
  body: string;
  headers?: Record<string, string>;
}

export interface Target {
  name: string;
  url: string;
}

export interface Sample {
  ms: number;
  ok: boolean;
  statements: number | null;
}

export interface RunStats {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** SQL statements per request as the server reported them (min and max over the run). */
  statements: { min: number; max: number; mean: number } | null;
  /**
   * The server process's own CPU time (user + system, from /proc) per request, in milliseconds: what the API costs
   * whatever else the machine is doing (a busy machine slows a run down, not the CPU it takes). Null when unknown.
   */
  cpuMsPerRequest: number | null;
  /**
   * PostgreSQL's CPU time per request (every process of the local server, from /proc), in milliseconds; null when
   * the database is not on this machine or was not measured.
   */
  dbCpuMsPerRequest: number | null;
  errorSamples: string[];
}

export class Recorder {
  readonly samples: Sample[] = [];
  seconds = 0;
  /** The server's CPU seconds over the recorded runs (null once any run's could not be read). */
  cpuSeconds: number | null = 0;
  /** PostgreSQL's CPU seconds over the recorded runs (null once any run's was not measured). */
  dbCpuSeconds: number | null = 0;
  readonly errorSamples: string[] = [];

  add(s: Sample, error?: string): void {
    this.samples.push(s);
    if (error && this.errorSamples.length < 5 && !this.errorSamples.includes(error)) this.errorSamples.push(error);
  }

  /** Adds a run's CPU (from CpuMeter.stop); an unknown figure makes the total unknown. */
  addCpu(cpu: { server: number | null; db: number | null }): void {
    this.cpuSeconds = this.cpuSeconds !== null && cpu.server !== null ? this.cpuSeconds + cpu.server : null;
    this.dbCpuSeconds = this.dbCpuSeconds !== null && cpu.db !== null ? this.dbCpuSeconds + cpu.db : null;
  }

  /** Takes in another recorder's samples, time, CPU and errors (one round of several). */
  merge(other: Recorder): void {
    this.samples.push(...other.samples);
    this.seconds += other.seconds;
    this.addCpu({ server: other.cpuSeconds, db: other.dbCpuSeconds });
    for (const e of other.errorSamples) if (this.errorSamples.length < 5) this.errorSamples.push(e);
  }

  stats(): RunStats {
    return summarise(this.samples, this.seconds, this.errorSamples, this.cpuSeconds, this.dbCpuSeconds);
  }
}

/**
 * The CPU a stretch of work cost a server process (by pid) and, given its postmaster's PID (postmasterPid: the
 * PostgreSQL server runs on this machine), that PostgreSQL server: started when made, read by stop(); null where a
 * figure cannot be read.
 */
export function cpuMeter(pid: number | undefined, postmaster: number | null): { stop(): { server: number | null; db: number | null } } {
  const server0 = processCpuSeconds(pid);
  const db0 = postmaster === null ? null : postgresCpuSeconds(postmaster);
  return {
    stop() {
      const server1 = processCpuSeconds(pid);
      const db1 = postmaster === null ? null : postgresCpuSeconds(postmaster);
      return { server: server0 !== null && server1 !== null ? server1 - server0 : null, db: db0 !== null && db1 !== null ? db1 - db0 : null };
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarise(samples: Sample[], seconds: number, errorSamples: string[] = [], cpuSeconds: number | null = null, dbCpuSeconds: number | null = null): RunStats {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const counted = samples.filter((s) => s.statements !== null).map((s) => s.statements!);
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    seconds: r2(seconds),
    throughput: r2(seconds > 0 ? samples.length / seconds : 0),
    p50: r2(percentile(ms, 50)),
    p95: r2(percentile(ms, 95)),
    p99: r2(percentile(ms, 99)),
    max: r2(ms[ms.length - 1] ?? NaN),
    mean: r2(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length)),
    statements: counted.length ? { min: Math.min(...counted), max: Math.max(...counted), mean: r2(counted.reduce((a, b) => a + b, 0) / counted.length) } : null,
    cpuMsPerRequest: cpuSeconds !== null && cpuSeconds > 0 && samples.length ? r2((cpuSeconds * 1000) / samples.length) : null,
    dbCpuMsPerRequest: dbCpuSeconds !== null && dbCpuSeconds > 0 && samples.length ? r2((dbCpuSeconds * 1000) / samples.length) : null,
    errorSamples,
  };
}

/**
 * Answers are JSON: GraphQL's { errors?, data, extensions: { sqlStatements } } (Apollo writes `errors` first), or the
 * plain server's same shape. Only failures are parsed whole: a 100-result answer is 50 kB, and parsing every one
 * would make the driver, which shares the machine, cost more than some servers under test.
 */
function judge(status: number, text: string): { ok: boolean; statements: number | null; error?: string } {
  const tail = /"sqlStatements":(\d+)[,}]/.exec(text.slice(-100));
  const statements = tail ? Number(tail[1]) : null;
  if (status === 200 && text.startsWith('{"data":')) return { ok: true, statements };
  let body: { errors?: { message?: string; extensions?: { code?: string } }[] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, statements, error: `HTTP ${status}: not JSON: ${text.slice(0, 120)}` };
  }
  const e = body.errors?.[0];
  if (status === 200 && !e) return { ok: true, statements };
  return { ok: false, statements, error: `HTTP ${status}: ${e?.extensions?.code ?? ''} ${e?.message ?? text.slice(0, 120)}` };
}

export class HttpClient {
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(base: string, sockets: number) {
    const u = new URL(base);
    this.host = u.hostname;
    this.port = Number(u.port || 80);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  /** Sends one request; resolves with the judged answer (never rejects). */
  send(r: BenchRequest): Promise<{ status: number; text: string; ok: boolean; statements: number | null; error?: string }> {
    return new Promise((resolve) => {
      const body = Buffer.from(r.body);
      const req = request(
        {
          host: this.host,
          port: this.port,
          path: r.path,
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length, ...r.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, text, ...judge(res.statusCode ?? 0, text) });
          });
          res.on('error', (e) => resolve({ status: 0, text: '', ok: false, statements: null, error: e.message }));
        },
      );
      req.on('error', (e) => resolve({ status: 0, text: '', ok: false, statements: null, error: e.message }));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** `clients` loops for `seconds`, each taking the next request from `next`. */
export async function closedLoop(o: { client: HttpClient; next: () => BenchRequest; clients: number; seconds: number; into?: Recorder }): Promise<Recorder> {
  const rec = o.into ?? new Recorder();
  const start = now();
  const deadline = start + o.seconds * 1000;
  await Promise.all(
    Array.from({ length: o.clients }, async () => {
      while (now() < deadline) {
        const r = o.next();
        const t = now();
        const res = await o.client.send(r);
        rec.add({ ms: now() - t, ok: res.ok, statements: res.statements }, res.error);
      }
    }),
  );
  rec.seconds += (now() - start) / 1000;
  return rec;
}

/** `rate` requests a second for `seconds`, each on schedule whatever the server does; latency from the due time. */
export async function openLoop(o: { client: HttpClient; next: () => BenchRequest; rate: number; seconds: number }): Promise<Recorder> {
  const rec = new Recorder();
  const start = now();
  const total = Math.round(o.rate * o.seconds);
  const interval = 1000 / o.rate;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const r = o.next();
    inFlight.push(
      o.client.send(r).then((res) => {
        rec.add({ ms: now() - due, ok: res.ok, statements: res.statements }, res.error);
      }),
    );
  }
  await Promise.all(inFlight);
  rec.seconds = (now() - start) / 1000;
  return rec;
}

/** A process's CPU seconds so far (user + system), from /proc/<pid>/stat; null where there is no /proc. */
export function processCpuSeconds(pid: number | undefined): number | null {
  return pid === undefined ? null : (readStat('/proc', pid)?.own ?? null);
}
/**
 * The PID of the postmaster serving `url`, when that server runs on this machine: the parent of the backend that
 * answers a connection. Null when the backend is not a visible "postgres" process here (another machine, or a
 * container with its own process IDs).
 */
export async function postmasterPid(url: string, proc = '/proc'): Promise<number | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000, query_timeout: 10_000 });
  await client.connect();
  try {
    const backend: number = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const parent = isPostgres(proc, backend) ? readStat(proc, backend)?.ppid : undefined;
    return parent !== undefined && isPostgres(proc, parent) ? parent : null;
  } finally {
    await client.end();
  }
}

/**
 * The CPU seconds so far (user + system) of one PostgreSQL server on this machine, named by its postmaster's PID
 * (postmasterPid): the postmaster, its live children (backends and background workers), and the CPU of
 * its children that have exited (its cutime and cstime: a pool closing an idle connection would otherwise take that
 * backend's whole lifetime out of the sum). Only that server: another cluster on the machine that stops while a run
 * is measured (the fault tests start and stop their own) would take its whole lifetime out of the sum, which is how
 * a reading once went below zero. Null where there is no /proc or that postmaster is not running.
 */
export function postgresCpuSeconds(postmaster: number, proc = '/proc'): number | null {
  // A backend that exits and is reaped while the sweep runs would be counted nowhere (its own stat read after it went,
  // the postmaster's read before it took the child's time) or twice; test files open and close backends all the
  // time. So sweep again while the postmaster's exited-children time moved during the sweep.
  for (let attempt = 0; ; attempt++) {
    const root = readStat(proc, postmaster);
    if (root === null || !isPostgres(proc, postmaster)) return null;
    const children = sweepChildren(proc, postmaster);
    if (children === null) return null;
    const after = readStat(proc, postmaster);
    if (after === null) return null;
    if (after.children !== root.children && attempt < 5) continue;
    let total = root.own + root.children;
    for (const c of children) total += c.own;
    return total;
  }
}

interface ProcStat {
  ppid: number;
  own: number;
  children: number;
}

function readStat(proc: string, pid: number | string): ProcStat | null {
  try {
    const stat = readFileSync(`${proc}/${pid}/stat`, 'utf8');
    // Fields after the command name, counted from 3: ppid is 4, utime 14, stime 15, cutime 16, cstime 17.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    return { ppid: f[1], own: (f[11] + f[12]) / CLOCK_TICKS, children: (f[13] + f[14]) / CLOCK_TICKS };
  } catch {
    return null; // gone since the listing
  }
}

function isPostgres(proc: string, pid: number | string): boolean {
  try {
    return readFileSync(`${proc}/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}

/** The postmaster's live children, from one listing of /proc; null where there is no /proc. */
function sweepChildren(proc: string, postmaster: number): ProcStat[] | null {
  let dirs: string[];
  try {
    dirs = readdirSync(proc).filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const children: ProcStat[] = [];
  for (const d of dirs) {
    // The stat first: only the postmaster's children need their name read.
    const st = readStat(proc, d);
    if (st && st.ppid === postmaster && isPostgres(proc, d)) children.push(st);
  }
  return children;
}

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;
