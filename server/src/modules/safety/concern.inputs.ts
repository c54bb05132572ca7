import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../graphql/connection';
import { ConcernStatus } from './concern.entity';

@InputType()
export class RaiseConcernInput {
  @Field(() => ID)
  providerId: string;

  @Field(() => ID, { nullable: true, description: 'One of its offerings, if the concern is about it.' })
  @IsOptional()
  offeringId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A booking with it that the raiser may see (their own, or one of a plan they support).' })
  @IsOptional()
  bookingId?: string | null;

  @Field(() => String, { description: 'What happened, in your own words (up to 5,000 characters).' })
  @MaxLength(5000)
  description: string;

  @Field(() => String, { nullable: true, description: 'How to reach you, if you want to be contacted (handlers only ever see it).' })
  @IsOptional()
  @MaxLength(200)
  contact?: string | null;
}

@ArgsType()
export class ConcernsArgs extends PageArgs {
  @Field(() => ConcernStatus, { nullable: true })
  @IsOptional()
  status?: ConcernStatus | null;
}

@ArgsType()
export class UpdateConcernArgs {
  @Field(() => ID)
  id: string;

  @Field(() => ConcernStatus)
  status: ConcernStatus;

  @Field(() => String, { nullable: true, description: 'Required on closing: the outcome, which the person who raised it is told.' })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;
}

@ArgsType()
export class SuspendProviderArgs {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Why, for the record and for the provider (never who raised a concern).' })
  @MaxLength(1000)
  reason: string;
}
