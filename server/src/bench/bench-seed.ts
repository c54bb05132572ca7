import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../db/data-source';
import { seedBookings } from '../db/seed/seed-bookings';
import { seedDemoMarket } from '../db/seed/seed-market';
import { seedPeople } from '../db/seed/seed-people';
import type { BenchScale } from './bench-scale';

// Creates, seeds and reuses the benchmark database (support_market_bench_<scale> on the server of DATABASE_URL).
// A finished seed writes its shape, time and counts into the database's COMMENT; a later run reuses the database
// when that comment names the same shape and the slots are still fresh, and starts again otherwise (a seed that
// stopped half way has no comment, so it is never reused).
//
// Seeding through the demo seeders, bulk style: the big tables' secondary indexes are dropped for the load and
// rebuilt afterwards (one sort per index instead of a million index insertions), and the market is written
// by two transactions at once, so PostgreSQL computes search vectors (offering_derive_trg) on both cores while Node
// generates the next batch.
export const META_VERSION = 2;
/** Slots run four weeks from the seeding day: after a week, reseed so every workload still has a future to book. */
export const MAX_AGE_DAYS = 7;
const SEED = 42;
/** Tables whose secondary indexes are built once after the load instead of row by row (keys and exclusions stay). */
const BULK_TABLES = ['offering', 'slot', 'booking', 'booking_event', 'booking_goal', 'budget_ledger', 'review'];

export interface BenchMeta {
  version: number;
  scale: BenchScale;
  seed: number;
  seededAt: string;
  seedSeconds: number;
  counts: Record<string, number>;
}

export interface BenchDatabase {
  url: string;
  name: string;
  reused: boolean;
  meta: BenchMeta;
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin<T>(adminUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function readMeta(adminUrl: string, name: string): Promise<BenchMeta | null | undefined> {
  return admin(adminUrl, async (c) => {
    const r = await c.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]);
    if (r.rows.length === 0) return undefined; // no such database
    try {
      return r.rows[0].comment ? (JSON.parse(r.rows[0].comment) as BenchMeta) : null;
    } catch {
      return null;
    }
  });
}

function reusable(meta: BenchMeta | null | undefined, scale: BenchScale, now = Date.now()): meta is BenchMeta {
  if (!meta || meta.version !== META_VERSION) return false;
  const s = meta.scale;
  const same = s.offerings === scale.offerings && s.providers === scale.providers && s.people === scale.people && s.maxSessionsPerWeek === scale.maxSessionsPerWeek;
  return same && now - Date.parse(meta.seededAt) < MAX_AGE_DAYS * 86_400_000;
}

