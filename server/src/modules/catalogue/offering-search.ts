import type { DeliveryMode, ProviderKind } from './catalogue.enums';
import { OfferingSort } from './catalogue.enums';
import type { LifeArea } from './life-area';
import { OFFERING_COLUMNS } from './offering.entity';
import { projectKm } from '../place/geo';

// Builds the catalogue search as one SQL statement (keyset-paged) plus an optional count. The service has already
// validated and resolved the input (districts, category ids, page size, cursor).
export interface SearchCriteria {
  tsquery: string | null;
  categoryIds: string[] | null;
  lifeAreas: LifeArea[] | null;
  near: { latitude: number; longitude: number } | null;
  withinKm: number | null;
  maxPricePence: number | null;
  deliveryModes: DeliveryMode[] | null;
  languages: string[] | null;
  peerLed: boolean | null;
  providerKinds: ProviderKind[] | null;
  available: { from: Date; to: Date } | null;
}

export type EffectiveSort = 'TEXT' | 'DISTANCE' | 'PRICE' | 'RATING' | 'NEWEST';

interface SortSpec {
  /** Output column names of the sort keys, the last one always the id. */
  keys: string[];
  direction: 'ASC' | 'DESC';
}

// All keys of one sort run the same way, so the keyset condition is a single row comparison the planner can
// seek on with the index named beside each sort.
const SORTS: Record<EffectiveSort, SortSpec> = {
  TEXT: { keys: ['rank', 'id'], direction: 'DESC' }, // offering_search_gin selects; rank is computed
  DISTANCE: { keys: ['distance_km', 'id'], direction: 'ASC' }, // offering_service_area_gist / offering_remote_idx select
  PRICE: { keys: ['price_pence', 'id'], direction: 'ASC' }, // offering_price_idx
  RATING: { keys: ['rating_score', 'rating_count', 'id'], direction: 'DESC' }, // offering_rating_idx
  NEWEST: { keys: ['published_at', 'id'], direction: 'DESC' }, // offering_newest_idx
};

export function effectiveSort(sort: OfferingSort, c: Pick<SearchCriteria, 'tsquery' | 'near'>): EffectiveSort {
  switch (sort) {
    case OfferingSort.DISTANCE:
      return 'DISTANCE';
    case OfferingSort.PRICE_LOW_TO_HIGH:
      return 'PRICE';
    case OfferingSort.RATING:
      return 'RATING';
    case OfferingSort.NEWEST:
      return 'NEWEST';
    default:
      return c.tsquery ? 'TEXT' : c.near ? 'DISTANCE' : 'RATING';
  }
}

export function sortArity(sort: EffectiveSort): number {
  return SORTS[sort].keys.length;
}

export function sortKeyOf(sort: EffectiveSort, row: Record<string, unknown>): (string | number)[] {
  // Timestamps go into cursors as PostgreSQL's own text (microseconds): a JS Date would cut them to milliseconds
  // and the next page would repeat rows.
  return SORTS[sort].keys.map((k) => (k === 'published_at' ? (row.published_at_key as string) : (row[k] as string | number)));
}

const HAVERSINE = (latParam: string, lonParam: string) =>
  `(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(${latParam} - o.latitude) / 2), 2)
     + cos(radians(o.latitude)) * cos(radians(${latParam})) * power(sin(radians(${lonParam} - o.longitude) / 2), 2)))))`;

class Params {
  readonly values: unknown[] = [];
  add(v: unknown, cast = ''): string {
    this.values.push(v);
    return `$${this.values.length}${cast}`;
  }
}

