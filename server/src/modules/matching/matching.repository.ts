import type { EntityManager } from 'typeorm';
import { rows } from '../../db/sql';
import { OFFERING_COLUMNS, toOffering, type Offering, type OfferingRow } from '../catalogue/offering.entity';
import { SLOT_COLUMNS, toSlot, type Slot, type SlotRow } from '../catalogue/slot.entity';
import type { LifeArea } from '../catalogue/life-area';
import { EARTH_RADIUS_KM, projectKm } from '../place/geo';

export interface CandidateCriteria {
  latitude: number;
  longitude: number;
  maxTravelKm: number;
  needCategoryIds: string[];
  goalLifeAreas: LifeArea[];
  /** null: unknown, so only offerings open to any adult (no upper limit, a lower one of at most 18). */
  age: number | null;
  availablePence: number;
  /** The plan whose upcoming bookings are left out (an offering it has already booked is not suggested again). */
  planId: string;
  /** False when the plan names ways of getting support and none is online or by phone: remote-only reach is left out. */
  remoteSuits: boolean;
  now: Date;
  windowEnd: Date;
  limit: number;
}

export interface CandidateRow {
  offering: Offering;
  costPence: number;
  distanceKm: number;
  /** Reachable in person (or at home) too, not only online or by phone. */
  inPerson: boolean;
  peerLed: boolean;
  outcomePeople: number;
  outcomeMeanChange: number | null;
  freeSlots: number;
  nextFreeAt: Date | null;
  /** The first free future slot (any date), to prime Offering.nextAvailableSlot. */
  nextSlot: Slot | null;
}

type Row = OfferingRow & {
  cost_pence: number;
  distance_km: number;
  in_person: boolean;
  peer_led: boolean;
  outcome_people: number;
  outcome_mean_change: number | null;
  free_slots: number;
  next_free_at: Date | null;
} & { [K in keyof SlotRow as `ns_${K}`]: SlotRow[K] | null };

