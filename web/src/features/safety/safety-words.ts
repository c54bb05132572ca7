import type { ConcernStatus, VerificationKind, VerificationStatus } from '@/gql/graphql';

export const KIND_WORDS: Record<VerificationKind, string> = {
  CQC_REGISTRATION: 'CQC registration',
  DBS_CHECK: 'DBS check',
  PUBLIC_LIABILITY_INSURANCE: 'Public liability insurance',
  REFERENCES: 'References',
  QUALIFICATION: 'Qualification',
};

export const VERIFICATION_STATUS_WORDS: Record<VerificationStatus, string> = {
  SUBMITTED: 'Waiting to be checked',
  VERIFIED: 'Checked',
  REJECTED: 'Not accepted',
  EXPIRED: 'Run out',
};

export const CONCERN_STATUS_WORDS: Record<ConcernStatus, string> = {
  RECEIVED: 'Received',
  ACKNOWLEDGED: 'Acknowledged',
  INVESTIGATING: 'Being investigated',
  CLOSED: 'Closed',
};

/** "3 December 2026" for a YYYY-MM-DD date or an instant, in UK time. */
export function ukDay(value: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}
