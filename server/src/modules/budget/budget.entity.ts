import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';

export enum FundingSource {
  DIRECT_PAYMENT = 'DIRECT_PAYMENT',
  PERSONAL_HEALTH_BUDGET = 'PERSONAL_HEALTH_BUDGET',
  INDIVIDUAL_SERVICE_FUND = 'INDIVIDUAL_SERVICE_FUND',
  SELF_FUNDED = 'SELF_FUNDED',
}
registerEnumType(FundingSource, { name: 'FundingSource' });

export enum LedgerKind {
  ALLOCATION = 'ALLOCATION',
  HOLD = 'HOLD',
  RELEASE = 'RELEASE',
  SPEND = 'SPEND',
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(LedgerKind, {
  name: 'LedgerKind',
  description: 'ALLOCATION adds money; HOLD reserves it for a booking; RELEASE gives a hold back; SPEND turns a hold into spend; ADJUSTMENT corrects the allocation (may be negative).',
});

@ObjectType()
export class Budget {
  @Field(() => ID)
  id: string;

  planId: string;

  @Field(() => FundingSource)
  fundingSource: FundingSource;

  /** The local authority that funds it (and alone may adjust it), whatever area the plan is in now; null when self-funded. */
  fundingAuthorityCode: string | null;

  @Field(() => Int)
  allocatedPence: number;

  @Field(() => Int, { description: 'Held for requested or confirmed bookings not yet delivered.' })
  committedPence: number;

  @Field(() => Int)
  spentPence: number;

  @Field(() => Int, { description: 'allocated - committed - spent; never negative' })
  availablePence(): number {
    return this.allocatedPence - this.committedPence - this.spentPence;
  }

  @Field(() => String)
  periodStartDate: string;

  @Field(() => String)
  periodEndDate: string;

  createdAt: Date;
}

@ObjectType({ description: 'One line of a budget statement. Lines are never changed or removed.' })
export class LedgerLine {
  @Field(() => ID)
  id: string;

  budgetId: string;

  @Field(() => LedgerKind)
  kind: LedgerKind;

  @Field(() => Int)
  amountPence: number;

  @Field(() => ID, { nullable: true })
  bookingId: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  createdAt: Date;
}

export interface BudgetRow {
  id: string;
  plan_id: string;
  funding_source: FundingSource;
  funding_authority_code: string | null;
  period_start_date: string;
  period_end_date: string;
  allocated_pence: number;
  committed_pence: number;
  spent_pence: number;
  created_at: Date;
}

// Dates are read as text (YYYY-MM-DD) so no time zone ever shifts them.
export const BUDGET_COLUMNS = (a = 'b') =>
  `${a}.id, ${a}.plan_id, ${a}.funding_source, ${a}.funding_authority_code, ${a}.period_start_date::text AS period_start_date,
   ${a}.period_end_date::text AS period_end_date, ${a}.allocated_pence, ${a}.committed_pence, ${a}.spent_pence, ${a}.created_at`;

export function toBudget(r: BudgetRow): Budget {
  return Object.assign(new Budget(), {
    id: r.id,
    planId: r.plan_id,
    fundingSource: r.funding_source,
    fundingAuthorityCode: r.funding_authority_code,
    periodStartDate: r.period_start_date,
    periodEndDate: r.period_end_date,
    allocatedPence: r.allocated_pence,
    committedPence: r.committed_pence,
    spentPence: r.spent_pence,
    createdAt: r.created_at,
  });
}

@ObjectType({ description: 'A line of a budget statement, with the balances just after it.' })
export class StatementLine {
  @Field(() => ID)
  id: string;

  budgetId: string;

  @Field(() => LedgerKind)
  kind: LedgerKind;

  @Field(() => Int, { description: 'The amount on the line, as recorded (negative only for a downward ADJUSTMENT).' })
  amountPence: number;

  @Field(() => Int, { description: 'How the line changed the money available: + for ALLOCATION and RELEASE, - for HOLD, 0 for SPEND.' })
  availableChangePence: number;

  @Field(() => Int)
  allocatedAfterPence: number;

  @Field(() => Int)
  committedAfterPence: number;

  @Field(() => Int)
  spentAfterPence: number;

  @Field(() => Int, { description: 'The running balance: allocated - committed - spent after this line.' })
  availableAfterPence: number;

  @Field(() => ID, { nullable: true })
  bookingId: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => String, { nullable: true, description: "For a booking's lines: the title of the offering booked." })
  offeringTitle: string | null;

  @Field(() => String, { nullable: true, description: "For a booking's lines: the provider's name." })
  providerName: string | null;

  @Field(() => Date, { nullable: true, description: "For a booking's lines: when the session starts." })
  sessionStartsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Set when a supporter made the line for the person: "Jo (for Sam)".' })
  actedFor: string | null;

  @Field(() => String, { description: 'The line in plain words, e.g. "Held for a booking: Calm walks with Moss Side Circle, Tue, 8 Dec 2026, 10:00".' })
  get description(): string {
    return describeStatementLine(this);
  }
}

const LINE_KIND: Record<LedgerKind, string> = {
  ALLOCATION: 'Money added',
  ADJUSTMENT: 'Change to the budget',
  HOLD: 'Held for a booking',
  RELEASE: 'Hold given back',
  SPEND: 'Paid for a session',
};

const SESSION_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What a statement line was for, in the words a person reads: the kind, then the service, provider and session. */
export function describeStatementLine(l: Pick<StatementLine, 'kind' | 'offeringTitle' | 'providerName' | 'sessionStartsAt' | 'note'>): string {
  const what = [l.offeringTitle, l.providerName ? `with ${l.providerName}` : null].filter(Boolean).join(' ');
  const session = l.sessionStartsAt ? `session ${SESSION_TIME.format(l.sessionStartsAt)}` : null;
  const detail = [what || null, session, l.note].filter(Boolean).join(', ');
  return detail ? `${LINE_KIND[l.kind]}: ${detail}` : LINE_KIND[l.kind];
}

@ObjectType()
export class StatementEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => StatementLine)
  node: StatementLine;
}

@ObjectType()
export class StatementConnection {
  @Field(() => [StatementEdge])
  edges: StatementEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
