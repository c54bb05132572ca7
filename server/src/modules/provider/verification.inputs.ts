import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../graphql/connection';
import { VerificationKind } from './verification.entity';

@InputType()
export class VerificationInput {
  @Field(() => VerificationKind)
  kind: VerificationKind;

  @Field(() => String, { description: 'The certificate, registration or policy number (1-100 characters).' })
  @MaxLength(100)
  reference: string;

  @Field(() => String, { nullable: true, description: 'The last day it is good for, YYYY-MM-DD; leave out when it does not run out.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expiresOn must be a date written YYYY-MM-DD.' })
  expiresOn?: string | null;
}

@ArgsType()
export class ReviewVerificationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Boolean)
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Required when rejecting: what the provider needs to do.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@ArgsType()
export class VerificationQueueArgs extends PageArgs {}
