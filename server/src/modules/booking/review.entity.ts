import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';

/** What a review shows instead of a name when its author chose not to be named. */
export const UNNAMED_REVIEWER = 'A person who used it';

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

  /** The author's first name when they chose to be named (read with the review), else null. */
  authorFirstName: string | null;

  @Field(() => String, { description: `The author's first name when they chose to be named, else "${UNNAMED_REVIEWER}".` })
  authorName(): string {
    return this.authorFirstName ?? UNNAMED_REVIEWER;
  }

  @Field(() => String, { description: 'The title of the offering reviewed.' })
  offeringTitle: string;

  named: boolean;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  openReports: number;
  lastReportedAt: Date | null;
  /** The keyset sort key of the list it was read for, as PostgreSQL wrote it (microseconds kept), else undefined. */
  sortKey?: string;
}

@ObjectType()
export class ReviewEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Review)
  node: Review;
}

@ObjectType({ description: 'Reviews, newest first.' })
export class ReviewConnection {
  @Field(() => [ReviewEdge])
  edges: ReviewEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'Why someone reported a review. Who reported it is never shown.' })
export class ReviewReport {
  @Field(() => String)
  reason: string;

  @Field(() => Date)
  reportedAt: Date;
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
  named: boolean;
  hidden_at: Date | null;
  hidden_reason: string | null;
  open_reports: number;
  last_reported_at: Date | null;
  author_first_name: string | null;
  offering_title: string;
  sort_key?: string;
}

export const REVIEW_COLUMNS = (a = 'r') =>
  `${a}.id, ${a}.booking_id, ${a}.offering_id, ${a}.provider_id, ${a}.person_id, ${a}.rating, ${a}.comment, ${a}.created_at, ${a}.named, ${a}.hidden_at, ${a}.hidden_reason, ${a}.open_reports, ${a}.last_reported_at`;

/**
 * A review with its author's first name (only when they chose to be named) and its offering's title: two primary-key
 * joins in the same statement. `where` and the rest follow.
 */
export const REVIEW_SELECT = `SELECT ${REVIEW_COLUMNS('r')},
    CASE WHEN r.named THEN nullif(split_part(btrim(u.name), ' ', 1), '') END AS author_first_name, o.title AS offering_title
  FROM review r JOIN app_user u ON u.id = r.person_id JOIN offering o ON o.id = r.offering_id`;

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
    named: r.named,
    hiddenAt: r.hidden_at,
    hiddenReason: r.hidden_reason,
    openReports: r.open_reports,
    lastReportedAt: r.last_reported_at,
    authorFirstName: r.author_first_name,
    offeringTitle: r.offering_title,
    sortKey: r.sort_key,
  });
}
