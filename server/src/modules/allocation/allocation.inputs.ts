import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LifeArea } from '../catalogue/life-area';
import { MAX_LEVEL, MAX_PENCE_PER_POINT, MAX_POINTS } from './allocation.calculator';

const GSS_CODE = /^[EWS]\d{8}$/;
const GSS_MESSAGE = 'Give a local authority GSS code, like E08000003.';

@InputType()
export class AssessmentAnswerInput {
  @Field(() => LifeArea)
  @IsIn(Object.values(LifeArea))
  lifeArea: LifeArea;

  @Field(() => Int, { description: '0 = no support needed, 1 = some, 2 = substantial, 3 = critical' })
  @IsInt()
  @Min(0, { message: 'Each level of need is 0 (none), 1 (some), 2 (substantial) or 3 (critical).' })
  @Max(MAX_LEVEL, { message: 'Each level of need is 0 (none), 1 (some), 2 (substantial) or 3 (critical).' })
  level: number;
}

@InputType()
export class NeedsAssessmentInput {
  @Field(() => String)
  @Matches(GSS_CODE, { message: GSS_MESSAGE })
  localAuthorityCode: string;

  @Field(() => [AssessmentAnswerInput])
  @ArrayMaxSize(10, { message: 'Answer each life area at most once.' })
  @ValidateNested({ each: true })
  answers: AssessmentAnswerInput[];
}

@InputType()
export class AllocationRateInput {
  @Field(() => LifeArea)
  @IsIn(Object.values(LifeArea))
  lifeArea: LifeArea;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_POINTS)
  somePoints: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_POINTS)
  substantialPoints: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_POINTS)
  criticalPoints: number;
}

@InputType({ description: 'A new version of an area\'s resource allocation system. What is left out is carried over from the current version.' })
export class PublishAllocationVersionInput {
  @Field(() => String)
  @Matches(GSS_CODE, { message: GSS_MESSAGE })
  localAuthorityCode: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `The price per point must be from 1p to £${MAX_PENCE_PER_POINT / 100}.` })
  @Max(MAX_PENCE_PER_POINT, { message: `The price per point must be from 1p to £${MAX_PENCE_PER_POINT / 100}.` })
  pencePerPoint?: number | null;

  @Field(() => [AllocationRateInput], { nullable: true, description: 'Replaces the rates of the life areas given.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  rates?: AllocationRateInput[] | null;

  @Field(() => String, { nullable: true, description: 'What changed and why.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
