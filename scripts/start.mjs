#!/usr/bin/env node
// `npm start`: the whole app on one machine with no setup. Builds what is stale, seeds the demo data once, starts
// the API and then the web app, prefixes their output, and stops everything together.
//
// With no DATABASE_URL the seeder and the API each open the embedded PostgreSQL in .data/postgres, and two
// processes must never run a server on the same data folder: so the seeder runs to completion first, then the API.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestMtime, webBuildStale } from './web-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const apiPort = process.env.PORT || '4000';
const webPort = process.env.WEB_PORT || '3000';
const apiUrl = process.env.API_URL || `http://localhost:${apiPort}/graphql`;
const webUrl = `http://localhost:${webPort}`;
const mailDir = process.env.MAIL_DIR || join(root, '.data/mail');
const childEnv = {
  ...process.env,
  // The web server signs its clients' addresses for the API with this (scripts/client-address.cjs): one per run
  // unless set, as both children get it from here.
  CLIENT_ADDRESS_SECRET: process.env.CLIENT_ADDRESS_SECRET || randomBytes(32).toString('base64url'),
  NEXT_TELEMETRY_DISABLED: '1',
  // The API only answers cross-origin calls from the web app's origin.
  WEB_ORIGIN: process.env.WEB_ORIGIN || webUrl,
};

const children = new Set();
let stopping = false;
let failed = false;

function log(message) {
  console.log(`[start] ${message}`);
}

function pipe(stream, prefix, target) {
  // Children that already prefix their own lines (the seeder prints "[seed] ...") are not prefixed twice.
  createInterface({ input: stream }).on('line', (line) => target.write(line.startsWith(prefix) ? `${line}\n` : `${prefix} ${line}\n`));
}

/** Runs a child with prefixed output; `exited` resolves with its exit code (a signal counts as failure). */
function run(name, command, args, env = childEnv) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`;
  pipe(child.stdout, prefix, process.stdout);
  pipe(child.stderr, prefix, process.stderr);
  children.add(child);
  child.exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (e) => {
      console.error(`${prefix} could not start: ${e.message}`);
      children.delete(child);
      resolve(1);
    });
  });
  return child;
}

async function runToEnd(name, command, args) {
  const code = await run(name, command, args).exited;
  if (stopping) return new Promise(() => {}); // stop() is shutting down and will exit the process
  if (code !== 0) {
    console.error(`[start] ${name} failed (exit code ${code})`);
    failed = true;
    await finish();
  }
}

/** Runs a long-lived child: if it exits while we are not stopping, stop the rest and fail. */
function runService(name, args, env) {
  const child = run(name, process.execPath, args, env);
  child.exited.then((code) => {
    if (stopping) return;
    console.error(`[start] ${name} stopped unexpectedly (exit code ${code}); stopping the rest`);
    failed = true;
    void stop('SIGTERM');
  });
  return child;
}

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill(signal);
  // The API needs a moment to drain requests and stop its embedded PostgreSQL; give up after 20 s.
  const timer = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
  }, 20_000);
  await Promise.all([...children].map((c) => c.exited));
  clearTimeout(timer);
  await finish();
}

async function finish() {
  if (children.size) return stop('SIGTERM');
  process.exit(failed ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!stopping) log(`${signal}: stopping...`);
    void stop(signal);
  });
}

async function waitFor(url, what, timeoutMs, child) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (stopping || child.exitCode !== null) return false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  console.error(`[start] ${what} did not answer on ${url} within ${timeoutMs / 1000} s`);
  return false;
}

async function giveUp() {
  if (stopping) return; // a signal or a dead child is already being handled
  failed = true;
  await stop('SIGTERM');
}

async function demoAccounts() {
  const file = join(root, 'server/dist/db/seed/demo-accounts.js');
  if (!existsSync(file)) return [];
  try {
    const mod = await import(pathToFileURL(file).href);
    const accounts = mod.DEMO_ACCOUNTS ?? mod.default?.DEMO_ACCOUNTS ?? [];
    return Array.isArray(accounts) ? accounts : Object.values(accounts);
  } catch {
    return [];
  }
}

async function main() {
  // 1. Server build (swc, about a second) when any source is newer than the last build.
  const serverBuilt = join(root, 'server/dist/main.js');
  if (!existsSync(serverBuilt) || newestMtime(join(root, 'server/src')) > statSync(serverBuilt).mtimeMs) {
    log('building the server...');
    await runToEnd('build', 'npm', ['run', '--silent', 'build:server']);
  }

  // 2. Demo data, only into an empty database; must finish (and stop its embedded PostgreSQL) before the API starts.
  const seedCli = join(root, 'server/dist/db/seed/seed-cli.js');
  if (existsSync(seedCli)) {
    log('seeding the demo data if the database is empty...');
    await runToEnd('seed', process.execPath, [seedCli, '--if-empty']);
  } else {
    log('no seeder in this build (server/dist/db/seed/seed-cli.js): starting with an empty catalogue');
  }

  // 3. With no SMTP_URL, a local mail catcher: every email the app sends is kept in .data/mail and shown at
  //    /dev/mail. The API runs the notification workers itself (RUN_WORKER=1).
  if (stopping) return; // a signal came in between two steps: start nothing more
  if (!process.env.SMTP_URL) {
    const mailPort = process.env.MAIL_CATCHER_PORT || '1025';
    runService('mail', [join(root, 'server/dist/dev/mail-catcher-cli.js')], { ...childEnv, MAIL_CATCHER_PORT: mailPort, MAIL_DIR: mailDir });
    childEnv.SMTP_URL = `smtp://127.0.0.1:${mailPort}`;
    await new Promise((r) => setTimeout(r, 500));
  }

  // 4. The API, then wait until it answers.
  const api = runService('api', [join(root, 'server/dist/main.js')], { ...childEnv, PORT: apiPort, RUN_WORKER: process.env.RUN_WORKER ?? '1' });
  const healthUrl = `http://localhost:${apiPort}/health`;
  if (!(await waitFor(healthUrl, 'the API', 180_000, api))) return giveUp();

  // 5. Web build when web/.next is missing or older than the web sources, then the Next production server.
  if (webBuildStale()) {
    log('building the web app (under a minute)...');
    await runToEnd('web', process.execPath, [join(root, 'scripts/web-build.mjs'), '--if-stale']);
  }
  if (stopping) return;
  // DEMO_SIGN_IN=1 shows one-press demo sign-ins on the sign-in page (the seeded accounts); set it to 0 to hide them.
  const web = runService('web', [join(root, 'scripts/web-server.mjs'), webPort], { ...childEnv, API_URL: apiUrl, DEMO_SIGN_IN: process.env.DEMO_SIGN_IN ?? '1', MAIL_DIR: mailDir });
  if (!(await waitFor(webUrl, 'the web app', 60_000, web))) return giveUp();

  const accounts = await demoAccounts();
  const lines = [
    '',
    'Support Market is running:',
    `  web app      ${webUrl}`,
    `  GraphQL API  ${apiUrl}`,
    `  emails       ${webUrl}/dev/mail (caught locally; set SMTP_URL to send for real)`,
  ];
  if (accounts.length) {
    lines.push('', 'Demo sign-ins:');
    for (const a of accounts) {
      const label = a.role ?? a.label ?? a.name ?? '';
      lines.push(`  ${String(label).padEnd(13)} ${a.email}  password: ${a.password}`);
    }
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

main().catch(async (e) => {
  console.error(`[start] ${e instanceof Error ? e.message : e}`);
  failed = true;
  await stop('SIGTERM');
});
