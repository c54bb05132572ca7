import { Field, ObjectType } from 'type-graphql';

// How a provider or an offering can be reached. Built from columns of their own rows (read with the row), so it
// costs no query of its own. The field names follow Open Referral UK (see docs/messages-and-notifications.md).
@ObjectType({ description: 'How a provider or an offering can be reached. Public for published offerings and their providers.' })
export class ContactDetails {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: "Where sessions happen, for in-person offerings: address lines and postcode district, never a person's home." })
  venueAddress: string | null;

  @Field(() => String, { nullable: true })
  venueOutcode: string | null;

  @Field(() => [String], { description: 'Step-free access, hearing loop, accessible toilet, ... in plain words.' })
  accessibility: string[];

  @Field(() => String, { nullable: true, description: "Opening or contact hours in plain words, e.g. 'Mondays 10am to 4pm'." })
  hours: string | null;
}

/** The contact columns of a provider or offering row. */
export interface ContactFields {
  email: string | null;
  phone: string | null;
  website: string | null;
  hours: string | null;
  venueAddress: string | null;
  venueOutcode: string | null;
  accessibility: string[];
}

