import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One recorded score of a goal. Scores are never changed or removed.' })
export class GoalScore {
  @Field(() => ID)
  id: string;

  goalId: string;

  @Field(() => Int, { description: '1-10' })
  score: number;

  @Field(() => ID, { nullable: true, description: 'The session this score followed, when the person tied it to one.' })
  bookingId: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  recordedAt: Date;
}

@ObjectType({ description: 'A short wellbeing check (SWEMWBS).' })
export class WellbeingCheck {
  @Field(() => ID)
  id: string;

  planId: string;

  @Field(() => [Int], { description: 'The seven answers, each 1 (none of the time) to 5 (all of the time).' })
  items: number[];

  @Field(() => Int, { description: '7-35' })
  rawScore: number;

  @Field(() => Float, { description: 'The raw score converted with the published SWEMWBS table (7.00-35.00).' })
  metricScore: number;

  @Field(() => Date)
  recordedAt: Date;
}

export interface GoalScoreRow {
  id: string;
  goal_id: string;
  score: number;
  booking_id: string | null;
  note: string | null;
  recorded_at: Date;
}

export const toGoalScore = (r: GoalScoreRow): GoalScore =>
  Object.assign(new GoalScore(), { id: String(r.id), goalId: r.goal_id, score: r.score, bookingId: r.booking_id, note: r.note, recordedAt: r.recorded_at });

export interface WellbeingCheckRow {
  id: string;
  plan_id: string;
  items: number[];
  raw_score: number;
  metric_score: string;
  recorded_at: Date;
}

export const toWellbeingCheck = (r: WellbeingCheckRow): WellbeingCheck =>
  Object.assign(new WellbeingCheck(), {
    id: r.id,
    planId: r.plan_id,
    items: r.items.map(Number),
    rawScore: r.raw_score,
    metricScore: Number(r.metric_score),
    recordedAt: r.recorded_at,
  });
