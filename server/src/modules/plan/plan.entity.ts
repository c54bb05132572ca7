import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DeliveryMode } from '../catalogue/catalogue.enums';
import { LifeArea } from '../catalogue/life-area';

@ObjectType()
export class Goal {
  @Field(() => ID)
  id: string;

  planId: string;

  @Field(() => LifeArea)
  lifeArea: LifeArea;

  @Field(() => String)
  description: string;

  @Field(() => Int, { description: '1-10, self-rated when the goal was set' })
  baselineScore: number;

  @Field(() => Int, { description: '1-10, the latest recorded score' })
  latestScore: number;

  position: number;
  createdAt: Date;
}

@ObjectType()
export class Preferences {
  @Field(() => [String])
  languages: string[];

  @Field(() => [DeliveryMode])
  deliveryModes: DeliveryMode[];

  @Field(() => Float)
  maxTravelKm: number;

  @Field(() => Boolean)
  prefersPeerSupport: boolean;

  @Field(() => [String])
  accessibility: string[];
}

@ObjectType()
export class SupportPlan {
  @Field(() => ID)
  id: string;

  /** Never trust for access without comparing to the viewer: see PlanService. */
  personId: string;

  @Field(() => String)
  outcode: string;

  /** The council that commissions care for the plan's district (a county in two-tier areas): the plan's area. */
  localAuthorityCode: string;

  @Field(() => Int, { nullable: true, description: "The person's age, when they chose to give it (used for age-limited offerings)." })
  age: number | null;

  @Field(() => Preferences)
  preferences: Preferences;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => Date)
  createdAt: Date;
}

export interface PlanRow {
  id: string;
  person_id: string;
  outcode: string;
  local_authority_code: string;
  age: number | null;
  pref_languages: string[];
  pref_delivery_modes: DeliveryMode[];
  max_travel_km: number;
  prefers_peer_support: boolean;
  pref_accessibility: string[];
  active: boolean;
  created_at: Date;
}

export const PLAN_COLUMNS = (a = 'p') =>
  `${a}.id, ${a}.person_id, ${a}.outcode, ${a}.local_authority_code, ${a}.age, ${a}.pref_languages,
   ${a}.pref_delivery_modes::text[] AS pref_delivery_modes, ${a}.max_travel_km, ${a}.prefers_peer_support,
   ${a}.pref_accessibility, ${a}.active, ${a}.created_at`;

export function toPlan(r: PlanRow): SupportPlan {
  return Object.assign(new SupportPlan(), {
    id: r.id,
    personId: r.person_id,
    outcode: r.outcode,
    localAuthorityCode: r.local_authority_code,
    age: r.age,
    active: r.active,
    createdAt: r.created_at,
    preferences: Object.assign(new Preferences(), {
      languages: r.pref_languages,
      deliveryModes: r.pref_delivery_modes,
      maxTravelKm: r.max_travel_km,
      prefersPeerSupport: r.prefers_peer_support,
      accessibility: r.pref_accessibility,
    }),
  });
}

export interface GoalRow {
  id: string;
  plan_id: string;
  life_area: LifeArea;
  description: string;
  baseline_score: number;
  latest_score: number;
  position: number;
  created_at: Date;
}

export const GOAL_COLUMNS = (a = 'g') =>
  `${a}.id, ${a}.plan_id, ${a}.life_area, ${a}.description, ${a}.baseline_score, ${a}.latest_score, ${a}.position, ${a}.created_at`;

export function toGoal(r: GoalRow): Goal {
  return Object.assign(new Goal(), {
    id: r.id,
    planId: r.plan_id,
    lifeArea: r.life_area,
    description: r.description,
    baselineScore: r.baseline_score,
    latestScore: r.latest_score,
    position: r.position,
    createdAt: r.created_at,
  });
}
