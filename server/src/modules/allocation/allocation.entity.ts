import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LifeArea } from '../catalogue/life-area';

@ObjectType({ description: 'Points for each level of need in one life area (no need, level 0, is always 0 points).' })
export class AllocationRate {
  @Field(() => LifeArea)
  lifeArea: LifeArea;

  @Field(() => Int, { description: 'Level 1: some support needed' })
  somePoints: number;

  @Field(() => Int, { description: 'Level 2: substantial support needed' })
  substantialPoints: number;

  @Field(() => Int, { description: 'Level 3: critical support needed' })
  criticalPoints: number;
}

@ObjectType({ description: "A version of a local authority's resource allocation system. Published versions never change." })
export class AllocationScheme {
  @Field(() => ID)
  id: string;

  localAuthorityCode: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: 'What one point is worth a year, in pence.' })
  pencePerPoint: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => [AllocationRate], { description: 'One rate for every life area, in the LifeArea order.' })
  rates: AllocationRate[];
}

@ObjectType()
export class AllocationLine {
  @Field(() => LifeArea)
  lifeArea: LifeArea;

  @Field(() => Int)
  level: number;

  @Field(() => Int)
  points: number;

  @Field(() => Int)
  pence: number;
}

@ObjectType()
export class IndicativeBudget {
  @Field(() => Int)
  annualPence: number;

  @Field(() => Int)
  points: number;

  @Field(() => Int)
  pencePerPoint: number;

  @Field(() => [AllocationLine])
  breakdown: AllocationLine[];

  @Field(() => String, { description: 'Plain-language account of how the figure was reached; always says the figure is indicative.' })
  explanation: string;

  @Field(() => Int, { description: 'The version of the resource allocation system used.' })
  schemeVersion: number;

  localAuthorityCode: string;
}

export interface SchemeRow {
  id: string;
  local_authority_code: string;
  version: number;
  pence_per_point: number;
  note: string | null;
  published_at: Date;
  rates: { lifeArea: LifeArea; somePoints: number; substantialPoints: number; criticalPoints: number }[];
}

export function toScheme(r: SchemeRow): AllocationScheme {
  const order = Object.values(LifeArea);
  return Object.assign(new AllocationScheme(), {
    id: r.id,
    localAuthorityCode: r.local_authority_code,
    version: r.version,
    pencePerPoint: r.pence_per_point,
    note: r.note,
    publishedAt: r.published_at,
    rates: [...r.rates].sort((a, b) => order.indexOf(a.lifeArea) - order.indexOf(b.lifeArea)).map((x) => Object.assign(new AllocationRate(), x)),
  });
}
