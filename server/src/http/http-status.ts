// The HTTP status of a refusal on the plain HTTP routes (CSV exports, the Open Referral feed); GraphQL answers carry
// the code in extensions instead (graphql/errors.ts).
export const HTTP_STATUS: Readonly<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };
