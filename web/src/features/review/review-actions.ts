'use server';
import { redirect } from 'next/navigation';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { text } from '@/lib/form-state';
import { sameOriginPath } from '@/lib/same-origin-path';
import { HIDE_REVIEW_MUTATION, KEEP_REVIEW_MUTATION, REPORT_REVIEW_MUTATION, UNHIDE_REVIEW_MUTATION } from './review-operations';

// The public pages keep ?error= for their own forms: a review's outcome comes back as ?review=done-or-CODE.
async function run(op: () => Promise<unknown>, back: string, done: string, param = 'done', errorParam = 'error'): Promise<never> {
  try {
    await op();
  } catch (e) {
    redirect(`${back}?${errorParam}=${apiFailure(e).code}#reviews`);
  }
  redirect(`${back}?${param}=${done}#reviews`);
}

export async function reportReviewAction(form: FormData): Promise<void> {
  const back = (sameOriginPath(text(form, 'back', 200)) ?? '/').split(/[?#]/)[0];
  const reason = text(form, 'reason', 1000);
  if (!reason) redirect(`${back}?review=REPORT_REASON#reviews`);
  await run(() => getClient().mutate({ mutation: REPORT_REVIEW_MUTATION, variables: { input: { reviewId: text(form, 'reviewId', 60), reason } } }), back, 'reported', 'review', 'review');
}

export async function hideReviewAction(form: FormData): Promise<void> {
  const reason = text(form, 'reason', 500);
  if (!reason) redirect('/admin/reviews?error=HIDE_REASON#reviews');
  await run(() => getClient().mutate({ mutation: HIDE_REVIEW_MUTATION, variables: { input: { reviewId: text(form, 'reviewId', 60), reason } } }), '/admin/reviews', 'hidden');
}

export async function unhideReviewAction(form: FormData): Promise<void> {
  await run(() => getClient().mutate({ mutation: UNHIDE_REVIEW_MUTATION, variables: { id: text(form, 'reviewId', 60) } }), '/admin/reviews', 'shown');
}

export async function keepReviewAction(form: FormData): Promise<void> {
  await run(() => getClient().mutate({ mutation: KEEP_REVIEW_MUTATION, variables: { id: text(form, 'reviewId', 60) } }), '/admin/reviews', 'kept');
}
