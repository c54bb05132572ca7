import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Offering } from '../catalogue/offering.entity';

export enum MatchFactor {
  GOAL_FIT = 'GOAL_FIT',
  DISTANCE = 'DISTANCE',
  AFFORDABILITY = 'AFFORDABILITY',
  PREFERENCES = 'PREFERENCES',
  OUTCOMES = 'OUTCOMES',
  RATING = 'RATING',
  AVAILABILITY = 'AVAILABILITY',
}
registerEnumType(MatchFactor, { name: 'MatchFactor' });

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class MatchReason {
  @Field(() => MatchFactor)
  factor: MatchFactor;

  @Field(() => Float, { description: '0..1, how well the offering does on this factor' })
  score: number;

  @Field(() => Float, { description: "this factor's share of the total score" })
  weight: number;

  @Field(() => String)
  explanation: string;
}

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class Match {
  @Field(() => Offering)
  offering: Offering;

  @Field(() => Float, { description: '0..1' })
  score: number;

  @Field(() => [MatchReason], { description: 'Every factor, in the MatchFactor order.' })
  reasons: MatchReason[];

  @Field(() => Int, { description: 'What one session would cost from the budget.' })
  sessionCostPence: number;
}
