'use server';
import { redirect } from 'next/navigation';
import type { ConcernStatus, VerificationKind } from '@/gql/graphql';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { text } from '@/lib/form-state';
import {
  LIFT_SUSPENSION_MUTATION,
  RAISE_CONCERN_MUTATION,
  REVIEW_VERIFICATION_MUTATION,
  SUBMIT_VERIFICATION_MUTATION,
  SUSPEND_PROVIDER_MUTATION,
  UPDATE_CONCERN_MUTATION,
} from './safety-operations';

const ID = /^[0-9a-f-]{36}$/i;
const id = (form: FormData, name: string) => {
  const v = text(form, name, 60);
  return ID.test(v) ? v : '';
};
const KINDS: VerificationKind[] = ['CQC_REGISTRATION', 'DBS_CHECK', 'PUBLIC_LIABILITY_INSURANCE', 'REFERENCES', 'QUALIFICATION'];
const STATUSES: ConcernStatus[] = ['ACKNOWLEDGED', 'INVESTIGATING', 'CLOSED'];

/** Anyone, signed in or not: the form at /concerns/new. */
export async function raiseConcernAction(form: FormData): Promise<void> {
  const providerId = id(form, 'providerId');
  const offeringId = id(form, 'offeringId') || null;
  const bookingId = id(form, 'bookingId') || null;
  const description = text(form, 'description', 5000);
  const contact = text(form, 'contact', 200) || null;
  const back = `/concerns/new?providerId=${providerId}${offeringId ? `&offeringId=${offeringId}` : ''}${bookingId ? `&bookingId=${bookingId}` : ''}`;
  if (!description) redirect(`${back}&error=EMPTY_CONCERN#description`);
  let outcome: { id: string } | { code: string };
  try {
    const r = await getClient().mutate({ mutation: RAISE_CONCERN_MUTATION, variables: { input: { providerId, offeringId, bookingId, description, contact } } });
    outcome = { id: r.data!.raiseConcern.id };
  } catch (e) {
    outcome = { code: apiFailure(e).code };
  }
  if ('id' in outcome) redirect(`/concerns/new?sent=${outcome.id}`);
  redirect(`${back}&error=${outcome.code}`);
}

/** The provider's owner sends evidence from the provider portal. */
export async function submitEvidenceAction(form: FormData): Promise<void> {
  const providerId = id(form, 'providerId');
  const kind = text(form, 'kind', 40) as VerificationKind;
  const reference = text(form, 'reference', 100);
  const expiresOn = text(form, 'expiresOn', 10) || null;
  const back = `/provider`;
  if (!KINDS.includes(kind)) redirect(`${back}?error=EVIDENCE_KIND#evidence-${providerId}`);
  if (!reference) redirect(`${back}?error=EVIDENCE_REFERENCE#evidence-${providerId}`);
  try {
    await getClient().mutate({ mutation: SUBMIT_VERIFICATION_MUTATION, variables: { providerId, input: { kind, reference, expiresOn } } });
  } catch (e) {
    redirect(`${back}?error=${apiFailure(e).code}#evidence-${providerId}`);
  }
  redirect(`${back}?done=evidence#evidence-${providerId}`);
}

/** Admins: approve, or reject with a note. */
export async function reviewEvidenceAction(form: FormData): Promise<void> {
  const verificationId = id(form, 'verificationId');
  const approve = text(form, 'decision', 10) === 'approve';
  const note = text(form, 'note', 1000) || null;
  try {
    await getClient().mutate({ mutation: REVIEW_VERIFICATION_MUTATION, variables: { id: verificationId, approve, note } });
  } catch (e) {
    redirect(`/admin/verifications?error=${apiFailure(e).code}`);
  }
  redirect(`/admin/verifications?done=${approve ? 'approved' : 'rejected'}`);
}

/** Admins and the area's commissioners: the next step of a concern. */
export async function updateConcernAction(form: FormData): Promise<void> {
  const concernId = id(form, 'concernId');
  const status = text(form, 'status', 20) as ConcernStatus;
  const note = text(form, 'note', 5000) || null;
  const back = `/admin/concerns/${concernId}`;
  if (!STATUSES.includes(status)) redirect(`${back}?error=BAD_USER_INPUT`);
  try {
    await getClient().mutate({ mutation: UPDATE_CONCERN_MUTATION, variables: { id: concernId, status, note } });
  } catch (e) {
    redirect(`${back}?error=${apiFailure(e).code}`);
  }
  redirect(`${back}?done=${status.toLowerCase()}`);
}

/** Admins: suspend with a reason, or lift. */
export async function suspensionAction(form: FormData): Promise<void> {
  const providerId = id(form, 'providerId');
  const lift = text(form, 'action', 10) === 'lift';
  const reason = text(form, 'reason', 1000);
  const back = `/admin/providers?id=${providerId}`;
  if (!lift && !reason) redirect(`${back}&error=SUSPENSION_REASON#reason`);
  try {
    if (lift) await getClient().mutate({ mutation: LIFT_SUSPENSION_MUTATION, variables: { id: providerId } });
    else await getClient().mutate({ mutation: SUSPEND_PROVIDER_MUTATION, variables: { id: providerId, reason } });
  } catch (e) {
    redirect(`${back}&error=${apiFailure(e).code}`);
  }
  redirect(`${back}&done=${lift ? 'lifted' : 'suspended'}`);
}
