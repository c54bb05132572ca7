import type { EntityManager } from 'typeorm';
import { one, prefixed, rows, unprefixed } from '../../db/sql';
import type { DeliveryMode, OfferingStatus, PriceUnit } from './catalogue.enums';
import type { LifeArea } from './life-area';
import { PROVIDER_COLUMNS, toProvider, type Provider, type ProviderRow } from '../provider/provider.entity';
import { OFFERING_COLUMNS, toOffering, type Offering, type OfferingRow } from './offering.entity';
import { SLOT_COLUMNS, toSlot, type Slot, type SlotRow } from './slot.entity';
import { buildCount, buildSearch, sortKeyOf, type EffectiveSort, type SearchCriteria } from './offering-search';

/** A search result as its card shows it: the offering, its provider and its first free future slot. */
export interface OfferingCard {
  offering: Offering;
  provider: Provider;
  nextSlot: Slot | null;
}

export interface OfferingFields {
  categoryId: string;
  title: string;
  summary: string;
  description: string;
  lifeAreas: LifeArea[];
  deliveryModes: DeliveryMode[];
  languages: string[];
  accessibility: string[];
  pricePence: number;
  priceUnit: PriceUnit;
  sessionMinutes: number;
  baseOutcode: string;
  serviceRadiusKm: number;
  minimumAge: number | null;
  maximumAge: number | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactWebsite: string | null;
  contactHours: string | null;
  venueAddress: string | null;
  venueOutcode: string | null;
}

const fieldParams = (f: OfferingFields) => [
  f.categoryId, f.title, f.summary, f.description, f.lifeAreas, f.deliveryModes, f.languages, f.accessibility,
  f.pricePence, f.priceUnit, f.sessionMinutes, f.baseOutcode, f.serviceRadiusKm, f.minimumAge, f.maximumAge,
  f.contactEmail, f.contactPhone, f.contactWebsite, f.contactHours, f.venueAddress, f.venueOutcode,
];

