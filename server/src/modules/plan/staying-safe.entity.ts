import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Someone to call: a name and a UK phone number.' })
export class SafetyContact {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'In national format, e.g. 07700 900123.' })
  phone: string;
}

@ObjectType({
  description:
    "Staying safe, taking chances: the person's own words about the risks they choose to take for their recovery, what helps them " +
    'stay safe, and whom to call. Part of the plan, so as private as the rest of it: never shown to providers or commissioners.',
})
export class StayingSafe {
  planId: string;

  @Field(() => String, { nullable: true, description: 'The risks the person chooses to take, and why they matter to them.' })
  risksTaken: string | null;

  @Field(() => String, { nullable: true, description: 'What helps them stay safe while they do.' })
  whatHelps: string | null;

  @Field(() => [SafetyContact], { description: 'Whom to call, in the order they gave (up to 5).' })
  contacts: SafetyContact[];

  @Field(() => Date, { nullable: true, description: 'When it was last changed; null when nothing has been written yet.' })
  updatedAt: Date | null;
}

export interface StayingSafeRow {
  plan_id: string;
  risks_taken: string | null;
  what_helps: string | null;
  contact_names: string[];
  contact_phones: string[];
  updated_at: Date;
}

export const STAYING_SAFE_COLUMNS = 's.plan_id, s.risks_taken, s.what_helps, s.contact_names, s.contact_phones, s.updated_at';

export function toStayingSafe(r: StayingSafeRow): StayingSafe {
  return Object.assign(new StayingSafe(), {
    planId: r.plan_id,
    risksTaken: r.risks_taken,
    whatHelps: r.what_helps,
    contacts: r.contact_names.map((name, i) => ({ name, phone: r.contact_phones[i] })),
    updatedAt: r.updated_at,
  });
}

/** A plan with nothing written yet. */
export function emptyStayingSafe(planId: string): StayingSafe {
  return Object.assign(new StayingSafe(), { planId, risksTaken: null, whatHelps: null, contacts: [], updatedAt: null });
}
