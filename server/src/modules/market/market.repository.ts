import type { EntityManager } from 'typeorm';
import { rows } from '../../db/sql';
import type { ProviderKind } from '../catalogue/catalogue.enums';
import { projectKm } from '../place/geo';
import type { PostcodeDistrict } from '../place/place.entity';

// Aggregate SQL for commissioners. Every query is scoped to one local authority and returns counts or sums, never
// rows about a person. Disclosure control is applied by the service, not here.

/**
 * In-person offerings (not remote) that reach any district of the area. One pass of offering_service_area_gist
 * over the circle enclosing the area's districts (circle-contains and -overlaps are what circle_ops can answer),
 * then the exact test per district. Remote offerings reach every area, so they are counted once for the whole
 * country (remoteSupplyByCategory, remoteProviders) and the service adds them; the two sets never overlap.
 */
function localReachCte(districts: PostcodeDistrict[]): { sql: string; params: unknown[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const d of districts) {
    const p = projectKm(d.latitude, d.longitude);
    xs.push(p.x);
    ys.push(p.y);
  }
  const params = [xs, ys, districts.map((d) => d.latitude), districts.map((d) => d.longitude)];
  const sql = `
    districts AS (SELECT * FROM unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[]) AS d(x, y, lat, lon)),
    area AS (SELECT circle(point(cx, cy), max(sqrt(power(x - cx, 2) + power(y - cy, 2))) + 0.001) AS c
             FROM districts, (SELECT avg(x) AS cx, avg(y) AS cy FROM districts) m GROUP BY cx, cy),
    reach AS (
      SELECT o.id, o.category_id, o.provider_id FROM offering o, area -- offering_service_area_gist
      WHERE o.status = 'PUBLISHED' AND NOT o.remote AND o.service_area && area.c
        AND EXISTS (SELECT 1 FROM districts d WHERE o.service_area @> circle(point(d.x, d.y), 0)
          AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(d.lat - o.latitude) / 2), 2)
              + cos(radians(o.latitude)) * cos(radians(d.lat)) * power(sin(radians(d.lon - o.longitude) / 2), 2)))) <= o.service_radius_km)
    )`;
  return { sql, params };
}

// Free places in the next four weeks: slot_free_idx, which carries capacity and booked (an index-only read).
const FREE_PLACES = `LEFT JOIN LATERAL (
    SELECT sum(s.capacity - s.booked) AS free FROM slot s
    WHERE s.offering_id = o.id AND s.booked < s.capacity AND s.starts_at > now() AND s.starts_at < now() + interval '28 days'
  ) pl ON true`;

export interface SupplyRow {
  category_id: string;
  offerings: number;
  local_offerings: number;
  free_places: number;
}

export interface ReachingProvider {
  provider_id: string;
  kind: ProviderKind;
  peer_led: boolean;
  category_ids: string[];
}

export interface SpendRow {
  key: string;
  spent: number;
}

