import type { DataSource, EntityManager } from 'typeorm';

// Buffers seeded rows and writes them with one multi-row INSERT ... SELECT FROM unnest(...) per few thousand rows,
// never a round trip per row. Flushes in foreign-key order (users, providers, offerings, slots), so a caller can
// add a provider with its offerings and slots and flush whenever the buffers are full. Each flush is one unit of
// work handed to a sink: by default the caller's transaction, in order; for bulk loads (the national benchmark
// market) a few transactions at once, so PostgreSQL builds search vectors on both cores while Node generates rows.
export type WriteUnit = (db: EntityManager) => Promise<void>;

export interface BatchSink {
  /** Runs the unit, or starts it and returns once there is room for another. */
  run(unit: WriteUnit): Promise<void>;
  /** Waits for every unit started; rethrows the first failure. */
  drain(): Promise<void>;
}

/** Every unit in the one transaction given, one after another (deterministic, all or nothing). */
export function serialSink(db: EntityManager): BatchSink {
  return { run: (unit) => unit(db), drain: async () => {} };
}

/**
 * Up to `parallel` units at once, each in its own transaction. Units must not depend on each other (each flush
 * carries its providers' owners, offerings and slots together), and the load is not atomic: a caller that needs
 * all or nothing must record completion itself.
 */
export function parallelSink(ds: DataSource, parallel: number): BatchSink {
  const running = new Set<Promise<void>>();
  let failure: unknown = null;
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async run(unit) {
      check();
      while (running.size >= parallel) await Promise.race(running);
      check();
      const p: Promise<void> = ds
        .transaction(unit)
        .catch((e) => {
          failure ??= e;
        })
        .finally(() => running.delete(p));
      running.add(p);
    },
    async drain() {
      await Promise.all(running);
      check();
    },
  };
}
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: 'PERSON' | 'PROVIDER' | 'COMMISSIONER' | 'ADMIN';
  passwordHash: string;
  localAuthorityCode: string | null;
  createdAt: number;
}

export interface ProviderRow {
  id: string;
  ownerId: string;
  name: string;
  kind: string;
  description: string;
  website: string | null;
  baseOutcode: string;
  verified: boolean;
  peerLed: boolean;
  createdAt: number;
  updatedAt: number;
  contactEmail?: string | null;
  contactPhone?: string | null;
  contactHours?: string | null;
  accessibility?: string[];
}

export interface OfferingRow {
  id: string;
  providerId: string;
  categoryId: string;
  title: string;
  summary: string;
  description: string;
  lifeAreas: string[];
  deliveryModes: string[];
  languages: string[];
  accessibility: string[];
  pricePence: number;
  priceUnit: string;
  sessionMinutes: number;
  baseOutcode: string;
  serviceRadiusKm: number;
  minimumAge: number | null;
  maximumAge: number | null;
  status: string;
  ratingCount: number;
  ratingSum: number;
  publishedAt: number | null;
  createdAt: number;
  updatedAt: number;
  venueAddress?: string | null;
  venueOutcode?: string | null;
}

export interface SlotRow {
  id: string;
  offeringId: string;
  startsAt: number;
  endsAt: number;
  capacity: number;
  booked: number;
  createdAt: number;
}

export interface WrittenCounts {
  users: number;
  providers: number;
  offerings: number;
  publishedOfferings: number;
  slots: number;
}

