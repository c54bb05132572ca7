#!/usr/bin/env node
// The benchmark's PostgreSQL settings (deploy/postgres/performance.conf, which docker-compose's PostgreSQL includes)
// on a PostgreSQL server of your own, through ALTER SYSTEM; then restarts it where it can (pg_ctlcluster, Debian and
// Ubuntu), since shared_buffers only changes at a restart.
//   node scripts/postgres-settings.mjs show            what the server runs with now, beside the file's values
//   node scripts/postgres-settings.mjs apply           ALTER SYSTEM SET each of the file's settings, then restart
//   node scripts/postgres-settings.mjs reset           ALTER SYSTEM RESET each of them (the defaults), then restart
// The server: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres (a superuser is needed).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'deploy/postgres/performance.conf');
const settings = readFileSync(file, 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean)
  .map((l) => {
    const m = /^([a-z_]+)\s*=\s*(.+)$/.exec(l);
    if (!m) throw new Error(`${file}: cannot read "${l}"`);
    return { name: m[1], value: m[2].replace(/^'(.*)'$/, '$1') };
  });

const action = process.argv[2];
if (!['show', 'apply', 'reset'].includes(action)) {
  console.error('Usage: node scripts/postgres-settings.mjs show|apply|reset');
  process.exit(2);
}
const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const client = new pg.Client({ connectionString: url });
await client.connect();
const show = async () => {
  const { rows } = await client.query(`SELECT name, setting, unit, pending_restart FROM pg_settings WHERE name = ANY($1) ORDER BY name`, [settings.map((s) => s.name)]);
  for (const r of rows) {
    const wanted = settings.find((s) => s.name === r.name).value;
    console.log(`${r.name.padEnd(32)} ${`${r.setting}${r.unit ? ` ${r.unit}` : ''}`.padEnd(16)} file: ${wanted}${r.pending_restart ? '  (changed: needs a restart)' : ''}`);
  }
};
try {
  if (action === 'show') {
    await show();
  } else {
    for (const s of settings) {
      const sql = action === 'apply' ? `ALTER SYSTEM SET ${s.name} = '${s.value.replace(/'/g, "''")}'` : `ALTER SYSTEM RESET ${s.name}`;
      console.log(sql);
      await client.query(sql);
    }
    await client.query('SELECT pg_reload_conf()');
    const { rows } = await client.query(`SELECT setting FROM pg_settings WHERE name = 'server_version_num'`);
    const major = String(Math.floor(Number(rows[0].setting) / 10000));
    await client.end();
    const clusters = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
    if (clusters.includes(major)) {
      console.log(`restarting PostgreSQL ${major} (pg_ctlcluster)...`);
      execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', major, 'main', 'restart'], { stdio: 'inherit' });
    } else {
      console.log('Restart PostgreSQL now: shared_buffers changes only at a restart.');
    }
    const again = new pg.Client({ connectionString: url });
    for (let i = 0; ; i++) {
      try {
        await again.connect();
        break;
      } catch (e) {
        if (i > 60) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    await again.query('SELECT 1');
    const { rows: now } = await again.query(`SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1) ORDER BY name`, [settings.map((s) => s.name)]);
    for (const r of now) console.log(`  ${r.name} = ${r.setting}${r.unit ? ` ${r.unit}` : ''}`);
    await again.end();
    process.exit(0);
  }
} finally {
  await client.end().catch(() => {});
}
