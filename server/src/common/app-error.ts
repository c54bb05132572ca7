// The one error type domain code throws. `formatError` (graphql/errors.ts) maps `code` to `extensions.code`;
// domain code never imports GraphQL.
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SLOT_FULL'
  | 'BUDGET_EXCEEDED'
  | 'SLOT_IN_PAST'
  | 'BOOKING_OVERLAP'
  | 'PROVIDER_SUSPENDED'
  | 'SERVICE_UNAVAILABLE';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe, user-facing detail (e.g. which field was wrong). Never internals. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : undefined);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'You are not allowed to do that.') => new AppError('FORBIDDEN', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
