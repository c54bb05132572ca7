import { seedProviderContact } from './contact-factory';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/account/password';
import { OfferingStatus } from '../../modules/catalogue/catalogue.enums';
import { ProviderKind } from '../../modules/provider/provider.enums';
import { rows } from '../sql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROVIDER_OWNER_EMAIL, DEMO_PROVIDERS } from './demo-accounts';
import { categoryWeights, marketTotals, planMarket } from './market-plan';
import { MarketWriter, parallelSink, serialSink, type BatchSink, type WrittenCounts } from './market-writer';
import { areaName, personName, providerDescription, providerName, providerWebsite } from './names';
import { buildOffering, type SeedCategory, type SeedDistrict, type SeedProvider } from './offering-factory';
import { Random } from './random';
import { SlotCalendar, defaultSeedNow } from './slot-calendar';

// The demo market: accounts, providers, offerings and four weeks of slots over the reference data the migrations
// load. Deterministic: one seed gives the same rows, ids and slot times included, for the same `now`.
// Later seeding steps (people, plans, budgets, bookings) live in their own files and take their own Random stream.
export interface SeedMarketOptions {
  /** Multiplies the 1,500 providers and 6,000 offerings of scale 1. */
  scale: number;
  seed: number;
  /** The seeding clock; defaults to the next UTC midnight, so that runs on one day agree. */
  now?: Date;
  onProgress?: (message: string) => void;
  /** Exact totals instead of the scale's: the benchmark's national market is 20,000 providers and 1,000,000 offerings. */
  providers?: number;
  offerings?: number;
  /** At most this many sessions a week per offering (default 3), so a national market's slot table stays sane. */
  maxSessionsPerWeek?: number;
  /**
   * Bulk load: write with this many transactions at once (default 1: one transaction, all or nothing). Rows and ids
   * are the same either way; only atomicity is given up, so a bulk caller records completion itself.
   */
  parallel?: number;
}

export interface SeedMarketCounts extends WrittenCounts {
  seconds: number;
}

/**
 * Tables the seeder writes (and --reset empties). Reference tables (places, categories) are never touched.
 * offering_reach is written by offering's triggers; it is named here because the reset turns TRUNCATE triggers off.
 */
export const SEEDED_TABLES = ['slot', 'offering_reach', 'offering', 'provider', 'throttle', 'app_user'] as const;

const DAY_MS = 86_400_000;
const DEMO_DOMAIN = 'providers.demo.supportmarket.uk';
const NEIGHBOURS = 8;

const VERIFIED: Record<ProviderKind, number> = {
  [ProviderKind.USER_LED_ORGANISATION]: 0.55,
  [ProviderKind.CHARITY]: 0.8,
  [ProviderKind.SOCIAL_ENTERPRISE]: 0.7,
  [ProviderKind.MICRO_ENTERPRISE]: 0.5,
  [ProviderKind.PERSONAL_ASSISTANT]: 0.45,
  [ProviderKind.PRIVATE_COMPANY]: 0.65,
  [ProviderKind.PUBLIC_BODY]: 0.95,
};

const PEER_LED: Record<ProviderKind, number> = {
  [ProviderKind.USER_LED_ORGANISATION]: 0.9,
  [ProviderKind.CHARITY]: 0.25,
  [ProviderKind.SOCIAL_ENTERPRISE]: 0.2,
  [ProviderKind.MICRO_ENTERPRISE]: 0.25,
  [ProviderKind.PERSONAL_ASSISTANT]: 0.15,
  [ProviderKind.PRIVATE_COMPANY]: 0.05,
  [ProviderKind.PUBLIC_BODY]: 0.1,
};

export async function countProviders(ds: DataSource): Promise<number> {
  const [row] = await rows<{ n: number }>(ds.manager, `SELECT count(*)::int AS n FROM provider`);
  return row.n;
}

const REFERENCE_TABLES = ['local_authority', 'postcode_district', 'category'];

