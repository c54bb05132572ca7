import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

// The API's error codes (extensions.code) mapped, in one place, to calm plain-English messages.
export const ERROR_MESSAGES: Record<string, string> = {
  SLOT_FULL: 'Sorry, that time is now full. Please choose another time.',
  BUDGET_EXCEEDED: 'There is not enough money left in that budget for this booking. Choose another budget or a cheaper option.',
  SLOT_IN_PAST: 'That time has already started or passed. Please choose a later time.',
  BOOKING_OVERLAP: 'You already have a booking at that time. Choose a different time, or cancel the other booking first.',
  FORBIDDEN: 'Your account cannot do this. If you think it should, sign in with a different account.',
  UNAUTHENTICATED: 'Please sign in first.',
  NOT_FOUND: 'We could not find that. It may have been removed.',
  CONFLICT: 'This has changed since you opened the page. Please look again and try once more.',
  BAD_USER_INPUT: 'Some of the details are not right. Please check them and try again.',
  RATE_LIMITED: 'Too many tries. Please wait a minute and try again.',
  INVALID_CREDENTIALS: 'The email address or password is not right.',
  EMAIL_TAKEN: 'There is already an account with that email address. Try signing in.',
  SERVICE_UNAVAILABLE: 'Sorry, the service is busy for a moment. Please try again.',
  INTERNAL_SERVER_ERROR: 'Sorry, something went wrong on our side. Please try again in a few minutes.',
  NETWORK: 'Sorry, the service is not answering right now. Please try again in a few minutes.',
  EMPTY_MESSAGE: 'Write your message first.',
  NO_PLAN: 'Make your support plan first (in My plan): messages go with your plan.',
  REASON_NEEDED: 'Give a reason and tick the box to confirm.',
  EMPTY_CONCERN: 'Tell us what happened.',
  EVIDENCE_KIND: 'Choose what the evidence is.',
  EVIDENCE_REFERENCE: 'Enter the certificate, registration or policy number.',
  SUSPENSION_REASON: 'Give the reason for the suspension.',
  PROVIDER_SUSPENDED: 'This provider is suspended while a concern is looked into, so it is not taking bookings.',
  REPORT_REASON: 'Say what is wrong with the review.',
  HIDE_REASON: 'Say why the review is hidden.',
  CONSOLE_INCOMPLETE: 'Fill in every field.',
  CONSOLE_AMOUNT: 'Give an amount of money in pounds, like 12000 or 12,000.50.',
};

export interface ApiFailure {
  code: string;
  /** The API's own message: already written for people, used when we have no message of our own. */
  apiMessage: string | null;
  field: string | null;
}

export function apiFailure(e: unknown): ApiFailure {
  if (CombinedGraphQLErrors.is(e)) {
    const first = e.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    const firstProblem = Array.isArray(ext.fields) ? (ext.fields[0] as { field?: unknown; property?: unknown } | undefined) : undefined;
    const firstField = firstProblem?.field ?? firstProblem?.property;
    const field = typeof ext.field === 'string' ? ext.field : typeof firstField === 'string' ? firstField : null;
    return { code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR', apiMessage: first?.message ?? null, field };
  }
  if (ServerError.is(e)) {
    const code = e.statusCode === 503 ? 'SERVICE_UNAVAILABLE' : e.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
    return { code, apiMessage: null, field: null };
  }
  return { code: 'NETWORK', apiMessage: null, field: null };
}

/**
 * Our message for a code; for BAD_USER_INPUT the API's message says exactly what was wrong, and for RATE_LIMITED it
 * says how long the wait really is, so those are kept.
 */
export function messageFor(code: string, apiMessage?: string | null): string {
  if ((code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'RATE_LIMITED') && apiMessage) return apiMessage;
  return ERROR_MESSAGES[code] ?? ERROR_MESSAGES.INTERNAL_SERVER_ERROR;
}
