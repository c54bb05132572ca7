import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum VerificationKind {
  CQC_REGISTRATION = 'CQC_REGISTRATION',
  DBS_CHECK = 'DBS_CHECK',
  PUBLIC_LIABILITY_INSURANCE = 'PUBLIC_LIABILITY_INSURANCE',
  REFERENCES = 'REFERENCES',
  QUALIFICATION = 'QUALIFICATION',
}
registerEnumType(VerificationKind, { name: 'VerificationKind' });

export enum VerificationStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });

@ObjectType({
  description: 'Evidence a provider gives and an admin checks. The public sees kind, status and expiry; the reference number only the provider and admins.',
})
export class Verification {
  @Field(() => ID)
  id: string;

  providerId: string;

  @Field(() => VerificationKind)
  kind: VerificationKind;

  @Field(() => VerificationStatus)
  status: VerificationStatus;

  @Field(() => String, { nullable: true, description: "The certificate or registration number: the provider's owner and admins only, else null." })
  reference: string | null;

  @Field(() => String, { nullable: true, description: 'The last day it is good for (YYYY-MM-DD); null when it does not run out.' })
  expiresOn: string | null;

  @Field(() => Date, { nullable: true, description: 'When an admin approved or rejected it.' })
  checkedAt: Date | null;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => String, { nullable: true, description: "The admin's note on approving or rejecting: the provider's owner and admins only." })
  reviewNote: string | null;

  checkedBy: string | null;
}

export interface VerificationRow {
  id: string;
  provider_id: string;
  kind: VerificationKind;
  status: VerificationStatus;
  reference: string;
  expires_on: string | null;
  checked_at: Date | null;
  checked_by: string | null;
  submitted_at: Date;
  review_note: string | null;
}

export const VERIFICATION_COLUMNS = `id, provider_id, kind, status, reference, to_char(expires_on, 'YYYY-MM-DD') AS expires_on, checked_at, checked_by, submitted_at, review_note`;

export function toVerification(r: VerificationRow): Verification {
  return Object.assign(new Verification(), {
    id: r.id,
    providerId: r.provider_id,
    kind: r.kind,
    status: r.status,
    reference: r.reference,
    expiresOn: r.expires_on,
    checkedAt: r.checked_at,
    checkedBy: r.checked_by,
    submittedAt: r.submitted_at,
    reviewNote: r.review_note,
  });
}

/** What someone who does not run the provider may see: no reference number, no note. */
export function publicView(v: Verification): Verification {
  return Object.assign(new Verification(), { ...v, reference: null, reviewNote: null });
}
