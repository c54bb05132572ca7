import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../../support/test-server';

// A test API on its own fresh database plus a Next production server pointed at it. The web app is built at most
// once per run (scripts/web-build.mjs --if-stale, under a lock), so journeys after the first start in seconds.
const ROOT = join(__dirname, '..', '..', '..');
// The first journey of a fresh clone builds the web app: about a minute alone, several on a loaded 2-core machine.
export const WEB_BUILD_TIMEOUT_MS = 600_000;

export interface WebStack {
  api: TestServer;
  /** http://127.0.0.1:<port> of the Next server */
  baseURL: string;
  /** Everything the Next server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

/**
 * Runs one step of a set-up within a time limit, so a step that hangs fails with its own name and the time each
 * earlier step took, instead of the whole hook running into jest's limit with no clue (one CI run of 3 December spent
 * its 600 s in a journey's beforeAll and said no more). onTimeout stops whatever the step started.
 */
export async function step<T>(steps: string[], name: string, limitMs: number, run: () => Promise<T>, onTimeout?: () => void): Promise<T> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`${name} did not finish within ${limitMs / 1000} s (steps before it: ${steps.join(', ') || 'none'})`));
    }, limitMs);
  });
  try {
    const value = await Promise.race([run(), limit]);
    steps.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } finally {
    clearTimeout(timer);
  }
}

/** Builds web/.next unless it is up to date. Takes about 15-60 s when it builds, well under a second otherwise;
 * waiting for another journey's build (the lock) counts too. The build is killed when it passes limitMs. */
export async function ensureWebBuild(limitMs = WEB_BUILD_TIMEOUT_MS - 90_000, steps: string[] = []): Promise<void> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/web-build.mjs'), '--if-stale'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const code = await step(steps, 'the web build (scripts/web-build.mjs --if-stale)', limitMs, () => exited(child), () => child.kill('SIGTERM'));
  if (code !== 0) throw new Error(`next build web failed (exit ${code}):\n${out.slice(-4000)}`);
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited early (code ${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/** options.env: more settings for the web server (TRUSTED_PROXY_HOPS=1 lets a test play several clients; DEMO_SIGN_IN
 * and MAIL_DIR for /dev/mail). Each step's limit (see step) adds up to under WEB_BUILD_TIMEOUT_MS, so a stuck step is
 * named before jest gives up on the hook. */
export async function startWebStack(options: { env?: Record<string, string> } = {}): Promise<WebStack> {
  const steps: string[] = [];
  await ensureWebBuild(WEB_BUILD_TIMEOUT_MS - 90_000, steps);
  // A fresh database cloned from the template, migrated, and the API with its job runner: seconds.
  const api = await step(steps, 'the test API (startTestServer)', 45_000, () => startTestServer());
  let next: ChildProcess | null = null;
  let out = '';
  try {
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    next = spawn(process.execPath, [join(ROOT, 'scripts/web-server.mjs'), String(port), '127.0.0.1'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        API_URL: api.url,
        CLIENT_ADDRESS_SECRET: api.runtime.config.clientAddressSecret,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    next.stdout!.on('data', (d) => (out += d));
    next.stderr!.on('data', (d) => (out += d));
    await step(steps, 'next start', 40_000, () => waitForHttp(baseURL, next!, () => out));
    const child = next;
    return {
      api,
      baseURL,
      output: () => out,
      async stop() {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited(child);
        clearTimeout(timer);
        await api.stop();
      },
    };
  } catch (e) {
    next?.kill('SIGKILL');
    await api.stop();
    throw e;
  }
}
