import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../account/role';

export enum SupporterAccess {
  VIEW = 'VIEW',
  BOOK = 'BOOK',
  MANAGE = 'MANAGE',
}
registerEnumType(SupporterAccess, {
  name: 'SupporterAccess',
  description:
    "What a supporter may do for the person: VIEW reads the plan, budgets and bookings; BOOK also books, cancels and\nmessages; MANAGE also edits the plan and its goals. Money is only ever moved from the person's own budgets.",
});

export enum SupporterStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}
registerEnumType(SupporterStatus, { name: 'SupporterStatus' });

@ObjectType({
  description:
    'Someone the person trusts to help: family, a friend, a support broker, a care coordinator, or (set by a\ncommissioner) the authorised person for someone who lacks capacity to manage a direct payment.',
})
export class Supporter {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: "The plan's id, to act for the person (Supporter.plan itself only once accepted)." })
  planId: string;
  userId: string | null;
  /** The plan's person: for Supporter.personName and access checks. */
  personId: string;

  @Field(() => String, { description: "The supporter's name once they have an account; until then the invited email." })
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  relationship: string;

  @Field(() => SupporterAccess)
  access: SupporterAccess;

  @Field(() => SupporterStatus)
  status: SupporterStatus;

  @Field(() => Date)
  invitedAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { description: 'The name of the person being supported (the plan\'s person).' })
  personName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Set when a commissioner appointed this supporter as the authorised person (Care Act s.32): why.',
  })
  authorisedReason: string | null;
}

@ObjectType({ description: 'Someone other than the person who read the plan, at most once an hour each.' })
export class PlanRead {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  readerName: string;

  @Field(() => Role)
  readerRole: Role;

  @Field(() => String, { nullable: true, description: "For a supporter: how they know the person (e.g. 'daughter')." })
  relationship: string | null;

  @Field(() => Date)
  readAt: Date;
}
