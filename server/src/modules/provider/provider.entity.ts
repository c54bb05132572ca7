import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ProviderKind } from './provider.enums';
import { ContactDetails } from '../contact/contact.entity';

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class RatingSummary {
  @Field(() => Float, { nullable: true, description: 'null when there are no reviews' })
  average: number | null;

  @Field(() => Int)
  count: number;
}

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class Provider {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => ProviderKind)
  kind: ProviderKind;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String)
  baseOutcode: string;

  @Field(() => Boolean, {
    description: '"Checked provider": an admin has verified, and time has not run out on, every piece of evidence it must hold for what it offers (see verifications and requiredVerifications).',
  })
  verified: boolean;

  @Field(() => Boolean, { description: 'Run by, or employing, people with lived experience (peer workers).' })
  peerLed: boolean;

  /** Never exposed: used for ownership checks. */
  ownerId: string;

  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set while an admin has suspended it: its offerings are out of search and cannot be booked.' })
  suspendedAt: Date | null;

  /** Admins and the owner only: see SuspensionFieldResolver. */
  suspensionReason: string | null;

  /** Roll-up of its offerings' reviews, kept by the review transaction (see ReviewService). */
  ratingCount: number;
  ratingSum: number;

  contactEmail: string | null;
  contactPhone: string | null;
  contactHours: string | null;
  accessibility: string[];

  @Field(() => ContactDetails, { description: 'How to reach the organisation (offerings may give their own, and a venue).' })
  contact(): ContactDetails {
    return { email: this.contactEmail, phone: this.contactPhone, website: this.website, hours: this.contactHours, venueAddress: null, venueOutcode: null, accessibility: this.accessibility };
  }

  @Field(() => RatingSummary, { description: 'All reviews of all its offerings.' })
  rating(): RatingSummary {
    return { average: this.ratingCount > 0 ? Math.round((this.ratingSum / this.ratingCount) * 100) / 100 : null, count: this.ratingCount };
  }
}

export interface ProviderRow {
  id: string;
  owner_id: string;
  name: string;
  kind: ProviderKind;
  description: string;
  website: string | null;
  base_outcode: string;
  verified: boolean;
  peer_led: boolean;
  created_at: Date;
  rating_count: number;
  rating_sum: number;
  contact_email: string | null;
  contact_phone: string | null;
  contact_hours: string | null;
  accessibility: string[];
  suspended_at: Date | null;
  suspension_reason: string | null;
}

export const PROVIDER_COLUMNS = 'id, owner_id, name, kind, description, website, base_outcode, verified, peer_led, created_at, rating_count, rating_sum, contact_email, contact_phone, contact_hours, accessibility, suspended_at, suspension_reason';

export function toProvider(r: ProviderRow): Provider {
  return Object.assign(new Provider(), {
    id: r.id,
    ownerId: r.owner_id,
    name: r.name,
    kind: r.kind,
    description: r.description,
    website: r.website,
    baseOutcode: r.base_outcode,
    verified: r.verified,
    peerLed: r.peer_led,
    createdAt: r.created_at,
    ratingCount: r.rating_count,
    ratingSum: r.rating_sum,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    contactHours: r.contact_hours,
    accessibility: r.accessibility,
    suspendedAt: r.suspended_at,
    suspensionReason: r.suspension_reason,
  });
}
