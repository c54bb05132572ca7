import type { EntityManager } from 'typeorm';
import { prefixed, rows, unprefixed, one, Params } from '../../db/sql';
import type { DeliveryMode } from '../catalogue/catalogue.enums';
import type { ProviderKind } from '../provider/provider.enums';
import type { LifeArea } from '../catalogue/life-area';
import { OFFERING_COLUMNS, type OfferingRow } from '../catalogue/offering.entity';
import type { SlotRow } from '../catalogue/slot.entity';
import { PROVIDER_COLUMNS, type ProviderRow } from '../provider/provider.entity';
import { EARTH_RADIUS_KM } from '../place/geo';

// SQL of the Open Referral feed. A page costs three statements whatever its size: the count and the page's ids (one
// statement), the page's offerings with their providers, and their upcoming sessions.

/** Delivery modes that happen somewhere: an offering with one of them has a physical location (see oruk-mapper). */
export const IN_PLACE_MODES: readonly DeliveryMode[] = ['IN_PERSON', 'HOME_VISIT', 'GROUP'] as DeliveryMode[];

export interface ServiceFilter {
  /** websearch_to_tsquery input: any text is safe. */
  search: string | null;
  categoryIds: string[] | null;
  lifeAreas: LifeArea[] | null;
  deliveryModes: DeliveryMode[] | null;
  providerKinds: ProviderKind[] | null;
  peerLed: boolean | null;
  verified: boolean | null;
  minimumAge: number | null;
  maximumAge: number | null;
  organizationId: string | null;
  modifiedAfter: Date | null;
  /** A postcode district: offerings that reach it (remote, or within their service radius). */
  reach: { x: number; y: number; xyz: [number, number, number] } | null;
  /** With reach: offerings with a physical location within this many km of the district's centre. */
  proximityKm: number | null;
}

export interface ServiceRow extends OfferingRow {
  updated_at: Date;
  source: string | null;
  external_id: string | null;
  assured_date: string | null;
  provider: ProviderRow & { source: string | null; external_id: string | null };
}

