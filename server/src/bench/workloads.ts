import type { DataSource } from 'typeorm';
import { Role } from '../modules/account/role';
import { issueToken } from '../modules/account/token';
import type { BenchRequest } from './load';

// What the benchmark asks, and of what: every stream rotates over many postcode districts, filters, offerings, plans
// or local authorities, so no single hot query (or one cached plan and page) is measured. Streams are deterministic:
// the same start index gives the same requests in the same order, so the three search servers see the same work.

/** The search as the web app's results page asks for it: a card per offering with its provider and next slot. */
export const SEARCH_QUERY = `query Search($filter: OfferingFilter, $sort: OfferingSort, $first: Int) {
  offerings(filter: $filter, sort: $sort, first: $first) {
    edges { cursor node { id title summary pricePence priceUnit distanceKm languages deliveryModes rating { average count }
      category { name } provider { id name kind verified peerLed } nextAvailableSlot { id startsAt remaining } } }
    pageInfo { hasNextPage endCursor } } }`;

export const DETAIL_QUERY = `query Offering($id: ID!) { offering(id: $id) {
  id title summary description pricePence priceUnit sessionMinutes deliveryModes languages accessibility baseOutcode
  serviceRadiusKm minimumAge maximumAge remote publishedAt rating { average count } category { name slug }
  provider { id name kind description website verified peerLed rating { average count } }
  slots { id startsAt endsAt remaining } nextAvailableSlot { id startsAt endsAt remaining } } }`;

export const MATCHES_QUERY = `query Matches($planId: ID!, $first: Int!) { matches(planId: $planId, first: $first) {
  score sessionCostPence reasons { factor score weight explanation }
  offering { id title summary pricePence priceUnit distanceKm deliveryModes languages rating { average count }
    category { name } provider { id name kind verified peerLed } nextAvailableSlot { id startsAt remaining } } } }`;

export const MARKET_QUERIES: Record<string, string> = {
  marketGaps: `query($la: String!) { marketGaps(localAuthorityCode: $la) { category { name } demand supply localSupply freePlaces unmetSearches gapIndex suppressed asOf } }`,
  marketDiversity: `query($la: String!) { marketDiversity(localAuthorityCode: $la) { providerCount hhi spentPence peerLedProviderShare peerLedSpendShare
    byKind { kind providers spendShare } byCategory { category { name } providers hhi spentPence } } }`,
  outcomesByCategory: `query($la: String!) { outcomesByCategory(localAuthorityCode: $la) { category { name } people meanScoreChange spentPence suppressed
    byProvider { provider { name } people meanScoreChange spentPence } } }`,
};

const WORDS = ['peer support', 'walking', 'art', 'counselling', 'employment', 'cooking', 'garden', 'befriending', 'money', 'recovery', 'yoga', 'digital', 'music', 'housing'];
const CATEGORIES = ['peer-support', 'befriending', 'talking-therapies', 'employment-support', 'day-opportunities', 'physical-activity', 'arts-and-creativity', 'housing-support', 'money-advice', 'learning-and-skills', 'nature-based', 'digital-skills'];
const LIFE_AREAS = ['MENTAL_WELLBEING', 'SOCIAL_CONNECTION', 'WORK_AND_LEARNING', 'PHYSICAL_HEALTH', 'LIVING_SKILLS', 'HOPE_AND_TRUST'];

export interface SearchVariables {
  filter: Record<string, unknown>;
  sort: string;
  first: number;
}

/** The eight kinds of search, all near a district (people look for support where they live). */
export const SEARCH_KINDS = ['near', 'category', 'text', 'price', 'group', 'rating-within', 'life-area-peer', 'available-category'] as const;

export function searchVariables(i: number, districts: string[], first: number, now: Date): SearchVariables {
  const near = districts[(i * 7) % districts.length];
  const k = i % SEARCH_KINDS.length;
  const j = Math.floor(i / SEARCH_KINDS.length);
  const week = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  switch (SEARCH_KINDS[k]) {
    case 'near':
      return { filter: { nearOutcode: near }, sort: 'RELEVANCE', first };
    case 'category':
      return { filter: { nearOutcode: near, categorySlugs: [CATEGORIES[j % CATEGORIES.length]] }, sort: 'RELEVANCE', first };
    case 'text':
      return { filter: { nearOutcode: near, text: WORDS[j % WORDS.length] }, sort: 'RELEVANCE', first };
    case 'price':
      return { filter: { nearOutcode: near, maxPricePence: [1500, 2500, 4000][j % 3] }, sort: 'PRICE_LOW_TO_HIGH', first };
    case 'group':
      return { filter: { nearOutcode: near, deliveryModes: ['GROUP'] }, sort: 'DISTANCE', first };
    case 'rating-within':
      return { filter: { nearOutcode: near, withinKm: [5, 10, 20][j % 3] }, sort: 'RATING', first };
    case 'life-area-peer':
      return { filter: { nearOutcode: near, lifeAreas: [LIFE_AREAS[j % LIFE_AREAS.length]], peerLed: true }, sort: 'RELEVANCE', first };
    default:
      return { filter: { nearOutcode: near, categorySlugs: [CATEGORIES[(j + 3) % CATEGORIES.length]], availableFrom: now.toISOString(), availableTo: week }, sort: 'DISTANCE', first };
  }
}

