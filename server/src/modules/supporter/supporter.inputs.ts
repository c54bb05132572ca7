import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, Length, MaxLength } from 'class-validator';
import { SupporterAccess } from './supporter.entity';

@InputType()
export class InviteSupporterInput {
  @Field(() => ID)
  planId: string;

  @Field(() => String)
  @IsEmail({}, { message: 'Enter a real email address, like name@example.com.' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: "How they know the person, in a few words: 'daughter', 'friend', 'support broker'." })
  @Length(1, 100, { message: 'Say how they know you, in up to 100 characters.' })
  relationship: string;

  @Field(() => SupporterAccess)
  access: SupporterAccess;
}

@InputType()
export class AppointAuthorisedPersonInput {
  @Field(() => ID)
  planId: string;

  @Field(() => String)
  @IsEmail({}, { message: 'Enter a real email address, like name@example.com.' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: 'Why: the capacity assessment and decision, in plain words (recorded and shown to the person).' })
  @Length(10, 1000, { message: 'Record the reason for the appointment in 10 to 1,000 characters.' })
  reason: string;
}
