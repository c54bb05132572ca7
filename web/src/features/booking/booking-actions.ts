'use server';
import { redirect } from 'next/navigation';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure, messageFor } from '@/lib/api-errors';
import { formValues, text, type FieldError, type FormState } from '@/lib/form-state';
import { sameOriginPath } from '@/lib/same-origin-path';
import {
  CANCEL_BOOKING_MUTATION,
  COMPLETE_BOOKING_MUTATION,
  CONFIRM_BOOKING_MUTATION,
  DECLINE_BOOKING_MUTATION,
  NO_SHOW_MUTATION,
  REQUEST_BOOKING_MUTATION,
  REVIEW_BOOKING_MUTATION,
} from './booking-operations';

const ID = /^[0-9a-f-]{36}$/i;

/** Which field a refusal is about, so the error summary links to the right control. */
const FIELD_FOR: Record<string, string> = {
  SLOT_FULL: 'slot',
  SLOT_IN_PAST: 'slot',
  BOOKING_OVERLAP: 'slot',
  BUDGET_EXCEEDED: 'budget',
};

export async function requestBookingAction(prev: FormState, form: FormData): Promise<FormState> {
  const slotId = text(form, 'slotId', 60);
  // The budget radio carries "planId:budgetId": a budget belongs to one plan. A free session names only the plan:
  // it is booked with no budget (the API refuses that for a session that costs money).
  const free = form.get('free') === '1';
  const [planId = '', budgetId = ''] = free ? [text(form, 'planId', 60), ''] : text(form, 'budget', 130).split(':');
  const idempotencyKey = text(form, 'idempotencyKey', 100);
  const goalIds = form.getAll('goalIds').map(String).filter((g) => ID.test(g));
  const errors: FieldError[] = [];
  if (!ID.test(slotId)) errors.push({ field: 'slot', message: 'Choose a time' });
  if (free ? !ID.test(planId) : !ID.test(budgetId) || !ID.test(planId)) errors.push({ field: free ? 'slot' : 'budget', message: free ? 'Make your support plan first, in My plan' : 'Choose which budget to pay from' });
  const values = formValues(form);
  if (errors.length) return { errors, values, attempt: prev.attempt + 1 };
  // GOV.UK's "check your answers": the first press shows the choices back; only "Confirm booking" books.
  const step = text(form, 'step', 10);
  if (step !== 'confirm') return { errors: [], values, attempt: prev.attempt, review: step !== 'change' };

  let bookingId: string;
  try {
    const { data } = await getClient().mutate({
      mutation: REQUEST_BOOKING_MUTATION,
      variables: { input: { slotId, budgetId: free ? null : budgetId, planId, idempotencyKey, goalIds: goalIds.length ? goalIds : undefined } },
    });
    bookingId = data!.requestBooking.id;
  } catch (e) {
    const f = apiFailure(e);
    if (f.code === 'UNAUTHENTICATED') redirect('/sign-in');
    const field = f.field === 'budgetId' ? (free ? 'slot' : 'budget') : (FIELD_FOR[f.code] ?? 'slot');
    return { errors: [{ field, message: messageFor(f.code, f.apiMessage) }], values, attempt: prev.attempt + 1 };
  }
  redirect(`/plan?done=booked&booking=${bookingId}&at=bookings#bookings`);
}

async function change(run: () => Promise<unknown>, back: string, done: string): Promise<never> {
  try {
    await run();
  } catch (e) {
    const f = apiFailure(e);
    redirect(`${back}${back.includes('?') ? '&' : '?'}error=${f.code}`);
  }
  redirect(`${back}${back.includes('?') ? '&' : '?'}done=${done}`);
}

const backFrom = (form: FormData, fallback: string) => sameOriginPath(text(form, 'back', 500)) ?? fallback;

export async function cancelBookingAction(form: FormData): Promise<void> {
  const id = text(form, 'bookingId', 60);
  await change(() => getClient().mutate({ mutation: CANCEL_BOOKING_MUTATION, variables: { id, reason: text(form, 'reason', 500) || undefined } }), backFrom(form, '/plan'), 'cancelled');
}

export async function reviewBookingAction(form: FormData): Promise<void> {
  const bookingId = text(form, 'bookingId', 60);
  const rating = Number(form.get('rating'));
  const back = backFrom(form, '/plan');
  if (!(rating >= 1 && rating <= 5)) redirect(`${back}?error=BAD_USER_INPUT#bookings`);
  await change(() => getClient().mutate({ mutation: REVIEW_BOOKING_MUTATION, variables: { input: { bookingId, rating, comment: text(form, 'comment', 2000) || undefined, showName: form.get('showName') === 'yes' } } }), back, 'reviewed');
}

/** The provider's answers: confirm, decline, complete, no-show. */
export async function providerBookingAction(form: FormData): Promise<void> {
  const id = text(form, 'bookingId', 60);
  const reason = text(form, 'reason', 500) || undefined;
  const back = backFrom(form, '/provider/bookings');
  const op = text(form, 'op');
  // Declining and a no-show need a reason and the confirmation box (the form asks; this is the backstop).
  if ((op === 'decline' || op === 'no-show') && (!reason || form.get('confirmed') !== 'on')) redirect(`${back}${back.includes('?') ? '&' : '?'}error=REASON_NEEDED`);
  switch (op) {
    case 'confirm':
      return change(() => getClient().mutate({ mutation: CONFIRM_BOOKING_MUTATION, variables: { id } }), back, 'confirmed');
    case 'decline':
      return change(() => getClient().mutate({ mutation: DECLINE_BOOKING_MUTATION, variables: { id, reason } }), back, 'declined');
    case 'complete':
      return change(() => getClient().mutate({ mutation: COMPLETE_BOOKING_MUTATION, variables: { id } }), back, 'completed');
    case 'no-show':
      return change(() => getClient().mutate({ mutation: NO_SHOW_MUTATION, variables: { id, reason } }), back, 'no-show');
    default:
      redirect(back);
  }
}
