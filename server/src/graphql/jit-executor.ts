import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

// Hot queries run as compiled JavaScript (graphql-jit) instead of graphql-js's interpreter (issue 20). For every field
// of every row graphql-js builds a resolve-info object, looks the field up, calls the resolver (the default one for
// plain properties) and checks the value against the type; a 100-result search is about 3,000 such steps, and their
// objects were a large share of the API's garbage collection. A compiled query does the same work as straight-line
// code, calling the same resolvers (so type-graphql's field resolvers, auth checks and loaders all run as before).
//
// Plugged into Apollo Server through its executor hook (the "gateway" interface, which lets an application own
// execution): parsing, validation, the document cache, plugins and error formatting stay Apollo's.
// - Only queries: mutations are executed by graphql-js (serially, as the spec requires), one at a time anyway.
// - A document is compiled on its HOT_AFTER-th run, so one-off documents (an attacker's included) are never
//   compiled; at most MAX_COMPILED documents are kept, the least recently used dropped first.
// - Variables are coerced by graphql-js first, so a bad variable gets exactly the error (and BAD_USER_INPUT code)
//   it gets without the compiler.
export const HOT_AFTER = 2;
export const MAX_COMPILED = 500;

interface Entry {
  runs: number;
  compiled: Map<string, CompiledQuery | null>;
}

export interface JitStats {
  compiled: number;
  jitRuns: number;
  interpretedRuns: number;
}

export function jitExecutor(schema: GraphQLSchema, o: { hotAfter?: number; maxCompiled?: number } = {}): { executor: GatewayExecutor; stats: JitStats } {
  const hotAfter = o.hotAfter ?? HOT_AFTER;
  const maxCompiled = o.maxCompiled ?? MAX_COMPILED;
  const documents = new Map<DocumentNode, Entry>();
  const stats: JitStats = { compiled: 0, jitRuns: 0, interpretedRuns: 0 };

  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let entry = documents.get(document);
    if (entry) {
      documents.delete(document); // re-inserted below: the Map's order is least recently used first
    } else {
      entry = { runs: 0, compiled: new Map() };
      if (documents.size >= maxCompiled) documents.delete(documents.keys().next().value!);
    }
    documents.set(document, entry);
    entry.runs += 1;
    if (entry.runs < hotAfter) return null;
    const key = operationName ?? '';
    let compiled = entry.compiled.get(key);
    if (compiled === undefined) {
      const made = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      compiled = isCompiledQuery(made) ? made : null; // a document it cannot compile keeps graphql-js
      entry.compiled.set(key, compiled);
      if (compiled) stats.compiled += 1;
    }
    return compiled;
  };

  const executor: GatewayExecutor = async (rc) => {
    const { document, operation, context } = rc;
    const variables = rc.request.variables ?? {};
    const operationName = rc.request.operationName ?? undefined;
    const compiled = operation.operation === 'query' ? compiledFor(document, operationName) : null;
    if (!compiled) {
      stats.interpretedRuns += 1;
      return (await execute({ schema, document, contextValue: context, variableValues: variables, operationName })) as ExecutionResult;
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    stats.jitRuns += 1;
    const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return { executor, stats };
}

/**
 * graphql-jit's errors have graphql-js's prototype but not its shape: no `extensions` object when the original error
 * has none, which Apollo's error formatting reads (it would answer "Internal server error"). Rebuilt as graphql-js
 * errors with the same message, path, locations and original error, they are formatted exactly as before.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const original = e.originalError ?? undefined;
  const out = new GraphQLError(e.message, { path: e.path, originalError: original, extensions: e.extensions ?? (original as { extensions?: Record<string, unknown> } | undefined)?.extensions });
  (out as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return out;
}

/** Apollo Server's executor hook for a schema of our own: no federation, the schema never changes. */
export function localGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