export const OfferingRepository = {
  async insert(db: EntityManager, providerId: string, f: OfferingFields): Promise<Offering> {
    const row = await one<OfferingRow>(
      db,
      `INSERT INTO offering AS o (provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages,
         accessibility, price_pence, price_unit, session_minutes, base_outcode, service_radius_km, minimum_age, maximum_age,
         contact_email, contact_phone, contact_website, contact_hours, venue_address, venue_outcode, latitude, longitude)
       VALUES ($1, $2, $3, $4, $5, $6::life_area[], $7::delivery_mode[], $8, $9, $10, $11, $12, $13, $14, $15, $16,
         $17, $18, $19, $20, $21, $22, 0, 0)
       RETURNING ${OFFERING_COLUMNS('o')}`,
      [providerId, ...fieldParams(f)],
    );
    return toOffering(row!);
  },

  async update(db: EntityManager, id: string, f: OfferingFields): Promise<Offering> {
    const row = await one<OfferingRow>(
      db,
      `UPDATE offering AS o SET category_id = $2, title = $3, summary = $4, description = $5, life_areas = $6::life_area[],
         delivery_modes = $7::delivery_mode[], languages = $8, accessibility = $9, price_pence = $10, price_unit = $11,
         session_minutes = $12, base_outcode = $13, service_radius_km = $14, minimum_age = $15, maximum_age = $16,
         contact_email = $17, contact_phone = $18, contact_website = $19, contact_hours = $20, venue_address = $21, venue_outcode = $22,
         updated_at = now()
       WHERE id = $1 RETURNING ${OFFERING_COLUMNS('o')}`,
      [id, ...fieldParams(f)],
    );
    return toOffering(row!);
  },

  /** Moves to `to` only from one of `from`; null when the offering was in another state. */
  async transition(db: EntityManager, id: string, from: OfferingStatus[], to: OfferingStatus): Promise<Offering | null> {
    const row = await one<OfferingRow>(
      db,
      `UPDATE offering AS o SET status = $3::offering_status,
         published_at = CASE WHEN $3::offering_status = 'PUBLISHED' THEN coalesce(o.published_at, now()) ELSE o.published_at END,
         suspension_hold = false, updated_at = now()
       WHERE id = $1 AND status = ANY($2::offering_status[]) RETURNING ${OFFERING_COLUMNS('o')}`,
      [id, from, to],
    );
    return row ? toOffering(row) : null;
  },

  async lockById(db: EntityManager, id: string): Promise<Offering | null> {
    const row = await one<OfferingRow>(db, `SELECT ${OFFERING_COLUMNS('o')} FROM offering o WHERE o.id = $1 FOR UPDATE`, [id]);
    return row ? toOffering(row) : null;
  },

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<Offering[]> {
    const found = await rows<OfferingRow>(db, `SELECT ${OFFERING_COLUMNS('o')} FROM offering o WHERE o.id = ANY($1::uuid[])`, [ids]);
    return found.map(toOffering);
  },

  async search(db: EntityManager, c: SearchCriteria, sort: EffectiveSort, first: number, after: (string | number | null)[] | null): Promise<Offering[]> {
    const q = buildSearch(c, sort, first, after);
    const found = await rows<OfferingRow & Record<string, unknown>>(db, q.text, q.params);
    return found.map((r) => Object.assign(toOffering(r), { sortKey: sortKeyOf(sort, r) }));
  },

  /**
   * The same page as search, with each card's provider (primary key) and first free future slot (slot_free_idx) in
   * the same statement: one round trip for a results page instead of three. Rows are numbered in the page's order
   * before the joins (row_number over the ordered page) and returned in that order.
   */
  async searchCards(db: EntityManager, c: SearchCriteria, sort: EffectiveSort, first: number, after: (string | number | null)[] | null, now: Date): Promise<OfferingCard[]> {
    const q = buildSearch(c, sort, first, after);
    const found = await rows<OfferingRow & Record<string, unknown>>(
      db,
      `SELECT r.*, ${prefixed(PROVIDER_COLUMNS, 'pr', 'pr_')}, ${prefixed(SLOT_COLUMNS('s'), 'ns', 'ns_')}
       FROM (SELECT r.*, row_number() OVER () AS page_order FROM (${q.text}) r) r
       JOIN provider pr ON pr.id = r.provider_id
       LEFT JOIN LATERAL (SELECT ${SLOT_COLUMNS('s')} FROM slot s WHERE s.offering_id = r.id AND s.booked < s.capacity
                            AND s.starts_at > $${q.params.length + 1} ORDER BY s.starts_at LIMIT 1) ns ON true
       ORDER BY r.page_order`,
      [...q.params, now],
    );
    return found.map((r) => ({
      offering: Object.assign(toOffering(r), { sortKey: sortKeyOf(sort, r) }),
      provider: toProvider(unprefixed<ProviderRow>(r, 'pr_')),
      nextSlot: r.ns_id === null ? null : toSlot(unprefixed<SlotRow>(r, 'ns_')),
    }));
  },

  /** Every match, or with `upTo` at most upTo + 1 of them (the scan stops there). */
  async count(db: EntityManager, c: SearchCriteria, upTo: number | null = null): Promise<number> {
    const q = buildCount(c, upTo);
    return (await one<{ n: number }>(db, q.text, q.params))!.n;
  },

  // offering_provider_idx; a provider's own list includes every status, the public one only published.
  async findPageByProvider(db: EntityManager, providerId: string, allStatuses: boolean, first: number, after: [string, string] | null): Promise<Offering[]> {
    const found = await rows<OfferingRow & { created_at_key: string }>(
      db,
      `SELECT ${OFFERING_COLUMNS('o')}, o.created_at::text AS created_at_key FROM offering o
       WHERE o.provider_id = $1 AND ($2 OR o.status = 'PUBLISHED')
         AND ($3::timestamptz IS NULL OR (o.created_at, o.id) > ($3::timestamptz, $4::uuid))
       ORDER BY o.created_at, o.id LIMIT $5`,
      [providerId, allStatuses, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    // The cursor keeps PostgreSQL's microseconds (see sortKeyOf in offering-search.ts).
    return found.map((r) => Object.assign(toOffering(r), { sortKey: [r.created_at_key, r.id] }));
  },

  async countByProvider(db: EntityManager, providerId: string, allStatuses: boolean, upTo: number | null = null): Promise<number> {
    const r = await one<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM offering o WHERE o.provider_id = $1 AND ($2 OR o.status = 'PUBLISHED') LIMIT $3) m`,
      [providerId, allStatuses, upTo === null ? null : upTo + 1],
    );
    return r!.n;
  },
};