const BATCH = { users: 2000, providers: 2000, offerings: 2000, slots: 5000 };

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export class MarketWriter {
  private users: UserRow[] = [];
  private providers: ProviderRow[] = [];
  /** Seeded "checked" providers: "checked" is derived from evidence, so they get the evidence it needs. */
  private readonly checkedProviders = new Set<string>();
  private offerings: OfferingRow[] = [];
  private slots: SlotRow[] = [];
  readonly written: WrittenCounts = { users: 0, providers: 0, offerings: 0, publishedOfferings: 0, slots: 0 };

  constructor(private readonly sink: BatchSink) {}

  addUser(row: UserRow): void {
    this.users.push(row);
  }

  addProvider(row: ProviderRow): void {
    if (row.verified) this.checkedProviders.add(row.id);
    this.providers.push(row);
  }

  addOffering(row: OfferingRow): void {
    this.offerings.push(row);
  }

  addSlot(row: SlotRow): void {
    this.slots.push(row);
  }

  get full(): boolean {
    return this.offerings.length >= BATCH.offerings || this.slots.length >= BATCH.slots;
  }

  /** Hands the buffered rows to the sink as one unit; with a parallel sink, returns before they are written. */
  async flush(): Promise<void> {
    const [users, providers, offerings, slots] = [this.users, this.providers, this.offerings, this.slots];
    this.users = [];
    this.providers = [];
    this.offerings = [];
    this.slots = [];
    if (!users.length && !providers.length && !offerings.length && !slots.length) return;
    await this.sink.run(async (db) => {
      await this.drain(db, users, BATCH.users, (d, b) => this.insertUsers(d, b));
      await this.drain(db, providers, BATCH.providers, (d, b) => this.insertProviders(d, b));
      await this.drain(db, offerings, BATCH.offerings, (d, b) => this.insertOfferings(d, b));
      await this.drain(db, slots, BATCH.slots, (d, b) => this.insertSlots(d, b));
    });
  }

  /** Waits until everything flushed is written. */
  async finish(): Promise<void> {
    await this.flush();
    await this.sink.drain();
  }

  private async drain<T>(db: EntityManager, buffer: T[], size: number, insert: (db: EntityManager, batch: T[]) => Promise<void>): Promise<void> {
    for (let i = 0; i < buffer.length; i += size) await insert(db, buffer.slice(i, i + size));
  }

  private async insertUsers(db: EntityManager, b: UserRow[]): Promise<void> {
    await db.query(
      `INSERT INTO app_user (id, email, name, role, password_hash, local_authority_code, created_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::user_role[], $5::text[], $6::text[], $7::timestamptz[])`,
      [b.map((u) => u.id), b.map((u) => u.email), b.map((u) => u.name), b.map((u) => u.role), b.map((u) => u.passwordHash),
        b.map((u) => u.localAuthorityCode), b.map((u) => iso(u.createdAt))],
    );
    this.written.users += b.length;
  }

  private async insertProviders(db: EntityManager, b: ProviderRow[]): Promise<void> {
    await db.query(
      `INSERT INTO provider (id, owner_id, name, kind, description, website, base_outcode, verified, peer_led, created_at, updated_at,
                             contact_email, contact_phone, contact_hours, accessibility)
       SELECT id, owner_id, name, kind, description, website, base_outcode, verified, peer_led, created_at, updated_at,
              contact_email, contact_phone, contact_hours, string_to_array(accessibility, '|')
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::provider_kind[], $5::text[], $6::text[], $7::text[],
                   $8::bool[], $9::bool[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::text[], $14::text[], $15::text[])
         AS t(id, owner_id, name, kind, description, website, base_outcode, verified, peer_led, created_at, updated_at,
              contact_email, contact_phone, contact_hours, accessibility)`,
      [b.map((p) => p.id), b.map((p) => p.ownerId), b.map((p) => p.name), b.map((p) => p.kind), b.map((p) => p.description),
        b.map((p) => p.website), b.map((p) => p.baseOutcode), b.map((p) => p.verified), b.map((p) => p.peerLed),
        b.map((p) => iso(p.createdAt)), b.map((p) => iso(p.updatedAt)), b.map((p) => p.contactEmail ?? null),
        b.map((p) => p.contactPhone ?? null), b.map((p) => p.contactHours ?? null), b.map((p) => (p.accessibility ?? []).join('|'))],
    );
    this.written.providers += b.length;
    await this.recordEvidence(db, b.filter((p) => p.verified).map((p) => p.id));
  }

  /**
   * Verified, in-date evidence of every kind a seeded "checked" provider must hold for what it offers so far (the
   * rule is the database's, db/functions/provider-checked.sql), so the derived badge matches the seed's choice.
   * Run after its provider row and again after each batch of its offerings, which can add to what it must hold.
   */
  private async recordEvidence(db: EntityManager, providerIds: string[]): Promise<void> {
    if (!providerIds.length) return;
    await db.query(
      `INSERT INTO provider_verification (provider_id, kind, status, reference, expires_on, checked_at, submitted_at)
       SELECT p.id, k, 'VERIFIED', 'DEMO-' || upper(left(replace(p.id::text, '-', ''), 10)),
              CASE WHEN k IN ('PUBLIC_LIABILITY_INSURANCE', 'DBS_CHECK') THEN current_date + 300 END, now(), now()
         FROM unnest($1::uuid[]) p(id), unnest(provider_required_evidence(p.id)) k
        WHERE NOT EXISTS (SELECT 1 FROM provider_verification v WHERE v.provider_id = p.id AND v.kind = k AND v.status = 'VERIFIED')`,
      [providerIds],
    );
  }

  // Arrays per row travel as delimited text (unnest cannot take ragged 2-D arrays); latitude, longitude and
  // search_vector are filled by offering_derive_trg from base_outcode and the text.
  private async insertOfferings(db: EntityManager, b: OfferingRow[]): Promise<void> {
    await db.query(
      `INSERT INTO offering (id, provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages,
                             accessibility, price_pence, price_unit, session_minutes, base_outcode, service_radius_km,
                             minimum_age, maximum_age, status, rating_count, rating_sum, published_at, created_at, updated_at,
                             venue_address, venue_outcode)
       SELECT id, provider_id, category_id, title, summary, description,
              string_to_array(life_areas, ',')::life_area[], string_to_array(delivery_modes, ',')::delivery_mode[],
              string_to_array(languages, ','), string_to_array(accessibility, '|'),
              price_pence, price_unit, session_minutes, base_outcode, service_radius_km, minimum_age, maximum_age, status,
              rating_count, rating_sum, published_at, created_at, updated_at, venue_address, venue_outcode
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::int[], $12::price_unit[], $13::int[], $14::text[], $15::float8[], $16::int[], $17::int[],
                   $18::offering_status[], $19::int[], $20::int[], $21::timestamptz[], $22::timestamptz[], $23::timestamptz[],
                   $24::text[], $25::text[])
         AS t(id, provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages, accessibility,
              price_pence, price_unit, session_minutes, base_outcode, service_radius_km, minimum_age, maximum_age, status,
              rating_count, rating_sum, published_at, created_at, updated_at, venue_address, venue_outcode)`,
      [b.map((o) => o.id), b.map((o) => o.providerId), b.map((o) => o.categoryId), b.map((o) => o.title), b.map((o) => o.summary),
        b.map((o) => o.description), b.map((o) => o.lifeAreas.join(',')), b.map((o) => o.deliveryModes.join(',')),
        b.map((o) => o.languages.join(',')), b.map((o) => o.accessibility.join('|')), b.map((o) => o.pricePence),
        b.map((o) => o.priceUnit), b.map((o) => o.sessionMinutes), b.map((o) => o.baseOutcode), b.map((o) => o.serviceRadiusKm),
        b.map((o) => o.minimumAge), b.map((o) => o.maximumAge), b.map((o) => o.status), b.map((o) => o.ratingCount),
        b.map((o) => o.ratingSum), b.map((o) => isoOrNull(o.publishedAt)), b.map((o) => iso(o.createdAt)), b.map((o) => iso(o.updatedAt)),
        b.map((o) => o.venueAddress ?? null), b.map((o) => o.venueOutcode ?? null)],
    );
    this.written.offerings += b.length;
    await this.recordEvidence(db, [...new Set(b.map((o) => o.providerId).filter((id) => this.checkedProviders.has(id)))]);
    this.written.publishedOfferings += b.filter((o) => o.status === 'PUBLISHED').length;
  }

  private async insertSlots(db: EntityManager, b: SlotRow[]): Promise<void> {
    await db.query(
      `INSERT INTO slot (id, offering_id, starts_at, ends_at, capacity, booked, created_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::int[], $7::timestamptz[])`,
      [b.map((s) => s.id), b.map((s) => s.offeringId), b.map((s) => iso(s.startsAt)), b.map((s) => iso(s.endsAt)),
        b.map((s) => s.capacity), b.map((s) => s.booked), b.map((s) => iso(s.createdAt))],
    );
    this.written.slots += b.length;
  }
}
