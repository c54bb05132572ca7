import { Params } from '../../db/sql';
import type { DeliveryMode } from './catalogue.enums';
import type { ProviderKind } from '../provider/provider.enums';
import { OfferingSort } from './catalogue.enums';
import type { LifeArea } from './life-area';
import { OFFERING_COLUMNS } from './offering.entity';
import { EARTH_RADIUS_KM, earthXyz, projectKm } from '../place/geo';

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
  TEXT: { keys: ['rank', 'id'], direction: 'DESC' }, // ranks a bounded candidate set (TEXT_NEIGHBOURS, below)
  DISTANCE: { keys: ['knn', 'id'], direction: 'ASC' }, // offering_geo_knn: a GiST scan nearest first, stopped by LIMIT
  PRICE: { keys: ['price_pence', 'id'], direction: 'ASC' }, // offering_price_idx
  RATING: { keys: ['rating_score', 'rating_count', 'id'], direction: 'DESC' }, // offering_rating_idx
  NEWEST: { keys: ['published_at', 'id'], direction: 'DESC' }, // offering_newest_idx
};

/**
 * Free text is ranked over a bounded candidate set: with a district, the matches among the TEXT_NEIGHBOURS nearest
 * published offerings (an index-only walk of offering_geo_knn; at national scale about a kilometre in a city, more
 * in the country); without one, the TEXT_CANDIDATES best-rated matches (offering_rating_idx). Ranking every match
 * does not scale: a common word matches a sixth of a national catalogue, and a walk for the nearest matches of a
 * rare word can cross the whole country (measured: up to 5 s). DISTANCE with words lists every match in reach.
 */
export const TEXT_NEIGHBOURS = 500;
export const TEXT_CANDIDATES = 500;
/** Offerings a nearest-first walk examines before it gives up on the index (see nearestFirst). */
export const DISTANCE_WALK = 10_000;

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

// Great-circle distance from the chord between earth-centred points (`geo`, see place/geo.ts earthXyz): the same
// figure as the haversine formula, and its ordering key `o.geo <-> q` is what offering_geo_knn walks nearest first.
const CHORD = (q: string) => `(o.geo <-> ${q})`;
const GREAT_CIRCLE = (q: string) => `(2 * ${EARTH_RADIUS_KM} * asin(least(1, ${CHORD(q)} / ${2 * EARTH_RADIUS_KM})))`;

const PUBLISHED = `o.status = 'PUBLISHED'`;
/** The columns the filters read, all carried by offering_geo_knn (see the national-scale migration). */
const WALK_COLUMNS = `o.id, o.provider_id, o.category_id, o.life_areas, o.delivery_modes, o.languages, o.price_pence, o.remote,
  o.service_area, o.service_radius_km, o.geo`;

/** The modes that need no travel, as in offering.remote (GENERATED from delivery_modes). */
const REMOTE_MODES: string[] = ['ONLINE', 'PHONE'];

