import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';

export enum ConcernStatus {
  RECEIVED = 'RECEIVED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  INVESTIGATING = 'INVESTIGATING',
  CLOSED = 'CLOSED',
}
registerEnumType(ConcernStatus, { name: 'ConcernStatus' });

@ObjectType({
  description: 'A safeguarding concern or complaint about a provider, an offering or a booking. Whoever raised it sees its status; admins and the commissioners of the areas the provider serves handle it. The provider never sees who raised it.',
})
export class Concern {
  @Field(() => ID)
  id: string;

  @Field(() => ConcernStatus)
  status: ConcernStatus;

  providerId: string;
  offeringId: string | null;
  bookingId: string | null;
  /** Never exposed as an id; handlers see the name and email through Concern.raisedBy. */
  raisedById: string | null;
  contactValue: string | null;

  @Field(() => String)
  description: string;

  @Field(() => Date)
  raisedAt: Date;

  @Field(() => Date, { description: 'One working day after it was raised (Monday to Friday, not bank holidays, UK time).' })
  acknowledgeBy: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => Boolean, { description: 'Still not acknowledged one working day after it was raised.' })
  get overdue(): boolean {
    return this.status === ConcernStatus.RECEIVED && Date.now() > this.acknowledgeBy.getTime();
  }

  /** Set by the service: the viewer handles it (an admin, or a commissioner of one of its areas). */
  viewerHandles: boolean;
  sortKey: [string, string];
}

@ObjectType({ description: 'One step of a concern: what it moved to, when, and (for those who handle it) who moved it.' })
export class ConcernStep {
  @Field(() => ConcernStatus)
  status: ConcernStatus;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true, description: 'Handlers only: who made the step ("the person who raised it" for the first).' })
  actorName: string | null;

  @Field(() => String, { nullable: true, description: 'The note given with the step (the outcome, on closing).' })
  note: string | null;
}

@ObjectType({ description: 'Who raised a concern: for admins and commissioners handling it, never for the provider.' })
export class ConcernRaiser {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'How they asked to be reached, if they gave a way.' })
  contact: string | null;
}

@ObjectType()
export class ConcernEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Concern)
  node: Concern;
}

@ObjectType()
export class ConcernConnection {
  @Field(() => [ConcernEdge])
  edges: ConcernEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

export interface ConcernRow {
  id: string;
  provider_id: string;
  offering_id: string | null;
  booking_id: string | null;
  raised_by: string | null;
  contact: string | null;
  description: string;
  status: ConcernStatus;
  raised_at: Date;
  raised_at_key: string;
  acknowledge_by: Date;
  acknowledged_at: Date | null;
  closed_at: Date | null;
  outcome: string | null;
}

export const CONCERN_COLUMNS = (a: string) =>
  `${a}.id, ${a}.provider_id, ${a}.offering_id, ${a}.booking_id, ${a}.raised_by, ${a}.contact, ${a}.description, ${a}.status, ${a}.raised_at, ${a}.raised_at::text AS raised_at_key, ${a}.acknowledge_by, ${a}.acknowledged_at, ${a}.closed_at, ${a}.outcome`;

export function toConcern(r: ConcernRow, viewerHandles: boolean): Concern {
  return Object.assign(new Concern(), {
    id: r.id,
    providerId: r.provider_id,
    offeringId: r.offering_id,
    bookingId: r.booking_id,
    raisedById: r.raised_by,
    contactValue: r.contact,
    description: r.description,
    status: r.status,
    raisedAt: r.raised_at,
    acknowledgeBy: r.acknowledge_by,
    acknowledgedAt: r.acknowledged_at,
    closedAt: r.closed_at,
    outcome: r.outcome,
    viewerHandles,
    sortKey: [r.raised_at_key, r.id] as [string, string],
  });
}