function where(f: ServiceFilter, p: Params): { joins: string; conditions: string[] } {
  const c = [`o.status = 'PUBLISHED'`];
  let joins = '';
  if (f.search) c.push(`o.search_vector @@ websearch_to_tsquery('english', ${p.add(f.search)})`); // offering_search_gin
  if (f.categoryIds) c.push(`o.category_id = ANY(${p.add(f.categoryIds, '::uuid[]')})`);
  if (f.lifeAreas) c.push(`o.life_areas && ${p.add(f.lifeAreas, '::life_area[]')}`);
  if (f.deliveryModes) c.push(`o.delivery_modes && ${p.add(f.deliveryModes, '::delivery_mode[]')}`);
  if (f.minimumAge !== null) c.push(`o.minimum_age >= ${p.add(f.minimumAge, '::float8')}`);
  if (f.maximumAge !== null) c.push(`o.maximum_age <= ${p.add(f.maximumAge, '::float8')}`);
  if (f.organizationId) c.push(`o.provider_id = ${p.add(f.organizationId, '::uuid')}`);
  if (f.modifiedAfter) c.push(`o.updated_at >= ${p.add(f.modifiedAfter, '::timestamptz')}`);
  if (f.providerKinds || f.peerLed !== null || f.verified !== null) {
    joins = ' JOIN provider pr ON pr.id = o.provider_id';
    if (f.providerKinds) c.push(`pr.kind = ANY(${p.add(f.providerKinds, '::provider_kind[]')})`);
    if (f.peerLed !== null) c.push(`pr.peer_led = ${p.add(f.peerLed, '::boolean')}`);
    if (f.verified !== null) c.push(`pr.verified = ${p.add(f.verified, '::boolean')}`);
  }
  if (f.reach) {
    const q = `cube(${p.add(f.reach.xyz, '::float8[]')})`;
    const km = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, (o.geo <-> ${q}) / ${2 * EARTH_RADIUS_KM})))`;
    if (f.proximityKm !== null) {
      // A box around the district's centre on offering_geo_knn, then the exact great-circle distance; only offerings
      // with a physical location have a distance that means anything.
      const chord = 2 * EARTH_RADIUS_KM * Math.sin(Math.min(f.proximityKm, Math.PI * EARTH_RADIUS_KM) / (2 * EARTH_RADIUS_KM));
      c.push(`o.geo <@ cube_enlarge(${q}, ${p.add(chord, '::float8')}, 3)`);
      c.push(`${km} <= ${p.add(f.proximityKm, '::float8')}`);
      c.push(`o.delivery_modes && ${p.add(IN_PLACE_MODES, '::delivery_mode[]')}`);
    } else {
      // The catalogue's reach rule (catalogue/offering-search.ts): remote, or the district inside the service area
      // (offering_service_area_gist prefilter, then the exact distance).
      c.push(`(o.remote OR (o.service_area @> circle(point(${p.add(f.reach.x, '::float8')}, ${p.add(f.reach.y, '::float8')}), 0)
        AND ${km} <= o.service_radius_km))`);
    }
  }
  return { joins, conditions: c };
}

export const OrukRepository = {
  /** How many published offerings match, and the ids of one page of them in id order (offering_published_id_idx). */
  async findPublishedPage(db: EntityManager, f: ServiceFilter, limit: number, offset: number): Promise<{ total: number; ids: string[] }> {
    const p = new Params();
    const { joins, conditions } = where(f, p);
    const from = `offering o${joins} WHERE ${conditions.join(' AND ')}`;
    const row = await one<{ total: number; ids: string[] }>(
      db,
      `SELECT (SELECT count(*)::int FROM ${from}) AS total,
              ARRAY(SELECT o.id FROM ${from} ORDER BY o.id LIMIT ${p.add(limit, '::int')} OFFSET ${p.add(offset, '::int')}) AS ids`,
      p.values,
    );
    return { total: row!.total, ids: row!.ids };
  },

  /** Published offerings with their providers, in the order of `ids` (primary keys). */
  async findPublishedByIds(db: EntityManager, ids: string[]): Promise<ServiceRow[]> {
    if (ids.length === 0) return [];
    const found = await rows<Record<string, unknown>>(
      db,
      `SELECT ${OFFERING_COLUMNS('o')}, o.updated_at, o.source, o.external_id, o.assured_date::text AS assured_date,
              ${prefixed(PROVIDER_COLUMNS, 'pr', 'pr_')}, pr.source AS pr_source, pr.external_id AS pr_external_id
         FROM offering o JOIN provider pr ON pr.id = o.provider_id
        WHERE o.id = ANY($1::uuid[]) AND o.status = 'PUBLISHED'`,
      [ids],
    );
    const byId = new Map(found.map((r) => [r.id as string, { ...(r as unknown as ServiceRow), provider: unprefixed<ServiceRow['provider']>(r, 'pr_') }]));
    return ids.map((id) => byId.get(id)).filter((r): r is ServiceRow => r !== undefined);
  },

  /** The next `perOffering` sessions of each offering, soonest first (slot_offering_starts_key). */
  async findUpcomingSlots(db: EntityManager, offeringIds: string[], perOffering: number, from: Date): Promise<SlotRow[]> {
    if (offeringIds.length === 0) return [];
    return rows<SlotRow>(
      db,
      `SELECT s.id, s.offering_id, s.starts_at, s.ends_at, s.capacity, s.booked
         FROM unnest($1::uuid[]) AS x(id)
         CROSS JOIN LATERAL (SELECT * FROM slot s WHERE s.offering_id = x.id AND s.starts_at >= $2
                              ORDER BY s.starts_at LIMIT $3) s
        ORDER BY s.offering_id, s.starts_at`,
      [offeringIds, from, perOffering],
    );
  },
};
