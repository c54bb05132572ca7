#!/usr/bin/env node
// `npm start`: the whole app on one machine with no setup. Builds what is stale, seeds the demo data once, starts
// the API and then the web app, prefixes their output, and stops everything together.
//
// With no DATABASE_URL the seeder and the API each open the embedded PostgreSQL in .data/postgres, and two
// processes must never run a server on the same data folder: so the seeder runs to completion first, then the API.
//
// Ports: the embedded PostgreSQL (54329), the API (4000) and the web app (3000) each take the next free port when
// theirs is taken (a second checkout, a leftover server), and say so; a port set in EMBEDDED_PG_PORT, PORT or
// WEB_PORT is kept, and a taken one stops the start with a message. A child that fails is reported with its cause.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pickPort } from './ports.mjs';
import { newestMtime, webBuildStale } from './web-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Set by choosePorts() before any child starts.
let apiPort;
let webPort;
let apiUrl;
let webUrl;
const mailDir = process.env.MAIL_DIR || join(root, '.data/mail');
let childEnv = {
  ...process.env,
  // The web server signs its clients' addresses for the API with this (scripts/client-address.cjs): one per run
  // unless set, as both children get it from here.
  CLIENT_ADDRESS_SECRET: process.env.CLIENT_ADDRESS_SECRET || randomBytes(32).toString('base64url'),
  NEXT_TELEMETRY_DISABLED: '1',
};

const children = new Set();
let stopping = false;
let failed = false;

function log(message) {
  console.log(`[start] ${message}`);
}

function pipe(stream, prefix, target, remember) {
  // Children that already prefix their own lines (the seeder prints "[seed] ...") are not prefixed twice.
  createInterface({ input: stream }).on('line', (line) => {
    remember(line);
    target.write(line.startsWith(prefix) ? `${line}\n` : `${prefix} ${line}\n`);
  });
}

/** The last thing a child said that reads like a cause: an error line, else its last line. */
function causeOf(lines) {
  const text = lines.map((l) => l.trim()).filter(Boolean);
  const errorLine = [...text].reverse().find((l) => /error|fail|taken|cannot|could not|refused|denied|not found|EADDRINUSE|EACCES|ENOENT/i.test(l) && !/^\s*at /.test(l));
  const line = errorLine ?? text.at(-1);
  if (!line) return null;
  // The API logs JSON lines: show their message or error field.
  try {
    const o = JSON.parse(line);
    return String(o.error ?? o.message ?? o.event ?? line).slice(0, 400);
  } catch {
    return line.slice(0, 400);
  }
}

/** Runs a child with prefixed output; `exited` resolves with a description of how it ended. */
function run(name, command, args, env = childEnv) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`;
  const recent = [];
  const remember = (line) => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
  };
  pipe(child.stdout, prefix, process.stdout, remember);
  pipe(child.stderr, prefix, process.stderr, remember);
  children.add(child);
  child.exited = new Promise((resolve) => {
    child.on('close', (code, signal) => {
      children.delete(child);
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      const cause = code === 0 ? null : causeOf(recent);
      resolve({ ok: code === 0, how, cause });
    });
    child.on('error', (e) => {
      children.delete(child);
      resolve({ ok: false, how: 'did not start', cause: `${command}: ${e.message}` });
    });
  });
  return child;
}

function describe({ how, cause }) {
  return cause ? `${how}: ${cause}` : how;
}

async function runToEnd(name, command, args) {
  const end = await run(name, command, args).exited;
  if (stopping) return new Promise(() => {}); // stop() is shutting down and will exit the process
  if (!end.ok) {
    console.error(`[start] ${name} failed (${describe(end)})`);
    failed = true;
    await finish();
  }
}

/** Runs a long-lived child: if it exits while we are not stopping, stop the rest and fail. */
function runService(name, args, env) {
  const child = run(name, process.execPath, args, env);
  child.exited.then((end) => {
    if (stopping) return;
    console.error(`[start] ${name} stopped unexpectedly (${describe(end)}); stopping the rest`);
    failed = true;
    void stop('SIGTERM');
  });
  return child;
}

/** Chooses the three ports (see the top of this file); throws a message naming a taken port the user chose. */
async function choosePorts() {
  const env = process.env;
  const taken = new Set();
  const pick = async (o) => {
    const { port, note } = await pickPort({ ...o, avoid: taken });
    if (note) log(note);
    taken.add(port);
    return port;
  };
  if (!env.DATABASE_URL) {
    const dbPort = await pick({ name: 'the embedded PostgreSQL', variable: 'EMBEDDED_PG_PORT', value: env.EMBEDDED_PG_PORT, fallback: 54329 });
    childEnv.EMBEDDED_PG_PORT = String(dbPort);
  }
  apiPort = await pick({ name: 'the API', variable: 'PORT', value: env.PORT, fallback: 4000 });
  webPort = await pick({ name: 'the web app', variable: 'WEB_PORT', value: env.WEB_PORT, fallback: 3000 });
  apiUrl = env.API_URL || `http://localhost:${apiPort}/graphql`;
  webUrl = `http://localhost:${webPort}`;
  // The API only answers cross-origin calls from the web app's origin.
  childEnv = { ...childEnv, PORT: String(apiPort), WEB_ORIGIN: env.WEB_ORIGIN || webUrl };
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
  await choosePorts();

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
    const { port: mailPort, note } = await pickPort({ name: 'the mail catcher', variable: 'MAIL_CATCHER_PORT', value: process.env.MAIL_CATCHER_PORT, fallback: 1025, avoid: new Set([Number(apiPort), Number(webPort), Number(childEnv.EMBEDDED_PG_PORT)]) });
    if (note) log(note);
    runService('mail', [join(root, 'server/dist/dev/mail-catcher-cli.js')], { ...childEnv, MAIL_CATCHER_PORT: String(mailPort), MAIL_DIR: mailDir });
    childEnv.SMTP_URL = `smtp://127.0.0.1:${mailPort}`;
    await new Promise((r) => setTimeout(r, 500));
  }

  // 4. The API, then wait until it answers.
  const api = runService('api', [join(root, 'server/dist/main.js')], { ...childEnv, RUN_WORKER: process.env.RUN_WORKER ?? '1' });
  const healthUrl = `http://localhost:${apiPort}/health`;
  if (!(await waitFor(healthUrl, 'the API', 180_000, api))) return giveUp();

  // 5. Web build when web/.next is missing or older than the web sources, then the Next production server.
  if (webBuildStale()) {
    log('building the web app (under a minute)...');
    await runToEnd('web', process.execPath, [join(root, 'scripts/web-build.mjs'), '--if-stale']);
  }
  if (stopping) return;
  // DEMO_SIGN_IN=1 shows one-press demo sign-ins on the sign-in page (the seeded accounts); set it to 0 to hide them.
  const web = runService('web', [join(root, 'scripts/web-server.mjs'), String(webPort)], { ...childEnv, API_URL: apiUrl, DEMO_SIGN_IN: process.env.DEMO_SIGN_IN ?? '1', MAIL_DIR: mailDir });
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
