import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';

export const MAX_MESSAGE_LENGTH = 5000;

@InputType()
export class StartConversationInput {
  @Field(() => ID, { nullable: true, description: 'Ask the provider of this offering...' })
  @IsOptional()
  @MaxLength(64)
  offeringId?: string | null;

  @Field(() => ID, { nullable: true, description: '...or about this booking (one of the two).' })
  @IsOptional()
  @MaxLength(64)
  bookingId?: string | null;

  @Field(() => ID, { description: 'The plan the person (or a supporter acting for them) writes for.' })
  @MaxLength(64)
  planId: string;

  @Field(() => String)
  @Length(1, MAX_MESSAGE_LENGTH, { message: 'A message is 1 to 5,000 characters.' })
  body: string;
}
