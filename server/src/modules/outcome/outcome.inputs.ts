import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class RecordOutcomeInput {
  @Field(() => ID)
  goalId: string;

  @Field(() => Int, { description: '1-10' })
  @IsInt()
  @Min(1, { message: 'Scores run from 1 to 10.' })
  @Max(10, { message: 'Scores run from 1 to 10.' })
  score: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  bookingId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'Notes can be up to 1,000 characters.' })
  note?: string | null;
}

@InputType()
export class WellbeingCheckInput {
  @Field(() => ID)
  planId: string;

  @Field(() => [Int], { description: 'The seven SWEMWBS statements in order, each 1 (none of the time) to 5 (all of the time).' })
  @ArrayMinSize(7, { message: 'Answer all seven statements.' })
  @ArrayMaxSize(7, { message: 'Answer all seven statements.' })
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'Each answer is from 1 (none of the time) to 5 (all of the time).' })
  @Max(5, { each: true, message: 'Each answer is from 1 (none of the time) to 5 (all of the time).' })
  items: number[];
}