export const MarketRepository = {
  // support_plan_local_authority_idx, plan_need's primary key
  async demandByCategory(db: EntityManager, la: string): Promise<{ category_id: string; plans: number }[]> {
    return rows(
      db,
      `SELECT pn.category_id, count(DISTINCT p.id)::int AS plans FROM support_plan p JOIN plan_need pn ON pn.plan_id = p.id
       WHERE p.local_authority_code = $1 AND p.active GROUP BY pn.category_id`,
      [la],
    );
  },

  async activePlans(db: EntityManager, la: string): Promise<number> {
    const r = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM support_plan WHERE local_authority_code = $1 AND active`, [la]);
    return r[0].n;
  },

  /** In-person offerings reaching the area, per kind of support, with their free places (see localReachCte). */
  async localSupplyByCategory(db: EntityManager, districts: PostcodeDistrict[]): Promise<SupplyRow[]> {
    const reach = localReachCte(districts);
    return rows(
      db,
      `WITH ${reach.sql}
       SELECT o.category_id, count(*)::int AS offerings, count(*)::int AS local_offerings, coalesce(sum(pl.free), 0)::int AS free_places
       FROM reach o ${FREE_PLACES} GROUP BY o.category_id`,
      reach.params,
    );
  },

  /** Remote offerings (they reach every area), per kind of support, with their free places: the same for all areas. */
  async remoteSupplyByCategory(db: EntityManager): Promise<SupplyRow[]> {
    return rows(
      db,
      `SELECT o.category_id, count(*)::int AS offerings, 0 AS local_offerings, coalesce(sum(pl.free), 0)::int AS free_places
       FROM offering o ${FREE_PLACES} WHERE o.status = 'PUBLISHED' AND o.remote GROUP BY o.category_id`, // offering_remote_category_idx
    );
  },

  // search_event_area_idx, unmet_need_area_idx
  async unmetByCategory(db: EntityManager, la: string): Promise<{ category_id: string; unmet: number }[]> {
    return rows(
      db,
      `SELECT category_id, sum(n)::int AS unmet FROM (
         SELECT unnest(category_ids) AS category_id, count(*) AS n FROM search_event
         WHERE local_authority_code = $1 AND result_count = 0 AND searched_at > now() - interval '90 days' GROUP BY 1
         UNION ALL
         SELECT category_id, count(*) FROM unmet_need WHERE local_authority_code = $1 AND reported_at > now() - interval '90 days' GROUP BY 1
       ) u GROUP BY category_id`,
      [la],
    );
  },

  async localProviders(db: EntityManager, districts: PostcodeDistrict[]): Promise<ReachingProvider[]> {
    const reach = localReachCte(districts);
    return rows(
      db,
      `WITH ${reach.sql}
       SELECT pr.id AS provider_id, pr.kind, pr.peer_led, array_agg(DISTINCT r.category_id) AS category_ids
       FROM reach r JOIN provider pr ON pr.id = r.provider_id GROUP BY pr.id, pr.kind, pr.peer_led`,
      reach.params,
    );
  },

  /** Providers with remote offerings, which reach every area: the same for all areas. */
  async remoteProviders(db: EntityManager): Promise<ReachingProvider[]> {
    return rows(
      db,
      `SELECT pr.id AS provider_id, pr.kind, pr.peer_led, array_agg(DISTINCT o.category_id) AS category_ids
       FROM offering o JOIN provider pr ON pr.id = o.provider_id
       WHERE o.status = 'PUBLISHED' AND o.remote GROUP BY pr.id, pr.kind, pr.peer_led`,
    );
  },

  /** Spend (SPEND ledger lines) of the area's plans in the last 12 months, from council and NHS money only. */
  async spendByProviderAndCategory(db: EntityManager, la: string): Promise<{ provider_id: string; category_id: string; kind: ProviderKind; peer_led: boolean; spent: number }[]> {
    const found = await rows<{ provider_id: string; category_id: string; kind: ProviderKind; peer_led: boolean; spent: string }>(
      db,
      `SELECT b.provider_id, o.category_id, pr.kind, pr.peer_led, sum(l.amount_pence)::bigint AS spent
       FROM support_plan p
       JOIN budget bu ON bu.plan_id = p.id AND bu.funding_source <> 'SELF_FUNDED'
       JOIN budget_ledger l ON l.budget_id = bu.id AND l.kind = 'SPEND' AND l.created_at > now() - interval '12 months'
       JOIN booking b ON b.id = l.booking_id
       JOIN offering o ON o.id = b.offering_id
       JOIN provider pr ON pr.id = b.provider_id
       WHERE p.local_authority_code = $1
       GROUP BY b.provider_id, o.category_id, pr.kind, pr.peer_led`,
      [la],
    );
    return found.map((r) => ({ ...r, spent: Number(r.spent) }));
  },

  /**
   * People of the area with a completed booking of a category and a recorded score on a goal in one of that
   * category's life areas; their mean change from baseline. Grouped by category, and by category and provider.
   */
  async outcomes(db: EntityManager, la: string): Promise<{ category_id: string; provider_id: string | null; people: number; mean_change: number | null }[]> {
    return rows(
      db,
      `WITH used AS (
         SELECT DISTINCT b.person_id, b.plan_id, o.category_id, b.provider_id
         FROM booking b JOIN support_plan p ON p.id = b.plan_id JOIN offering o ON o.id = b.offering_id
         WHERE p.local_authority_code = $1 AND b.status = 'COMPLETED'
       ),
       changes AS (
         SELECT u.category_id, u.provider_id, u.person_id, avg(g.latest_score - g.baseline_score)::float8 AS change
         FROM used u JOIN category c ON c.id = u.category_id JOIN goal g ON g.plan_id = u.plan_id AND g.life_area = ANY(c.life_areas)
         WHERE EXISTS (SELECT 1 FROM goal_score gs WHERE gs.goal_id = g.id)
         GROUP BY u.category_id, u.provider_id, u.person_id
       ),
       per_person AS (SELECT category_id, provider_id, person_id, change FROM changes),
       by_category AS (
         SELECT category_id, NULL::uuid AS provider_id, count(DISTINCT person_id)::int AS people,
                avg(person_change)::float8 AS mean_change
         FROM (SELECT category_id, person_id, avg(change) AS person_change FROM per_person GROUP BY category_id, person_id) x
         GROUP BY category_id
       )
       SELECT * FROM by_category
       UNION ALL
       SELECT category_id, provider_id, count(DISTINCT person_id)::int, avg(change)::float8 FROM per_person GROUP BY category_id, provider_id`,
      [la],
    );
  },

  async insertSearchEvents(db: EntityManager, events: { la: string; categoryIds: string[]; filters: string[]; results: number; hasMore: boolean; at: Date }[]): Promise<void> {
    await db.query(
      `INSERT INTO search_event (local_authority_code, category_ids, filters, result_count, has_more, searched_at)
       SELECT la, coalesce(string_to_array(nullif(cats, ''), ',')::uuid[], '{}'), coalesce(string_to_array(nullif(fs, ''), ','), '{}'), n, more, at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::boolean[], $6::timestamptz[]) AS e(la, cats, fs, n, more, at)`,
      [events.map((e) => e.la), events.map((e) => e.categoryIds.join(',')), events.map((e) => e.filters.join(',')), events.map((e) => e.results), events.map((e) => e.hasMore), events.map((e) => e.at)],
    );
  },

  async insertUnmetNeed(db: EntityManager, la: string, categoryId: string, description: string): Promise<void> {
    await db.query(`INSERT INTO unmet_need (local_authority_code, category_id, description) VALUES ($1, $2, $3)`, [la, categoryId, description]);
  },
};
