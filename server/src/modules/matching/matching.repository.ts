import type { EntityManager } from 'typeorm';
import { rows } from '../../db/sql';
import { OFFERING_COLUMNS, toOffering, type Offering, type OfferingRow } from '../catalogue/offering.entity';
import { SLOT_COLUMNS, toSlot, type Slot, type SlotRow } from '../catalogue/slot.entity';
import type { LifeArea } from '../catalogue/life-area';
import { projectKm } from '../place/geo';

export interface CandidateCriteria {
  latitude: number;
  longitude: number;
  maxTravelKm: number;
  needCategoryIds: string[];
  goalLifeAreas: LifeArea[];
  /** null: unknown, so only offerings open to any adult (no upper limit, a lower one of at most 18). */
  age: number | null;
  availablePence: number;
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

// Great-circle distance from the plan's district to the offering's base; the twin of catalogue/offering-search.ts.
const HAVERSINE = `(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians($1::float8 - o.latitude) / 2), 2)
  + cos(radians(o.latitude)) * cos(radians($1::float8)) * power(sin(radians($2::float8 - o.longitude) / 2), 2)))))`;

// The cost of one session, as booking charges it (booking/booking-price.ts): HOUR prices for the session length,
// rounded to the nearest penny; other units once per session.
const SESSION_COST = `(CASE WHEN o.price_unit = 'HOUR' THEN (o.price_pence::bigint * o.session_minutes + 30) / 60 ELSE o.price_pence END)`;

// Shared by both branches of the candidate query: fit, age and affordability.
const FITS = `((cardinality($5::uuid[]) = 0 AND cardinality($6::life_area[]) = 0)
      OR o.category_id = ANY($5::uuid[]) OR o.life_areas && $6::life_area[])
  AND CASE WHEN $9::int IS NULL THEN (o.minimum_age IS NULL OR o.minimum_age <= 18) AND o.maximum_age IS NULL
      ELSE (o.minimum_age IS NULL OR o.minimum_age <= $9::int) AND (o.maximum_age IS NULL OR o.maximum_age >= $9::int) END
  AND ${SESSION_COST} <= $8::int`;

// In-person reach: the service area covers the district and, unless they come to the person's home, it is within
// the person's travel distance (offering_service_area_gist prefilters; the great-circle test is exact).
const IN_PERSON = `o.service_area @> point($3::float8, $4::float8) AND ${HAVERSINE} <= o.service_radius_km
  AND ('HOME_VISIT' = ANY(o.delivery_modes) OR ${HAVERSINE} <= $7::float8)`;

const NARROW = `o.id, o.category_id, o.life_areas, o.rating_score, ${HAVERSINE}::float8 AS distance_km, ${SESSION_COST}::int AS cost_pence`;

export const MatchingRepository = {
  /**
   * Every hard constraint in one statement, then the evidence each candidate is scored on:
   * - published, and of a kind of support the plan needs or serving a life area of its goals (any, if neither);
   * - reaches the person: remote (online or phone; offering_remote_idx), or in person (IN_PERSON above). The two
   *   branches are disjoint (UNION ALL); a remote offering also says whether it is within reach in person;
   * - open to the person's age; one session costs no more than the money available;
   * capped at `limit` candidates, the likeliest first (need met, goal areas served, rating), sorting narrow rows.
   * For those only: the offering's columns, outcome evidence from completed bookings (booking_offering_idx), free
   * slots in the window and the next free slot (slot_free_idx).
   */
  async findCandidates(db: EntityManager, c: CandidateCriteria): Promise<CandidateRow[]> {
    const { x, y } = projectKm(c.latitude, c.longitude);
    const found = await rows<Row>(
      db,
      `WITH candidate AS (
         SELECT id, distance_km, cost_pence, in_person FROM (
           SELECT ${NARROW}, coalesce(${IN_PERSON}, false) AS in_person FROM offering o
           WHERE o.status = 'PUBLISHED' AND o.remote AND ${FITS}
           UNION ALL
           SELECT ${NARROW}, true FROM offering o
           WHERE o.status = 'PUBLISHED' AND NOT o.remote AND ${IN_PERSON} AND ${FITS}
         ) o
         ORDER BY (o.category_id = ANY($5::uuid[])) DESC,
                  (SELECT count(*) FROM unnest(o.life_areas) a WHERE a = ANY($6::life_area[])) DESC,
                  o.rating_score DESC, o.id
         LIMIT $10
       )
       SELECT ${OFFERING_COLUMNS('o')}, c.distance_km, c.cost_pence, c.in_person, pr.peer_led,
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
      [c.latitude, c.longitude, x, y, c.needCategoryIds, c.goalLifeAreas, c.maxTravelKm, c.availablePence, c.age, c.limit, c.now, c.windowEnd],
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
