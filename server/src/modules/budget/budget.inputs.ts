import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, NotEquals } from 'class-validator';
import { FundingSource } from './budget.entity';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_MESSAGE = 'Give dates as YYYY-MM-DD, like 2026-04-01.';
export const MAX_ALLOCATION_PENCE = 50_000_000; // £500,000 in one line

@InputType()
export class AllocateBudgetInput {
  @Field(() => ID)
  planId: string;

  @Field(() => FundingSource)
  @IsIn(Object.values(FundingSource))
  fundingSource: FundingSource;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Allocate at least 1p.' })
  @Max(MAX_ALLOCATION_PENCE, { message: 'Allocate at most £500,000 at a time.' })
  allocatedPence: number;

  @Field(() => String)
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  periodStartDate: string;

  @Field(() => String)
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  periodEndDate: string;

  @Field(() => String, { nullable: true, description: 'Shown on the statement.' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class AdjustBudgetInput {
  @Field(() => ID)
  budgetId: string;

  @Field(() => Int, { description: 'Positive to add money, negative to take it back (never below what is held or spent).' })
  @IsInt()
  @NotEquals(0, { message: 'An adjustment cannot be zero.' })
  @Min(-MAX_ALLOCATION_PENCE)
  @Max(MAX_ALLOCATION_PENCE)
  amountPence: number;

  @Field(() => String, { description: 'Why: shown on the statement.' })
  @Length(1, 500, { message: 'Say why, in up to 500 characters.' })
  @Matches(/\S/, { message: 'Say why.' })
  note: string;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen by the client (a UUID, say) and sent again with a retry: an adjustment with the same key applies once.',
  })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}