/** A stream of search requests for a GraphQL server (`/graphql`) or the plain server (`/search`, the same variables). */
export function searchStream(kind: 'graphql' | 'plain', districts: string[], first: number, start: number, now = new Date()): () => BenchRequest {
  let i = start;
  return () => {
    const variables = searchVariables(i++, districts, first, now);
    return kind === 'graphql'
      ? { path: '/graphql', body: JSON.stringify({ query: SEARCH_QUERY, variables }) }
      : { path: '/search', body: JSON.stringify({ variables }) };
  };
}

export function detailStream(offeringIds: string[]): () => BenchRequest {
  let i = 0;
  return () => ({ path: '/graphql', body: JSON.stringify({ query: DETAIL_QUERY, variables: { id: offeringIds[(i++ * 13) % offeringIds.length] } }) });
}

export function matchesStream(plans: { id: string; personId: string }[], authSecret: string, first = 20): () => BenchRequest {
  const tokens = plans.map((p) => issueToken(authSecret, { id: p.personId, role: Role.PERSON, localAuthorityCode: null }, 6 * 3600));
  let i = 0;
  return () => {
    const n = i++ % plans.length;
    return {
      path: '/graphql',
      body: JSON.stringify({ query: MATCHES_QUERY, variables: { planId: plans[n].id, first } }),
      headers: { authorization: `Bearer ${tokens[n]}` },
    };
  };
}

/** Each local authority's own commissioner: a real account per area (Pools.commissioners), as every token is checked. */
export function marketStream(view: string, areas: string[], commissioners: string[], authSecret: string): () => BenchRequest {
  const tokens = areas.map((la, k) => issueToken(authSecret, { id: commissioners[k], role: Role.COMMISSIONER, localAuthorityCode: la }, 6 * 3600));
  let i = 0;
  return () => {
    const n = i++ % areas.length;
    return { path: '/graphql', body: JSON.stringify({ query: MARKET_QUERIES[view], variables: { la: areas[n] } }), headers: { authorization: `Bearer ${tokens[n]}` } };
  };
}

export interface Pools {
  districts: string[];
  offeringIds: string[];
  plans: { id: string; personId: string }[];
  areas: string[];
  /** The commissioner account of each of `areas`, in the same order. */
  commissioners: string[];
}

/** Up to 400 postcode districts that have offerings, in a fixed pseudo-random order: what search streams rotate over. */
export const DISTRICTS_SQL = `SELECT outcode FROM postcode_district d WHERE EXISTS (SELECT 1 FROM offering o WHERE o.base_outcode = d.outcode) ORDER BY md5(outcode) LIMIT 400`;

/**
 * Deterministic samples of the seeded data: districts across the country (stable pseudo-random order), published
 * offerings (a repeatable 1% sample), plans with money to spend, and local authorities with people in them.
 */
export async function loadPools(ds: DataSource): Promise<Pools> {
  const [districts, offerings, plans, areas] = await Promise.all([
    ds.query(DISTRICTS_SQL),
    ds.query(
      `SELECT id FROM (SELECT id FROM offering TABLESAMPLE BERNOULLI (1) REPEATABLE (42) WHERE status = 'PUBLISHED'
        UNION ALL SELECT id FROM (SELECT id FROM offering WHERE status = 'PUBLISHED' LIMIT 2000) s) x ORDER BY md5(id::text) LIMIT 2000`,
    ),
    ds.query(
      `SELECT p.id, p.person_id AS "personId" FROM support_plan p
        WHERE p.active AND EXISTS (SELECT 1 FROM budget b WHERE b.plan_id = p.id AND b.allocated_pence > b.committed_pence + b.spent_pence)
          AND p.person_id IN (SELECT id FROM app_user WHERE email LIKE '%@people.demo.supportmarket.uk' OR email = 'person@demo.supportmarket.uk')
        ORDER BY md5(p.id::text) LIMIT 400`,
    ),
    ds.query(
      `SELECT local_authority_code AS la FROM support_plan GROUP BY 1 HAVING count(*) >= 5
        ORDER BY (local_authority_code = 'E08000003') DESC, md5(local_authority_code) LIMIT 60`,
    ),
  ]);
  const las: string[] = areas.map((r: { la: string }) => r.la);
  // A commissioner account per area, made once per database (the API checks every token's account; issue 15). Its
  // password hash is not a hash: nobody can sign in as it.
  const made: { id: string; la: string }[] = await ds.query(
    `INSERT INTO app_user (email, name, role, password_hash, local_authority_code)
     SELECT 'bench-commissioner-' || lower(la) || '@bench.invalid', 'Benchmark commissioner ' || la, 'COMMISSIONER', '!', la FROM unnest($1::text[]) la
     ON CONFLICT (email) DO UPDATE SET local_authority_code = EXCLUDED.local_authority_code
     RETURNING id, local_authority_code AS la`,
    [las],
  );
  const commissionerOf = new Map(made.map((m) => [m.la, m.id]));
  const pools: Pools = {
    districts: districts.map((r: { outcode: string }) => r.outcode),
    offeringIds: offerings.map((r: { id: string }) => r.id),
    plans,
    areas: las,
    commissioners: las.map((la) => commissionerOf.get(la)!),
  };
  for (const [name, list] of Object.entries(pools)) if (list.length === 0) throw new Error(`The benchmark database has no ${name} to rotate over: seed it again (--reseed).`);
  return pools;
}