/** Empties everything the seeder writes (and, by CASCADE, whatever refers to it); keeps the reference data. */
export async function resetDemoMarket(ds: DataSource): Promise<void> {
  await ds.transaction(async (db) => {
    // Some tables refuse TRUNCATE by design (budget_ledger is append-only). Emptying demo data is the one
    // exception: their TRUNCATE triggers are off for this transaction only (ALTER TABLE is transactional).
    const guards = await rows<{ table_name: string; trigger_name: string }>(
      db,
      `SELECT c.relname AS table_name, t.tgname AS trigger_name
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled <> 'D'
          AND (t.tgtype & 32) <> 0 AND c.relname <> ALL($1::text[])`,
      [REFERENCE_TABLES],
    );
    const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
    for (const g of guards) await db.query(`ALTER TABLE ${ident(g.table_name)} DISABLE TRIGGER ${ident(g.trigger_name)}`);
    await db.query(`TRUNCATE ${SEEDED_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    for (const g of guards) await db.query(`ALTER TABLE ${ident(g.table_name)} ENABLE TRIGGER ${ident(g.trigger_name)}`);
  });
}

export async function seedDemoMarket(ds: DataSource, options: SeedMarketOptions): Promise<SeedMarketCounts> {
  const { scale, seed } = options;
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 1000)) throw new Error(`The seeding scale must be a number above 0 and at most 1000 (got ${scale}).`);
  if (!Number.isSafeInteger(seed)) throw new Error(`The seed must be a whole number (got ${seed}).`);
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) / 100) / 10;
  const progress = options.onProgress ?? (() => {});
  const now = (options.now ?? defaultSeedNow()).getTime();
  const rng = new Random(seed, 'market');
  const slotRng = new Random(seed, 'market-slots');

  const [districts, categories] = await Promise.all([loadDistricts(ds.manager), loadCategories(ds.manager)]);
  if (districts.length === 0 || categories.length === 0) throw new Error('The reference data is missing: run the migrations first.');
  const districtByOutcode = new Map(districts.map((d) => [d.outcode, d]));
  const categoryBySlug = new Map(categories.map((c) => [c.slug, c]));
  const slugs = categories.map((c) => c.slug);
  const weightsByKind = new Map(Object.values(ProviderKind).map((k) => [k, categoryWeights(k, slugs)]));
  const exact = options.providers !== undefined || options.offerings !== undefined
    ? { providers: options.providers ?? marketTotals(scale).providers, offerings: options.offerings ?? marketTotals(scale).offerings }
    : undefined;
  const plan = planMarket(rng, scale, slugs, DEMO_PROVIDERS.map((p) => ({ kind: p.kind as ProviderKind, offerings: p.offerings.length })), exact);
  const calendar = new SlotCalendar(new Date(now));

  // Argon2id is slow on purpose: hash once for the demo password and once for the owners' password nobody knows.
  const [demoHash, ownerHash] = await Promise.all([hashPassword(DEMO_PASSWORD), hashPassword(randomBytes(32).toString('base64url'))]);
  progress(`seeding ${fmt(plan.providerTotal)} providers and ${fmt(plan.offeringTotal)} offerings (scale ${scale}, seed ${seed})`);

  const parallel = options.parallel ?? 1;
  if (parallel > 1) return write(parallelSink(ds, parallel));
  return ds.transaction((db) => write(serialSink(db)));

  async function write(sink: BatchSink): Promise<SeedMarketCounts> {
    const w = new MarketWriter(sink);
    const report = () =>
      progress(
        `providers ${fmt(w.written.providers)}/${fmt(plan.providerTotal)} · offerings ${fmt(w.written.offerings)}/${fmt(plan.offeringTotal)}` +
          ` · slots ${fmt(w.written.slots)} · ${elapsed()}s`,
      );

    let flushes = 0;
    const accountIds = new Map<string, string>();
    for (const a of DEMO_ACCOUNTS) {
      const id = rng.uuid();
      accountIds.set(a.email, id);
      w.addUser({ id, email: a.email, name: a.name, role: a.role, passwordHash: demoHash, localAuthorityCode: a.localAuthorityCode, createdAt: now - 400 * DAY_MS });
    }

    const emit = (
      provider: SeedProvider,
      fields: { ownerId: string; name: string; description: string; website: string | null; base: SeedDistrict; verified: boolean },
      offerings: { category: SeedCategory; status?: OfferingStatus; district: SeedDistrict }[],
    ): number => {
      let earliest = now;
      const built = offerings.map((o) =>
        buildOffering(rng, { provider, category: o.category, district: o.district, status: o.status, now, calendar, slotRng, maxSessionsPerWeek: options.maxSessionsPerWeek }),
      );
      for (const b of built) earliest = Math.min(earliest, b.offering.createdAt);
      const createdAt = Math.floor((earliest - rng.between(1, 60) * DAY_MS) / 60_000) * 60_000;
      w.addProvider({
        id: provider.id,
        ownerId: fields.ownerId,
        name: fields.name,
        kind: provider.kind,
        description: fields.description,
        website: fields.website,
        baseOutcode: fields.base.outcode,
        verified: fields.verified,
        peerLed: provider.peerLed,
        createdAt,
        updatedAt: createdAt,
        ...seedProviderContact(provider.id, fields.name),
      });
      for (const b of built) {
        w.addOffering(b.offering);
        for (const s of b.slots) w.addSlot(s);
      }
      return createdAt;
    };

    // The demo provider account's own organisations, in Manchester.
    const demoOwner = accountIds.get(DEMO_PROVIDER_OWNER_EMAIL)!;
    for (const p of DEMO_PROVIDERS) {
      const base = districtByOutcode.get(p.baseOutcode);
      if (!base) throw new Error(`The demo provider base ${p.baseOutcode} is not a known postcode district.`);
      const provider: SeedProvider = { id: rng.uuid(), kind: p.kind as ProviderKind, peerLed: p.peerLed, person: { first: 'Priya', last: 'Shah' } };
      emit(
        provider,
        { ownerId: demoOwner, name: p.name, description: p.description, website: p.website, base, verified: p.verified },
        p.offerings.map((o) => ({ category: categoryOrFail(categoryBySlug, o.categorySlug), status: o.status as OfferingStatus, district: base })),
      );
    }

    for (const [i, planned] of plan.providers.entries()) {
      const kind = planned.kind;
      const provider: SeedProvider = { id: rng.uuid(), kind, peerLed: rng.chance(PEER_LED[kind]), person: personName(rng) };
      const ownerId = rng.uuid();
      const base = rng.pick(districts);
      const name = providerName(rng, kind, base.area, provider.person);
      const description = providerDescription(rng, kind, base.area, provider.person, provider.peerLed);
      const website = rng.chance(kind === ProviderKind.PERSONAL_ASSISTANT ? 0.1 : 0.55) ? providerWebsite(name) : null;
      const verified = rng.chance(VERIFIED[kind]);
      const chosen = chooseCategories(rng, planned.offerings, planned.forcedCategories, weightsByKind.get(kind)!);
      const offerings = chosen.map((slug, n) => ({ category: categoryBySlug.get(slug)!, district: offeringDistrict(rng, base, n, kind) }));
      const createdAt = emit(provider, { ownerId, name, description, website, base, verified }, offerings);
      w.addUser({
        id: ownerId,
        email: `owner-${i + 1}@${DEMO_DOMAIN}`,
        name: `${provider.person.first} ${provider.person.last}`,
        role: 'PROVIDER',
        passwordHash: ownerHash,
        localAuthorityCode: null,
        createdAt: createdAt - 3_600_000,
      });
      if (w.full) {
        await w.flush();
        if (++flushes % (parallel > 1 ? 20 : 1) === 0) report();
      }
    }
    await w.finish();
    report();
    return { ...w.written, seconds: elapsed() };
  }
}

function fmt(n: number): string {
  return n.toLocaleString('en-GB');
}

function categoryOrFail(bySlug: Map<string, SeedCategory>, slug: string): SeedCategory {
  const c = bySlug.get(slug);
  if (!c) throw new Error(`The demo data needs the category "${slug}", which the database does not have.`);
  return c;
}

/** The forced categories first, then draws by the kind's weights, avoiding repeats where the menu allows. */
function chooseCategories(rng: Random, count: number, forced: readonly string[], weights: readonly (readonly [string, number])[]): string[] {
  const chosen = [...forced];
  while (chosen.length < count) {
    let slug = rng.weighted(weights);
    for (let tries = 0; tries < 2 && chosen.includes(slug); tries++) slug = rng.weighted(weights);
    chosen.push(slug);
  }
  return chosen;
}

/** A provider's offerings cluster around its base: most at the base, the rest in the nearest districts. */
function offeringDistrict(rng: Random, base: SeedDistrict, index: number, kind: ProviderKind): SeedDistrict {
  if (index === 0 || rng.chance(0.55) || base.neighbours.length === 0) return base;
  const reach = kind === ProviderKind.PERSONAL_ASSISTANT ? 3 : NEIGHBOURS;
  return rng.pick(base.neighbours.slice(0, reach));
}

async function loadCategories(db: EntityManager): Promise<SeedCategory[]> {
  return rows<SeedCategory>(db, `SELECT id, slug, name, description, life_areas::text[] AS "lifeAreas" FROM category ORDER BY position, slug`);
}

/** Districts in outcode order, each with its nearest neighbours on the same flat projection the schema uses. */
async function loadDistricts(db: EntityManager): Promise<SeedDistrict[]> {
  const found = await rows<{ outcode: string; latitude: number; longitude: number; local_authority_code: string; name: string }>(
    db,
    `SELECT d.outcode, d.latitude, d.longitude, d.local_authority_code, la.name
       FROM postcode_district d JOIN local_authority la ON la.code = d.local_authority_code
      ORDER BY d.outcode COLLATE "C"`,
  );
  const districts: SeedDistrict[] = found.map((r) => ({
    outcode: r.outcode,
    localAuthorityCode: r.local_authority_code,
    area: areaName(r.name),
    x: (r.longitude + 2) * 65.43,
    y: r.latitude * 111.2,
    neighbours: [],
  }));
  for (const d of districts) {
    const nearest: { d: SeedDistrict; dist: number }[] = [];
    for (const o of districts) {
      if (o === d) continue;
      const dist = (o.x - d.x) ** 2 + (o.y - d.y) ** 2;
      if (nearest.length === NEIGHBOURS && dist >= nearest[NEIGHBOURS - 1].dist) continue;
      let at = nearest.length;
      while (at > 0 && nearest[at - 1].dist > dist) at--;
      nearest.splice(at, 0, { d: o, dist });
      if (nearest.length > NEIGHBOURS) nearest.pop();
    }
    d.neighbours = nearest.map((n) => n.d);
  }
  return districts;
}