function whereClause(c: SearchCriteria, p: Params, select: { distance: string | null; rank: string | null }): { joins: string; where: string[] } {
  const where = [PUBLISHED];
  let joins = '';
  if (c.tsquery) where.push(`o.search_vector @@ ${select.rank ? 'q.query' : `to_tsquery('english', ${p.add(c.tsquery)})`}`);
  if (c.categoryIds) where.push(`o.category_id = ANY(${p.add(c.categoryIds, '::uuid[]')})`);
  if (c.lifeAreas) where.push(`o.life_areas && ${p.add(c.lifeAreas, '::life_area[]')}`);
  if (c.near && select.distance) {
    const { x, y } = projectKm(c.near.latitude, c.near.longitude);
    // A remote offering reaches every district, but only through its remote modes: asked for "in a group", a group
    // based 300 km away does not qualify because it also runs online.
    const remoteAsked = c.deliveryModes?.filter((m) => REMOTE_MODES.includes(m));
    const remote = !c.deliveryModes ? 'o.remote' : remoteAsked?.length ? `o.delivery_modes && ${p.add(remoteAsked, '::delivery_mode[]')}` : 'false';
    // Reaches the district: remote, or the district lies inside the service radius (GiST prefilter, exact test).
    // The prefilter is circle-contains-circle: circle_ops has no `circle @> point`, which cannot use the index.
    where.push(
      `(${remote} OR (o.service_area @> circle(point(${p.add(x, '::float8')}, ${p.add(y, '::float8')}), 0) AND ${select.distance} <= o.service_radius_km))`,
    );
    if (c.withinKm !== null) where.push(`(${remote} OR ${select.distance} <= ${p.add(c.withinKm, '::float8')})`);
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

/** The searched district as an earth-centred point (`cube`), compared with offering.geo. */
function nearPoint(c: SearchCriteria, p: Params): string | null {
  return c.near ? `cube(${p.add(earthXyz(c.near.latitude, c.near.longitude), '::float8[]')})` : null;
}

export function buildSearch(c: SearchCriteria, sort: EffectiveSort, first: number, after: (string | number | null)[] | null) {
  const p = new Params();
  // The text query is a second FROM item after the provider join: `offering o, q JOIN provider pr ON ... o...`
  // would bind the join to q and fail with "invalid reference to FROM-clause entry for table o".
  let tsFrom = '';
  let rank: string | null = null;
  if (c.tsquery) {
    tsFrom = `, to_tsquery('english', ${p.add(c.tsquery)}) AS q(query)`;
    rank = `ts_rank_cd(o.search_vector, q.query)::float8`;
  }
  const point = nearPoint(c, p);
  const distance = point ? GREAT_CIRCLE(point) : null;
  const { joins, where } = whereClause(c, p, { distance, rank });
  const spec = SORTS[sort];
  let after$: string[] | null = null;
  if (after) {
    const casts = spec.keys.map((k) => (k === 'id' ? '::uuid' : k === 'published_at' ? '::timestamptz' : k === 'price_pence' || k === 'rating_count' ? '::int' : '::float8'));
    after$ = after.map((v, i) => p.add(v, casts[i]));
  }
  const from = `offering o${joins}${tsFrom}`;

  if (point && sort === 'DISTANCE') return nearestFirst({ p, c, point, joins, tsFrom, where, first, after$, distance });
  let cte = '';
  let fromClause = from;
  if (point && sort === 'TEXT') {
    // The TEXT_NEIGHBOURS nearest published offerings, and of those the ones every other filter keeps, from
    // offering_geo_knn alone (an index-only walk): only they are read from the table for the words and the rank.
    const words = `o.search_vector @@ q.query`;
    const others = where.filter((w) => w !== PUBLISHED && w !== words);
    cte = `WITH nearby AS MATERIALIZED (SELECT o.id FROM (SELECT ${WALK_COLUMNS} FROM offering o WHERE ${PUBLISHED}
        ORDER BY ${CHORD(point)} LIMIT ${TEXT_NEIGHBOURS}) o${joins}${others.length ? ` WHERE ${others.join(' AND ')}` : ''}) `;
    where.splice(0, where.length, PUBLISHED, words, `o.id = ANY(ARRAY(SELECT id FROM nearby))`);
    fromClause = `offering o${tsFrom}`;
  }
  // Without a district, TEXT ranks the best-rated TEXT_CANDIDATES matches (offering_rating_idx), a deterministic set.
  const capped = sort === 'TEXT' && !point ? ` ORDER BY o.rating_score DESC, o.rating_count DESC, o.id DESC LIMIT ${TEXT_CANDIDATES}` : '';
  const columns = `${OFFERING_COLUMNS('o')}, o.rating_score, o.published_at::text AS published_at_key,
      ${distance ?? 'NULL::float8'} AS distance_km, ${point ? CHORD(point) : 'NULL::float8'} AS knn, ${rank ?? 'NULL::float8'} AS rank`;
  const inner = `SELECT ${columns} FROM ${fromClause} WHERE ${where.join(' AND ')}${capped}`;
  const keyset = after$ ? `WHERE (${spec.keys.join(', ')}) ${spec.direction === 'ASC' ? '>' : '<'} (${after$.join(', ')})` : '';
  const order = spec.keys.map((k) => `${k} ${spec.direction}`).join(', ');
  const text = `${cte}SELECT * FROM (${inner}) page ${keyset} ORDER BY ${order} LIMIT ${p.add(first + 1, '::int')}`;
  return { text, params: p.values };
}

/**
 * Nearest first, exactly and from an index. A GiST KNN scan orders by distance alone, and offerings based in one
 * district share a distance, so the page's (distance, id) order cannot come from the index directly. Instead:
 * 1. a walk of offering_geo_knn, nearest first, finds the boundary: the distance of the last row the page needs
 *    (after the cursor). It reads only columns the index carries (an index-only scan; the status is the index's
 *    predicate; the search vector is read only when there are words) and examines at most DISTANCE_WALK offerings,
 *    so filters that leave fewer matches than a page cannot make it cross the country;
 * 2. every row the page can hold lies within the boundary: the same index, as a range (a box around the district,
 *    cube_enlarge, and the exact distance test), gives them, sorted by (distance, id) from the index alone;
 * 3. only the page's rows are read from the table.
 * When the walk gives up (fewer matches than a page among the nearest DISTANCE_WALK), the page comes from every match
 * in reach, as before this index existed; a one-time filter runs one branch or the other, never both.
 */
function nearestFirst(o: {
  p: Params;
  c: SearchCriteria;
  point: string;
  joins: string;
  tsFrom: string;
  where: string[];
  first: number;
  after$: string[] | null;
  distance: string | null;
}) {
  const { p, c, point, joins, tsFrom, where, after$ } = o;
  const conditions = where.filter((w) => w !== PUBLISHED);
  const keyset = after$ ? [`(${CHORD(point)}, o.id) > (${after$.join(', ')})`] : [];
  const need = p.add(o.first + 1, '::int');
  const narrow = (cond: string) =>
    `SELECT ${WALK_COLUMNS}${c.tsquery ? ', o.search_vector' : ''}, ${CHORD(point)} AS knn FROM offering o WHERE ${PUBLISHED} ${cond}`;
  const text = `WITH walk AS MATERIALIZED (
      SELECT o.knn FROM (${narrow(`ORDER BY ${CHORD(point)} LIMIT ${DISTANCE_WALK}`)}) o${joins}${tsFrom} -- offering_geo_knn, ordered
      WHERE ${[...conditions, ...keyset].join(' AND ')} ORDER BY o.knn LIMIT ${need}),
    boundary AS MATERIALIZED (SELECT CASE WHEN count(*) = ${need} THEN max(knn) END AS km FROM walk),
    page AS MATERIALIZED (SELECT id, knn FROM (
        SELECT o.id, o.knn FROM (${narrow(`AND o.geo <@ cube_enlarge(${point}, (SELECT km FROM boundary), 3)`)}) o${joins}${tsFrom} -- offering_geo_knn, a range
        WHERE ${[...conditions, `o.knn <= (SELECT km FROM boundary)`, ...keyset].join(' AND ')}
        UNION ALL
        SELECT o.id, ${CHORD(point)} FROM offering o${joins}${tsFrom}
        WHERE ${[...where, ...keyset, `(SELECT km FROM boundary) IS NULL`].join(' AND ')}
      ) x ORDER BY knn, id LIMIT ${need})
    SELECT ${OFFERING_COLUMNS('o')}, o.rating_score, o.published_at::text AS published_at_key, ${o.distance} AS distance_km,
      page.knn, NULL::float8 AS rank
    FROM page JOIN offering o ON o.id = page.id ORDER BY page.knn, page.id`;
  return { text, params: p.values };
}

/** Counts every match, or with `upTo` stops at upTo + 1 (enough to say "more than upTo"). */
export function buildCount(c: SearchCriteria, upTo: number | null = null) {
  const p = new Params();
  const point = nearPoint(c, p);
  const distance = point ? GREAT_CIRCLE(point) : null;
  const { joins, where } = whereClause(c, p, { distance, rank: null });
  const matches = `FROM offering o${joins} WHERE ${where.join(' AND ')}`;
  const text = upTo === null ? `SELECT count(*)::int AS n ${matches}` : `SELECT count(*)::int AS n FROM (SELECT 1 ${matches} LIMIT ${p.add(upTo + 1, '::int')}) m`;
  return { text, params: p.values };
}
