import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class Review {
  @Field(() => ID)
  id: string;

  bookingId: string;
  offeringId: string;
  providerId: string;
  personId: string;

  @Field(() => Int, { description: '1-5' })
  rating: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date)
  createdAt: Date;
}

export interface ReviewRow {
  id: string;
  booking_id: string;
  offering_id: string;
  provider_id: string;
  person_id: string;
  rating: number;
  comment: string | null;
  created_at: Date;
}

export const REVIEW_COLUMNS = (a = 'r') => `${a}.id, ${a}.booking_id, ${a}.offering_id, ${a}.provider_id, ${a}.person_id, ${a}.rating, ${a}.comment, ${a}.created_at`;

export function toReview(r: ReviewRow): Review {
  return Object.assign(new Review(), {
    id: r.id,
    bookingId: r.booking_id,
    offeringId: r.offering_id,
    providerId: r.provider_id,
    personId: r.person_id,
    rating: r.rating,
    comment: r.comment,
    createdAt: r.created_at,
  });
}