// Great-circle distance from the plan's district to the offering's base, from the chord between earth-centred
// points (o.knn = o.geo <-> the district; see place/geo.ts earthXyz): the twin of catalogue/offering-search.ts.
const DISTANCE = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, o.knn / ${2 * EARTH_RADIUS_KM})))`;

// The cost of one session, as booking charges it: the database's session_cost_pence (an inlined SQL function, the
// twin of catalogue/session-cost.ts; a test holds the two to the same answers).
const SESSION_COST = `session_cost_pence(o.price_pence, o.price_unit, o.session_minutes)`;

// Fit, age and affordability.
const FITS = `((cardinality($5::uuid[]) = 0 AND cardinality($6::life_area[]) = 0)
      OR o.category_id = ANY($5::uuid[]) OR o.life_areas && $6::life_area[])
  AND CASE WHEN $9::int IS NULL THEN (o.minimum_age IS NULL OR o.minimum_age <= 18) AND o.maximum_age IS NULL
      ELSE (o.minimum_age IS NULL OR o.minimum_age <= $9::int) AND (o.maximum_age IS NULL OR o.maximum_age >= $9::int) END
  AND ${SESSION_COST} <= $8::int`;

// In-person reach: the service area covers the district and, unless they come to the person's home, it is within
// the person's travel distance (a circle-contains-circle test, which offering_service_area_gist can answer; the
// great-circle test is exact).
const IN_PERSON = `o.service_area @> circle(point($3::float8, $4::float8), 0) AND ${DISTANCE} <= o.service_radius_km
  AND ('HOME_VISIT' = ANY(o.delivery_modes) OR ${DISTANCE} <= $7::float8)`;

/**
 * How far the candidate walks go: the MATCH_WALK published offerings nearest the person (a few kilometres in a
 * city, tens in the country). Each walk stops as soon as it has `limit` candidates; the bound only matters when
 * few offerings pass the hard constraints, and keeps such a plan from reading the whole national catalogue.
 */
export const MATCH_WALK = 10_000;

// The plan's district as an earth-centred point (place/geo.ts earthXyz, in SQL), compared with offering.geo.
const POINT = `cube(ARRAY[${EARTH_RADIUS_KM} * cos(radians($1::float8)) * cos(radians($2::float8)),
  ${EARTH_RADIUS_KM} * cos(radians($1::float8)) * sin(radians($2::float8)), ${EARTH_RADIUS_KM} * sin(radians($1::float8))])`;

// Only what the constraints read: a walk that carried whole rows (texts, search vectors) would copy kilobytes each.
const WALK_COLUMNS = `o.id, o.category_id, o.life_areas, o.delivery_modes, o.price_pence, o.price_unit, o.session_minutes, o.minimum_age,
  o.maximum_age, o.remote, o.service_area, o.service_radius_km`;

// One walk of offering_geo_knn, nearest first, read lazily: the hard constraints (reach, fit, age, cost) and a
// tier condition, stopped at `limit` candidates or MATCH_WALK offerings.
const walk = (tier: string) => `SELECT o.id, o.knn, coalesce(${IN_PERSON}, false) AS in_person
  FROM (SELECT ${WALK_COLUMNS}, o.geo <-> ${POINT} AS knn FROM offering o WHERE o.status = 'PUBLISHED'
        ORDER BY o.geo <-> ${POINT} LIMIT ${MATCH_WALK}) o
  WHERE ${tier} AND ((o.remote AND $14::boolean) OR (${IN_PERSON})) AND ${FITS} AND NOT (o.id = ANY(ARRAY(SELECT offering_id FROM booked)))
  LIMIT $10`;

export const MatchingRepository = {
  /**
   * Every hard constraint in one statement, then the evidence each candidate is scored on:
   * - published, and of a kind of support the plan needs or serving a life area of its goals (any, if neither);
   * - reaches the person: remote (online or phone) when remote suits the plan, or in person (IN_PERSON above); a
   *   remote offering also says whether it is within reach in person;
   * - not already booked by the plan for a session still to come (booking_plan_idx);
   * - open to the person's age; one session costs no more than the money available;
   * capped at `limit` candidates, the likeliest first: the nearest offerings of a kind of support the plan needs,
   * then the nearest others that serve its goals (two walks of offering_geo_knn, see MATCH_WALK). Ranking every
   * eligible offering first does not scale: in a city, a national catalogue has tens of thousands of them.
   * For those only: the offering's columns, outcome evidence from completed bookings (booking_offering_idx), free
   * slots in the window and the next free slot (slot_free_idx).
   */
  async findCandidates(db: EntityManager, c: CandidateCriteria): Promise<CandidateRow[]> {
    const { x, y } = projectKm(c.latitude, c.longitude);
    const found = await rows<Row>(
      db,
      `WITH booked AS MATERIALIZED (
         SELECT DISTINCT b.offering_id FROM booking b
          WHERE b.plan_id = $13 AND b.status IN ('REQUESTED', 'CONFIRMED') AND b.starts_at > $11),
       needed AS MATERIALIZED (${walk('o.category_id = ANY($5::uuid[])')}),
       served AS MATERIALIZED (${walk('NOT (o.category_id = ANY($5::uuid[]))')}),
       candidate AS (
         SELECT id, knn, in_person FROM (SELECT *, 0 AS tier FROM needed UNION ALL SELECT *, 1 FROM served) c
         ORDER BY tier, knn, id LIMIT $10
       )
       SELECT ${OFFERING_COLUMNS('o')}, (2 * ${EARTH_RADIUS_KM} * asin(least(1, c.knn / ${2 * EARTH_RADIUS_KM}))) AS distance_km,
              ${SESSION_COST}::int AS cost_pence, c.in_person, pr.peer_led,
              ev.people AS outcome_people, ev.mean_change AS outcome_mean_change, av.free_slots, av.next_free_at,
              ns.id AS ns_id, ns.offering_id AS ns_offering_id, ns.starts_at AS ns_starts_at, ns.ends_at AS ns_ends_at,
              ns.capacity AS ns_capacity, ns.booked AS ns_booked
       FROM candidate c
       JOIN offering o ON o.id = c.id
       JOIN provider pr ON pr.id = o.provider_id
       LEFT JOIN LATERAL (
         SELECT count(*)::int AS people, avg(p.change)::float8 AS mean_change FROM (
           SELECT b.person_id, avg(g.latest_score - g.baseline_score) AS change
           FROM booking b JOIN goal g ON g.plan_id = b.plan_id AND g.life_area = ANY(o.life_areas)
           WHERE b.offering_id = o.id AND b.status = 'COMPLETED' AND EXISTS (SELECT 1 FROM goal_score gs WHERE gs.goal_id = g.id)
           GROUP BY b.person_id
         ) p
       ) ev ON true
       LEFT JOIN LATERAL (
         SELECT count(*)::int AS free_slots, min(s.starts_at) AS next_free_at FROM slot s
         WHERE s.offering_id = o.id AND s.booked < s.capacity AND s.starts_at > $11 AND s.starts_at < $12
       ) av ON true
       LEFT JOIN LATERAL (
         SELECT ${SLOT_COLUMNS('s')} FROM slot s WHERE s.offering_id = o.id AND s.booked < s.capacity AND s.starts_at > $11
         ORDER BY s.starts_at LIMIT 1
       ) ns ON true`,
      [c.latitude, c.longitude, x, y, c.needCategoryIds, c.goalLifeAreas, c.maxTravelKm, c.availablePence, c.age, c.limit, c.now, c.windowEnd, c.planId, c.remoteSuits],
    );
    return found.map((r) => ({
      offering: toOffering({ ...r, distance_km: r.distance_km }),
      costPence: r.cost_pence,
      distanceKm: r.distance_km,
      inPerson: r.in_person,
      peerLed: r.peer_led,
      outcomePeople: r.outcome_people,
      outcomeMeanChange: r.outcome_mean_change,
      freeSlots: r.free_slots,
      nextFreeAt: r.next_free_at,
      nextSlot: r.ns_id
        ? toSlot({ id: r.ns_id, offering_id: r.ns_offering_id!, starts_at: r.ns_starts_at!, ends_at: r.ns_ends_at!, capacity: r.ns_capacity!, booked: r.ns_booked! })
        : null,
    }));
  },
};