function whereClause(c: SearchCriteria, p: Params, select: { distance: string | null; rank: string | null }): { joins: string; where: string[] } {
  const where = [`o.status = 'PUBLISHED'`];
  let joins = '';
  if (c.tsquery) where.push(`o.search_vector @@ ${select.rank ? 'q.query' : `to_tsquery('english', ${p.add(c.tsquery)})`}`);
  if (c.categoryIds) where.push(`o.category_id = ANY(${p.add(c.categoryIds, '::uuid[]')})`);
  if (c.lifeAreas) where.push(`o.life_areas && ${p.add(c.lifeAreas, '::life_area[]')}`);
  if (c.near && select.distance) {
    const { x, y } = projectKm(c.near.latitude, c.near.longitude);
    // Reaches the district: remote, or the district lies inside the service radius (GiST prefilter, exact test).
    where.push(
      `(o.remote OR (o.service_area @> point(${p.add(x, '::float8')}, ${p.add(y, '::float8')}) AND ${select.distance} <= o.service_radius_km))`,
    );
    if (c.withinKm !== null) where.push(`(o.remote OR ${select.distance} <= ${p.add(c.withinKm, '::float8')})`);
  }
  if (c.maxPricePence !== null) where.push(`o.price_pence <= ${p.add(c.maxPricePence, '::int')}`);
  if (c.deliveryModes) where.push(`o.delivery_modes && ${p.add(c.deliveryModes, '::delivery_mode[]')}`);
  if (c.languages) where.push(`o.languages && ${p.add(c.languages, '::text[]')}`);
  if (c.peerLed !== null || c.providerKinds) {
    joins += ' JOIN provider pr ON pr.id = o.provider_id';
    if (c.peerLed !== null) where.push(`pr.peer_led = ${p.add(c.peerLed, '::boolean')}`);
    if (c.providerKinds) where.push(`pr.kind = ANY(${p.add(c.providerKinds, '::provider_kind[]')})`);
  }
  if (c.available) {
    // slot_free_idx
    where.push(
      `EXISTS (SELECT 1 FROM slot s WHERE s.offering_id = o.id AND s.booked < s.capacity
         AND s.starts_at >= ${p.add(c.available.from, '::timestamptz')} AND s.starts_at < ${p.add(c.available.to, '::timestamptz')})`,
    );
  }
  return { joins, where };
}

export function buildSearch(c: SearchCriteria, sort: EffectiveSort, first: number, after: (string | number | null)[] | null) {
  const p = new Params();
  let from = 'offering o';
  let rank: string | null = null;
  let distance: string | null = null;
  if (c.tsquery) {
    from += `, to_tsquery('english', ${p.add(c.tsquery)}) AS q(query)`;
    rank = `ts_rank_cd(o.search_vector, q.query)::float8`;
  }
  if (c.near) distance = HAVERSINE(p.add(c.near.latitude, '::float8'), p.add(c.near.longitude, '::float8'));
  const { joins, where } = whereClause(c, p, { distance, rank });
  const spec = SORTS[sort];
  const inner = `SELECT ${OFFERING_COLUMNS('o')}, o.rating_score, o.published_at::text AS published_at_key,
      ${distance ?? 'NULL::float8'} AS distance_km, ${rank ?? 'NULL::float8'} AS rank
    FROM ${from}${joins} WHERE ${where.join(' AND ')}`;
  let keyset = '';
  if (after) {
    const casts = spec.keys.map((k) => (k === 'id' ? '::uuid' : k === 'published_at' ? '::timestamptz' : k === 'price_pence' || k === 'rating_count' ? '::int' : '::float8'));
    const placeholders = after.map((v, i) => p.add(v, casts[i]));
    keyset = `WHERE (${spec.keys.join(', ')}) ${spec.direction === 'ASC' ? '>' : '<'} (${placeholders.join(', ')})`;
  }
  const order = spec.keys.map((k) => `${k} ${spec.direction}`).join(', ');
  const text = `SELECT * FROM (${inner}) page ${keyset} ORDER BY ${order} LIMIT ${p.add(first + 1, '::int')}`;
  return { text, params: p.values };
}

export function buildCount(c: SearchCriteria) {
  const p = new Params();
  const distance = c.near ? HAVERSINE(p.add(c.near.latitude, '::float8'), p.add(c.near.longitude, '::float8')) : null;
  const { joins, where } = whereClause(c, p, { distance, rank: null });
  return { text: `SELECT count(*)::int AS n FROM offering o${joins} WHERE ${where.join(' AND ')}`, params: p.values };
}
