import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

// `npm start` (scripts/start.mjs) and its port choice (scripts/ports.mjs): a taken default port gives way to the
// next free one, a taken port the user chose stops the start with a message naming it, and a child that fails is
// reported with its cause. The ESM scripts run in child processes, as `npm start` runs them.
const ROOT = join(__dirname, '..', '..', '..');

function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const srv = createServer((s) => s.end());
    srv.once('error', reject);
    srv.listen(port, () => resolve(srv));
  });
}
const portOf = (srv: Server) => (srv.address() as { port: number }).port;
const close = (srv: Server) => new Promise((r) => srv.close(r));

function node(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const pickPort = (o: Record<string, unknown>) =>
  node([
    '--input-type=module',
    '-e',
    `import { pickPort } from './scripts/ports.mjs';
     pickPort(${JSON.stringify(o)}).then((r) => console.log(JSON.stringify(r)), (e) => { console.log(JSON.stringify({ error: e.message })); });`,
  ]).then((r) => JSON.parse(r.out.trim().split('\n').pop()!) as { port?: number; note?: string | null; error?: string });

describe('port choice', () => {
  let taken: Server;
  beforeAll(async () => {
    taken = await listen();
  });
  afterAll(() => close(taken));

  it('keeps a free default port and says nothing', async () => {
    const free = await listen();
    const port = portOf(free);
    await close(free);
    expect(await pickPort({ name: 'the API', variable: 'PORT', fallback: port })).toEqual({ port, note: null });
  });

  it('moves past a taken default port and says which port it took', async () => {
    const port = portOf(taken);
    const r = await pickPort({ name: 'the API', variable: 'PORT', fallback: port });
    expect(r.port).toBeGreaterThan(port);
    expect(r.note).toBe(`port ${port} is taken: the API uses ${r.port} (set PORT to choose)`);
  });

  it('never moves a port the user chose: a taken one is an error naming it and the setting', async () => {
    const port = portOf(taken);
    const r = await pickPort({ name: 'the API', variable: 'PORT', value: String(port), fallback: 4000 });
    expect(r.error).toBe(`Port ${port} (PORT, for the API) is taken: stop what uses it, or set PORT to a free port.`);
    expect((await pickPort({ name: 'the API', variable: 'PORT', value: 'abc', fallback: 4000 })).error).toMatch(/PORT must be a port number/);
  });
});

describe('npm start', () => {
  it('stops at once, naming the port, when a port set by the user is taken', async () => {
    const taken = await listen();
    try {
      const r = await node(['scripts/start.mjs'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', PORT: String(portOf(taken)) }, 20_000);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`[start] Port ${portOf(taken)} (PORT, for the API) is taken: stop what uses it, or set PORT to a free port.`);
    } finally {
      await close(taken);
    }
  });

  it("reports a child's failure with its cause", async () => {
    // A database that refuses connections: the seeder fails, and the start says why, not just an exit code.
    const [api, web] = await Promise.all([listen(), listen()]);
    const ports = { PORT: String(portOf(api)), WEB_PORT: String(portOf(web)) };
    await Promise.all([close(api), close(web)]);
    const r = await node(['scripts/start.mjs'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', ...ports }, 60_000);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[start\] seed failed \(exit code 1: .*ECONNREFUSED/);
  });
});
