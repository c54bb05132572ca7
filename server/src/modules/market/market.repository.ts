import type { EntityManager } from 'typeorm';
import { rows } from '../../db/sql';
import type { ProviderKind } from '../provider/provider.enums';

// Aggregate SQL for commissioners. Every query is scoped to one commissioning authority and returns counts or sums,
// never rows about a person. Disclosure control is applied by the service, not here. Plans carry their commissioning
// authority and offering_reach holds counties as well as districts; search events and unmet needs keep the
// lower-tier district where they happened, so those queries take the authority's lower-tier codes (`districts`).

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

  /**
   * In-person offerings reaching the area, per kind of support. Which offerings reach which area is kept by the
   * database (offering_reach, see the offering-reach migration), so this is one index-only range of
   * offering_reach_pkey. Remote offerings reach every area: they are counted once for the country
   * (remoteSupplyByCategory), never here.
   */
  async localOfferingsByCategory(db: EntityManager, la: string): Promise<{ category_id: string; offerings: number }[]> {
    return rows(
      db,
      `SELECT category_id, count(*)::int AS offerings FROM offering_reach WHERE local_authority_code = $1 GROUP BY category_id`, // offering_reach_pkey
      [la],
    );
  },

  /**
   * Free places in the next four weeks of the in-person offerings reaching each area, per area and kind of support,
   * for the whole country in one pass: the next four weeks of slot_free_idx summed per offering, joined to
   * offering_reach. Per area the same figure costs a probe of slot_free_idx per offering reaching it (50,000 for a
   * London borough at national scale: 300 ms); for the country it is about 4 s, which the service shares between
   * areas for a minute (see MarketService and asOf).
   */
  async localFreePlacesByArea(db: EntityManager): Promise<{ local_authority_code: string; category_id: string; free_places: number }[]> {
    return rows(
      db,
      `SELECT r.local_authority_code, r.category_id, sum(f.free)::int AS free_places
       FROM (SELECT offering_id, sum(capacity - booked) AS free FROM slot -- slot_free_idx
             WHERE booked < capacity AND starts_at > now() AND starts_at < now() + interval '28 days' GROUP BY offering_id) f
       JOIN offering_reach r ON r.offering_id = f.offering_id
       GROUP BY r.local_authority_code, r.category_id`,
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
  async unmetByCategory(db: EntityManager, districts: string[]): Promise<{ category_id: string; unmet: number }[]> {
    return rows(
      db,
      `SELECT category_id, sum(n)::int AS unmet FROM (
         SELECT unnest(category_ids) AS category_id, count(*) AS n FROM search_event
         WHERE local_authority_code = ANY($1) AND result_count = 0 AND searched_at > now() - interval '90 days' GROUP BY 1
         UNION ALL
         SELECT category_id, count(*) FROM unmet_need WHERE local_authority_code = ANY($1) AND reported_at > now() - interval '90 days' GROUP BY 1
       ) u GROUP BY category_id`,
      [districts],
    );
  },

  /**
   * Per lower-tier district of a commissioning authority: active plans with a need, unmet searches and reports in the
   * last 90 days, and in-person offerings reaching it. support_plan_local_authority_idx, search_event_area_idx,
   * unmet_need_area_idx, offering_reach_pkey.
   */
  async byDistrict(db: EntityManager, la: string, districts: string[]): Promise<{ code: string; plans: number; unmet: number; local_offerings: number }[]> {
    return rows(
      db,
      `SELECT c.code,
         coalesce((SELECT count(*) FROM support_plan p JOIN postcode_district d ON d.outcode = p.outcode
                   WHERE p.local_authority_code = $1 AND p.active AND d.local_authority_code = c.code
                     AND EXISTS (SELECT 1 FROM plan_need pn WHERE pn.plan_id = p.id)), 0)::int AS plans,
         (coalesce((SELECT count(*) FROM search_event e WHERE e.local_authority_code = c.code AND e.result_count = 0
                     AND e.searched_at > now() - interval '90 days' AND cardinality(e.category_ids) > 0), 0)
          + coalesce((SELECT count(*) FROM unmet_need u WHERE u.local_authority_code = c.code AND u.reported_at > now() - interval '90 days'), 0))::int AS unmet,
         coalesce((SELECT count(*) FROM offering_reach r WHERE r.local_authority_code = c.code), 0)::int AS local_offerings
       FROM unnest($2::text[]) AS c(code)`,
      [la, districts],
    );
  },

  /** In-person offerings reaching the area, by the postcode district they are based in (offering_reach_pkey). */
  async supplyByBaseOutcode(db: EntityManager, la: string): Promise<{ outcode: string; offerings: number }[]> {
    return rows(
      db,
      `SELECT o.base_outcode AS outcode, count(*)::int AS offerings
       FROM offering_reach r JOIN offering o ON o.id = r.offering_id WHERE r.local_authority_code = $1 -- offering_reach_pkey
       GROUP BY o.base_outcode ORDER BY o.base_outcode`,
      [la],
    );
  },

  /** Providers with in-person offerings reaching the area, with the kinds of support those bring (offering_reach). */
  async localProviders(db: EntityManager, la: string): Promise<ReachingProvider[]> {
    return rows(
      db,
      `SELECT pr.id AS provider_id, pr.kind, pr.peer_led, r.category_ids
       FROM (SELECT provider_id, array_agg(DISTINCT category_id) AS category_ids FROM offering_reach
             WHERE local_authority_code = $1 GROUP BY provider_id) r -- offering_reach_pkey
       JOIN provider pr ON pr.id = r.provider_id`,
      [la],
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

/** Quartiles of a price across offerings, in pence (null when there are none). */
export interface PriceRow {
  category_id: string;
  offerings: number;
  session: [number, number, number] | null;
  hourly: [number, number, number] | null;
}

// A session's cost is session_cost_pence (the rule bookings are charged by); its hourly cost spreads that over the
// offering's advertised session length.
const PRICE_COLUMNS = `o.category_id, count(*)::int AS offerings,
  percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY session_cost_pence(o.price_pence, o.price_unit, o.session_minutes)) AS session,
  percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY session_cost_pence(o.price_pence, o.price_unit, o.session_minutes) * 60.0 / o.session_minutes) AS hourly`;

export const MarketTrendsRepository = {
  /** Prices of the offerings reaching the area in person (offering_reach_pkey) and of every remote offering. */
  async areaPrices(db: EntityManager, la: string): Promise<PriceRow[]> {
    return rows(
      db,
      `SELECT ${PRICE_COLUMNS} FROM offering o
       WHERE o.id IN (SELECT offering_id FROM offering_reach WHERE local_authority_code = $1) -- offering_reach_pkey
          OR (o.status = 'PUBLISHED' AND o.remote) -- offering_remote_category_idx
       GROUP BY o.category_id`,
      [la],
    );
  },

  /** Prices of every published offering in Great Britain (shared by all areas for a while, like the remote figures). */
  async nationalPrices(db: EntityManager): Promise<PriceRow[]> {
    return rows(db, `SELECT ${PRICE_COLUMNS} FROM offering o WHERE o.status = 'PUBLISHED' GROUP BY o.category_id`);
  },

  /**
   * Monthly figures for an area from `from` (the first of a month, UTC) to now. Counts that accumulate (plans with
   * a need, offerings published) come per month of creation, everything older folded into the first month, so
   * the service can add them up. support_plan_local_authority_idx, offering_reach_pkey, slot_offering_starts_key,
   * search_event_area_idx, unmet_need_area_idx, budget_plan_idx, budget_ledger_budget_idx, goal_plan_idx,
   * goal_score_goal_idx.
   */
  async monthly(db: EntityManager, la: string, districts: string[], from: Date): Promise<MonthRow[]> {
    // Each series is one grouped pass, bucketed by UTC month (whatever the session's time zone), then joined to the
    // twelve months (a subquery per month scanned the slots twelve times: 280 ms for Kent at scale 1, 36 ms like this).
    return rows(
      db,
      `WITH months AS (SELECT generate_series($3::timestamptz AT TIME ZONE 'UTC', date_trunc('month', now() AT TIME ZONE 'UTC'), interval '1 month') AS m),
       area_plans AS MATERIALIZED (SELECT p.id, p.person_id, p.created_at FROM support_plan p WHERE p.local_authority_code = $1 AND p.active),
       local_offerings AS MATERIALIZED (SELECT o.id, o.published_at FROM offering o WHERE o.id IN (SELECT offering_id FROM offering_reach WHERE local_authority_code = $1)),
       plans AS (SELECT greatest(date_trunc('month', p.created_at AT TIME ZONE 'UTC'), $3::timestamptz AT TIME ZONE 'UTC') AS m, count(*) AS n FROM area_plans p
                 WHERE EXISTS (SELECT 1 FROM plan_need pn WHERE pn.plan_id = p.id) GROUP BY 1),
       offerings AS (SELECT greatest(date_trunc('month', o.published_at AT TIME ZONE 'UTC'), $3::timestamptz AT TIME ZONE 'UTC') AS m, count(*) AS n FROM local_offerings o GROUP BY 1),
       -- Per offering through slot_offering_starts_key (the aggregate keeps the planner from hashing the whole slot table).
       free AS (SELECT x.m, sum(x.n) AS n FROM local_offerings o CROSS JOIN LATERAL (
                  SELECT date_trunc('month', s.starts_at AT TIME ZONE 'UTC') AS m, sum(s.capacity - s.booked) AS n FROM slot s
                  WHERE s.offering_id = o.id AND s.starts_at >= $3
                    AND s.starts_at < (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC' GROUP BY 1) x GROUP BY 1),
       unmet AS (SELECT date_trunc('month', at AT TIME ZONE 'UTC') AS m, count(*) AS n FROM (
                   SELECT searched_at AS at FROM search_event WHERE local_authority_code = ANY($2) AND result_count = 0 AND cardinality(category_ids) > 0 AND searched_at >= $3
                   UNION ALL SELECT reported_at FROM unmet_need WHERE local_authority_code = ANY($2) AND reported_at >= $3) x GROUP BY 1),
       spend AS (SELECT date_trunc('month', l.created_at AT TIME ZONE 'UTC') AS m, sum(l.amount_pence) AS n
                 FROM area_plans p JOIN budget b ON b.plan_id = p.id AND b.funding_source <> 'SELF_FUNDED'
                 JOIN budget_ledger l ON l.budget_id = b.id AND l.kind = 'SPEND' AND l.created_at >= $3 GROUP BY 1),
       scores AS (SELECT date_trunc('month', gs.recorded_at AT TIME ZONE 'UTC') AS m, p.person_id, avg(gs.score - g.baseline_score) AS change
                  FROM area_plans p JOIN goal g ON g.plan_id = p.id JOIN goal_score gs ON gs.goal_id = g.id AND gs.recorded_at >= $3 GROUP BY 1, 2),
       outcomes AS (SELECT m, count(*) AS people, avg(change)::float8 AS mean_change FROM scores GROUP BY m)
       SELECT to_char(months.m, 'YYYY-MM') AS month, coalesce(plans.n, 0)::int AS new_plans, coalesce(offerings.n, 0)::int AS new_local_offerings,
              coalesce(free.n, 0)::int AS local_free_places, coalesce(unmet.n, 0)::int AS unmet, coalesce(spend.n, 0)::bigint AS spent,
              coalesce(outcomes.people, 0)::int AS outcome_people, outcomes.mean_change
       FROM months LEFT JOIN plans USING (m) LEFT JOIN offerings USING (m) LEFT JOIN free USING (m) LEFT JOIN unmet USING (m)
         LEFT JOIN spend USING (m) LEFT JOIN outcomes USING (m)
       ORDER BY months.m`,
      [la, districts, from],
    );
  },

  /** Remote offerings published per month (older ones in the first) and their free places per month: all areas share it. */
  async remoteMonthly(db: EntityManager, from: Date): Promise<{ month: string; new_offerings: number; free_places: number }[]> {
    return rows(
      db,
      `WITH months AS (SELECT generate_series($1::timestamptz AT TIME ZONE 'UTC', date_trunc('month', now() AT TIME ZONE 'UTC'), interval '1 month') AS m),
       remote AS MATERIALIZED (SELECT o.id, o.published_at FROM offering o WHERE o.status = 'PUBLISHED' AND o.remote), -- offering_remote_category_idx
       offerings AS (SELECT greatest(date_trunc('month', o.published_at AT TIME ZONE 'UTC'), $1::timestamptz AT TIME ZONE 'UTC') AS m, count(*) AS n FROM remote o GROUP BY 1),
       -- Per offering through slot_offering_starts_key (the aggregate keeps the planner from hashing the whole slot table).
       free AS (SELECT x.m, sum(x.n) AS n FROM remote o CROSS JOIN LATERAL (
                  SELECT date_trunc('month', s.starts_at AT TIME ZONE 'UTC') AS m, sum(s.capacity - s.booked) AS n FROM slot s
                  WHERE s.offering_id = o.id AND s.starts_at >= $1
                    AND s.starts_at < (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC' GROUP BY 1) x GROUP BY 1)
       SELECT to_char(months.m, 'YYYY-MM') AS month, coalesce(offerings.n, 0)::int AS new_offerings, coalesce(free.n, 0)::int AS free_places
       FROM months LEFT JOIN offerings USING (m) LEFT JOIN free USING (m) ORDER BY months.m`,
      [from],
    );
  },
};

export interface MonthRow {
  month: string;
  new_plans: number;
  new_local_offerings: number;
  local_free_places: number;
  unmet: number;
  spent: string;
  outcome_people: number;
  mean_change: number | null;
}
