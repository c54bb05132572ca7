import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitUntil } from './fault-postgres';

// The compiled API (server/dist/main.js) as a real process, as production runs it, so it can be SIGKILLed.
const MAIN = resolve(__dirname, '../../server/dist/main.js');

export class ApiProcess {
  private child: ChildProcess | null = null;
  output = '';
  url = '';

  constructor(private readonly env: Record<string, string>) {}

  /** Starts it and waits for its ready line (PORT=0: the line says which port it took). */
  async start(timeoutMs = 60_000): Promise<number> {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build:server first (npm test does)`);
    const started = Date.now();
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...this.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      this.output += d;
    });
    child.stderr!.on('data', (d) => (this.output += d));
    let ready: RegExpMatchArray | null = null;
    await waitUntil(() => {
      if (child.exitCode !== null) throw new Error(`the API exited (code ${child.exitCode}):\n${this.output.slice(-3000)}`);
      // The log is one JSON object a line (server/src/common/logger.ts); the ready line names the URL.
      return (ready = out.match(/"url":"([^"]+)","event":"server.ready"/)) !== null;
    }, timeoutMs, 'the API to start');
    this.url = ready![1];
    return Date.now() - started;
  }

  kill(): void {
    this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await new Promise((r) => child.once('exit', r));
    clearTimeout(timer);
  }
}
