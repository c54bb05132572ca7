import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { PageArgs, PageInfo } from '../../graphql/connection';

/**
 * What a commissioner is shown of a plan in their area, so they can fund it: its id and reference, district and
 * start date, never the person, their goals, needs or anything else in it (only the person and admins read a plan).
 * The budgets their council funds come with it (see AreaPlanBudgetsFieldResolver).
 */
@ObjectType()
export class AreaPlan {
  @Field(() => ID, { description: 'The plan id, for allocateBudget.' })
  id: string;

  @Field(() => String, { description: 'A short reference the person can read out from their plan page: the first 8 characters of the id, in capitals.' })
  reference(): string {
    return planReference(this.id);
  }

  @Field(() => String)
  outcode: string;

  localAuthorityCode: string;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => Date)
  createdAt: Date;
}

export function planReference(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

@ObjectType()
export class AreaPlanEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => AreaPlan)
  node: AreaPlan;
}

@ObjectType({ description: 'Plans in an area, newest first.' })
export class AreaPlanConnection {
  @Field(() => [AreaPlanEdge])
  edges: AreaPlanEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ArgsType()
export class AreaPlansArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Admins: the area's GSS code (commissioners always see their own area)." })
  @IsOptional()
  @Matches(/^[EWS]\d{8}$/, { message: 'Give a local authority GSS code, like E08000003.' })
  localAuthorityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only plans in this postcode district, like M14.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]?$/, { message: 'Give a postcode district, like M14.' })
  outcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the plan with this reference (8 letters and digits from the plan page).' })
  @IsOptional()
  @Matches(/^[0-9A-Fa-f]{8}$/, { message: 'A plan reference is 8 letters and digits, like 3F2A9C1B.' })
  reference?: string | null;
}

export interface AreaPlanRow {
  id: string;
  outcode: string;
  local_authority_code: string;
  active: boolean;
  created_at: Date;
  sort_key: string;
}

export function toAreaPlan(r: AreaPlanRow): AreaPlan & { sortKey: string } {
  return Object.assign(new AreaPlan(), {
    id: r.id,
    outcode: r.outcode,
    localAuthorityCode: r.local_authority_code,
    active: r.active,
    createdAt: r.created_at,
    sortKey: r.sort_key,
  });
}
