import type { ApolloServerPlugin } from '@apollo/server';
import type { Log } from '../common/logger';
import { isExpected, REQUEST_ID } from './errors';
import type { RequestContext } from './request-context';

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

// One structured log line per request; server faults logged with their stack under the request id that the
// client is shown. Optionally reports the request's SQL statement count (tests and benchmarks).
export function loggingPlugin(log: Log, options: { logRequests: boolean; exposeSqlCount: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let codes: string[] = [];
      return {
        async didEncounterErrors({ errors, contextValue: ctx }) {
          for (const e of errors) {
            if (!isExpected(e)) {
              const original = (e.originalError ?? e) as Error & { [REQUEST_ID]?: string };
              try {
                original[REQUEST_ID] = ctx.requestId;
              } catch {
                /* frozen error objects keep the generic message */
              }
              log.error('request.fault', { requestId: ctx.requestId, path: e.path, message: original.message, stack: original.stack });
            }
          }
        },
        async willSendResponse({ request, response, errors, operationName, contextValue: ctx }) {
          // The codes the client was sent (formatted by formatError), not the raw errors' (which an AppError lacks).
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          codes = (sent ?? errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          // A database outage: answer 503 so clients and proxies know to send the operation again (issue 13, finding
          // 9); any partial data in the body is still there for a client that reads it.
          // GraphQL over HTTP: a client that accepts only application/json (not application/graphql-response+json)
          // gets request errors (parse, validation, variables) with 200, as the spec says for that media type
          // (issue 13, finding 15). Apollo answers 400 whatever the client accepts.
          const accept = request.http?.headers.get('accept') ?? '';
          if (response.http.status === 400 && /application\/json/.test(accept) && !/application\/graphql-response\+json/.test(accept) && codes.length && codes.every((c) => REQUEST_ERROR_CODES.has(c))) {
            response.http.status = 200;
          }
          if (response.body.kind === 'single' && codes.includes('SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
          const statements = ctx.sql?.statements;
          if (options.exposeSqlCount && response.body.kind === 'single' && statements !== undefined) {
            response.body.singleResult.extensions = { ...(response.body.singleResult.extensions ?? {}), sqlStatements: statements };
          }
          if (options.logRequests) {
            log.info('graphql.request', {
              requestId: ctx.requestId,
              operation: operationName ?? null,
              viewer: ctx.viewer?.id ?? null,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              sql: statements,
              errors: codes.length ? codes : undefined,
            });
          }
          void contextValue;
        },
      };
    },
  };
}
