import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresError, startEmbeddedPostgres } from '../../../server/src/db/embedded';

// The embedded PostgreSQL of `npm start` (server/src/db/embedded.ts): a server orphaned by a SIGKILLed process is
// found through its postmaster.pid and stopped, so the next start works; a taken port is named.
// The child runs the compiled module (scripts/test.mjs compiles the server before jest runs).
const EMBEDDED = join(__dirname, '../../../server/dist/db/embedded.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv: Server = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embedded PostgreSQL', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sm-embedded-'));
    chmodSync(dir, 0o755); // as root the server runs as the postgres user, which must enter this folder
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops a server left running by a SIGKILLed process, then starts on the same folder', async () => {
    const data = join(dir, 'data');
    const port = await freePort();
    // A separate Node process starts the server, as `npm start`'s API does, and is then killed with SIGKILL.
    const child = spawn(
      process.execPath,
      ['-e', `require(${JSON.stringify(EMBEDDED)}).startEmbeddedPostgres(${JSON.stringify(data)}, ${port}, () => {}).then(() => console.log('ready'))`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => String(d).includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const orphan = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(alive(orphan)).toBe(true);

    const logs: string[] = [];
    const handle = await startEmbeddedPostgres(data, port, (m) => logs.push(m), { ownProcessGroup: false });
    try {
      expect(logs.join('\n')).toContain(`left running by a killed process (pid ${orphan})`);
      expect(alive(orphan)).toBe(false);
    } finally {
      await handle.stop();
    }
  }, 90_000);

  it('names a taken port', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const { port } = taken.address() as { port: number };
    try {
      const started = startEmbeddedPostgres(join(dir, 'data'), port, () => {}, { ownProcessGroup: false });
      await expect(started).rejects.toThrow(EmbeddedPostgresError);
      await expect(started).rejects.toThrow(`Port ${port} is taken`);
    } finally {
      await new Promise((r) => taken.close(r));
    }
  }, 60_000);
});
