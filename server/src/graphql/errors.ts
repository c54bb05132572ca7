import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../common/app-error';
import { isDatabaseUnavailable, pgCode, PG, PG_BAD_INPUT } from '../db/sql';

// The one place where errors become `extensions.code`. Domain errors keep their code and message; validation
// failures become BAD_USER_INPUT with the fields at fault; anything unknown is masked as INTERNAL_SERVER_ERROR
// with the request id that the server logged it under (see logging plugin). Stack traces never leave the server.
export const REQUEST_ID = Symbol('requestId');
export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is briefly unavailable. Please try again in a moment.';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  // Thrown as a GraphQLError by the context function when the revocation check finds the database unavailable.
  'SERVICE_UNAVAILABLE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors as Array<{ property: string; constraints?: Record<string, string>; children?: unknown[] }>;
    const problems = flattenValidation(fields);
    return {
      ...base,
      message: `Some of what you entered is not valid: ${problems.map((p) => p.message).join('; ')}`,
      extensions: { code: 'BAD_USER_INPUT', fields: problems },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // Retryable as a whole: the client may send the same request again (mutations carry idempotency keys), and the
    // HTTP status is 503 (see serviceUnavailablePlugin).
    return { ...base, message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } };
  }
  const code = pgCode(original);
  if (code === PG.uniqueViolation) return { ...base, message: 'That already exists.', extensions: { code: 'CONFLICT' } };
  // Class 22 is PostgreSQL's "data exception": a value it cannot take (a NUL character, a date or number out of range,
  // a cursor forged with values of the wrong kind). The input was wrong, not the server (issue 13, finding 10).
  if (code && (PG_BAD_INPUT.includes(code) || code.startsWith('22'))) {
    return { ...base, message: 'A value given is not allowed.', extensions: { code: 'BAD_USER_INPUT' } };
  }
  const ext = formatted.extensions ?? {};
  if (typeof ext.code === 'string' && PASS_THROUGH.has(ext.code) && (original instanceof GraphQLError || !(original instanceof Error))) {
    const { stacktrace: _drop, ...rest } = ext as Record<string, unknown>;
    return { ...base, extensions: rest };
  }
  const requestId = (original as { [REQUEST_ID]?: string } | undefined)?.[REQUEST_ID];
  return {
    message: `Something went wrong on our side. Please try again${requestId ? ` (reference ${requestId})` : ''}.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}

function flattenValidation(
  errors: Array<{ property: string; constraints?: Record<string, string>; children?: unknown[] }>,
  prefix = '',
): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) out.push({ field, message });
    if (e.children?.length) out.push(...flattenValidation(e.children as typeof errors, field));
  }
  return out;
}

/** True for errors we expected (user mistakes); everything else is logged as a server fault. */
export function isExpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError || original instanceof ArgumentValidationError) return true;
  const code = pgCode(original);
  if (code && (code === PG.uniqueViolation || PG_BAD_INPUT.includes(code) || code.startsWith('22'))) return true;
  const ext = (error as GraphQLError)?.extensions;
  return typeof ext?.code === 'string' && PASS_THROUGH.has(ext.code) && !(original instanceof Error && !(original instanceof GraphQLError));
}