export async function prepareBenchDatabase(o: {
  adminUrl: string;
  name: string;
  scale: BenchScale;
  reseed: boolean;
  log: (message: string) => void;
}): Promise<BenchDatabase> {
  const url = withDatabase(o.adminUrl, o.name);
  const existing = await readMeta(o.adminUrl, o.name);
  if (!o.reseed && reusable(existing, o.scale)) {
    o.log(`reusing ${o.name}: ${o.scale.name} scale seeded ${existing.seededAt} in ${existing.seedSeconds}s`);
    const ds = bulkDataSource(url);
    await ds.initialize();
    try {
      const applied = await runMigrations(ds);
      if (applied.length) {
        o.log(`applied new migrations: ${applied.join(', ')}; updating statistics`);
        await ds.query('ANALYZE');
      }
    } finally {
      await ds.destroy();
    }
    return { url, name: o.name, reused: true, meta: existing };
  }
  if (existing !== undefined) o.log(existing ? `${o.name} holds another shape or is over ${MAX_AGE_DAYS} days old: seeding it again` : `${o.name} has no finished seed: seeding it again`);
  await admin(o.adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${ident(o.name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${ident(o.name)}`);
  });
  const meta = await seed(url, o.scale, o.log);
  await admin(o.adminUrl, (c) => c.query(`COMMENT ON DATABASE ${ident(o.name)} IS ${literal(JSON.stringify(meta))}`));
  return { url, name: o.name, reused: false, meta };
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

function bulkDataSource(url: string): DataSource {
  return createDataSource(url, { poolSize: 4, applicationName: 'support-market-bench-seed', statementTimeoutMs: 0, notifications: false });
}

async function seed(url: string, scale: BenchScale, log: (m: string) => void): Promise<BenchMeta> {
  const started = performance.now();
  const at = () => `${((performance.now() - started) / 1000).toFixed(0)}s`;
  const say = (m: string) => log(`[${at()}] ${m}`);
  const ds = bulkDataSource(url);
  await ds.initialize();
  try {
    await runMigrations(ds);
    say(
      `seeding ${scale.offerings.toLocaleString('en-GB')} offerings, ${scale.providers.toLocaleString('en-GB')} providers, ` +
        `${scale.people.toLocaleString('en-GB')} people (${scale.name} scale)`,
    );
    const dropped = await dropSecondaryIndexes(ds, BULK_TABLES);
    say(`dropped ${dropped.length} secondary indexes of ${BULK_TABLES.join(', ')} for the bulk load`);
    const market = await seedDemoMarket(ds, {
      scale: 1,
      seed: SEED,
      providers: scale.providers,
      offerings: scale.offerings,
      maxSessionsPerWeek: scale.maxSessionsPerWeek,
      parallel: 2,
      onProgress: say,
    });
    const people = await seedPeople(ds, { scale: 1, seed: SEED, people: scale.people, onProgress: say });
    const bookings = await seedBookings(ds, { seed: SEED, onProgress: say });
    await rebuildIndexes(ds, dropped, say);
    say('VACUUM ANALYZE (visibility map and planner statistics)...');
    await ds.query('VACUUM ANALYZE');
    const seedSeconds = Math.round((performance.now() - started) / 1000);
    say(`seeded in ${seedSeconds}s`);
    return {
      version: META_VERSION,
      scale,
      seed: SEED,
      seededAt: new Date().toISOString(),
      seedSeconds,
      counts: {
        providers: market.providers,
        offerings: market.offerings,
        publishedOfferings: market.publishedOfferings,
        slots: market.slots + bookings.pastSlots,
        people: people.people,
        budgets: people.budgets,
        bookings: bookings.completed + bookings.noShows + bookings.cancelled + bookings.declined + bookings.upcoming,
        reviews: bookings.reviews,
      },
    };
  } finally {
    await ds.destroy();
  }
}

interface IndexDef {
  name: string;
  def: string;
  bytes: number;
}

/**
 * Indexes the load itself reads, kept: the "Checked provider" trigger (db/functions/provider-checked.sql) reads a
 * provider's offerings after every insert of offerings. Without this index that read is a scan of the whole table
 * per statement, and seeding slowed down as the table grew (100,000 offerings in 278 s; the full scale in hours).
 */
const KEPT_FOR_THE_LOAD = ['offering_provider_idx'];

/** Drops the tables' indexes that back no constraint (keys and exclusions stay); returns their definitions. */
async function dropSecondaryIndexes(ds: DataSource, tables: string[]): Promise<IndexDef[]> {
  const found: IndexDef[] = await ds.query(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def, 0 AS bytes
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        AND i.relname <> ALL($2)
      ORDER BY i.relname`,
    [tables, KEPT_FOR_THE_LOAD],
  );
  for (const ix of found) await ds.query(`DROP INDEX ${ident(ix.name)}`);
  return found;
}

/** Builds the indexes again, two at a time, the slowest kinds (GIN, GiST) first. */
async function rebuildIndexes(ds: DataSource, defs: IndexDef[], say: (m: string) => void): Promise<void> {
  const weight = (d: IndexDef) => (/USING gin/i.test(d.def) ? 0 : /USING gist/i.test(d.def) ? 1 : 2);
  const queue = [...defs].sort((a, b) => weight(a) - weight(b));
  say(`building ${queue.length} indexes...`);
  await Promise.all(
    [0, 1].map(async () => {
      const qr = ds.createQueryRunner();
      await qr.connect();
      try {
        await qr.query(`SET maintenance_work_mem = '1GB'`);
        for (let ix = queue.shift(); ix; ix = queue.shift()) {
          const t = performance.now();
          await qr.query(ix.def);
          say(`  ${ix.name} (${((performance.now() - t) / 1000).toFixed(1)}s)`);
        }
      } finally {
        await qr.release();
      }
    }),
  );
}
