import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type Express, type Request, type Response } from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Kind } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Log } from '../common/logger';
import type { MarketService } from '../modules/market/market.service';
import type { OrukFeedService } from '../modules/openreferral/oruk-feed.service';
import type { ResolverContainer } from '../graphql/resolver-container';
import { buildAppSchema } from '../graphql/build-schema';
import { jitExecutor, localGateway } from '../graphql/jit-executor';
import { formatError } from '../graphql/errors';
import type { Loaders } from '../graphql/loaders';
import { loggingPlugin } from '../graphql/logging-plugin';
import { queryLimitsRule } from '../graphql/query-limits';
import type { RequestContext } from '../graphql/request-context';
import { readToken, tokenStillValid } from '../modules/account/token';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/sql';
import { SERVICE_UNAVAILABLE_MESSAGE } from '../graphql/errors';
import { countingManager } from '../db/sql-counter';
import { mayReadFromReplica, type ReplicaSet } from '../db/read-routing';
import { clientKeyOf } from './client-address';
import { mountExports } from './exports';
import { mountOpenReferral } from './oruk-routes';

export const SESSION_COOKIE = 'sm_session';
const MAX_TOKENS = 2_000;

export interface HttpApp {
  app: Express;
  apollo: ApolloServer<RequestContext>;
}

export interface HttpAppParts {
  config: Config;
  log: Log;
  ds: DataSource;
  /** Hot-standby replicas for the reads db/read-routing.ts names (none: everything on the primary). */
  replicas?: ReplicaSet;
  /** Builds the resolvers with their services (the composition root wires it). */
  resolvers: ResolverContainer;
  /** For the CSV exports of the commissioner views. */
  market: MarketService;
  /** For the Open Referral UK feed at /oruk. */
  oruk: OrukFeedService;
  /** Each request's loaders (the benchmark's naive server passes its own). */
  loaders: (db: EntityManager) => Loaders;
}

/** Express with Apollo Server mounted at /graphql; the caller owns the http.Server (for draining). */
export async function createHttpApp(parts: HttpAppParts, httpServer: Server): Promise<HttpApp> {
  const { config, log, ds, resolvers, market, oruk } = parts;
  const production = config.env === 'production';
  const schema = await buildAppSchema(resolvers);
  // Hot queries run compiled (graphql/jit-executor.ts), through Apollo's executor hook; parsing, validation, plugins
  // and error formatting stay Apollo's.
  const jit = config.graphqlJitAfter > 0 ? jitExecutor(schema, { hotAfter: config.graphqlJitAfter }) : null;
  const apollo = new ApolloServer<RequestContext>({
    ...(jit ? { gateway: localGateway(schema, jit.executor) } : { schema }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production, // no "did you mean" field suggestions in production
    csrfPrevention: true,
    stopOnTerminationSignals: false, // main.ts owns shutdown: drain HTTP, then close the pool, then the embedded database
    validationRules: [queryLimitsRule()],
    parseOptions: { maxTokens: MAX_TOKENS },
    // Compact JSON: Apollo's default indents every answer (a third more bytes to build and send).
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      loggingPlugin(log, { logRequests: config.logRequests, exposeSqlCount: config.exposeSqlCount }),
      ...(parts.replicas?.size || config.exposeSqlCount ? [readRoutingPlugin(parts)] : []),
      // No cache hints are used; the default cache-control plugin would wrap every field resolver to compute them
      // (measured: about a tenth of the CPU of a 100-result search).
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETags: Express would hash every GraphQL answer (50 kB for a 100-result search) for a POST nobody revalidates.
  app.set('etag', false);
  // X-Forwarded-For is believed only from as many proxies as configured (default none): any client can write one,
  // and a believed address picks the rate-limit bucket (issue 13, finding 2).
  app.set('trust proxy', config.trustedProxyHops || false);
  // Security headers (issue 13, finding 7). The API answers JSON and CSV, never pages: nothing may run, be framed
  // or be sniffed, and answers (personal data, much of it) are never stored. In development Apollo's landing page
  // loads its sandbox from a CDN, so the policy is strict in production only. HSTS only over HTTPS.
  app.use(
    helmet({
      contentSecurityPolicy: production ? { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } } : false,
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: { policy: 'same-site' },
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
    }),
  );
  app.use((req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // The Open Referral feed is open to every origin (before the web app's CORS rule; it sets its own caching).
  mountOpenReferral(app, { feed: oruk, log, exposeSqlCount: config.exposeSqlCount }, (req, res) => buildContext(req, res, parts, 'replica'));
  app.use((req, res, next) => {
    // The web app (another origin in development) may call the API with its session cookie.
    const origin = req.headers.origin;
    if (origin && origin === config.webOrigin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight, x-request-id');
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });
  app.get('/health', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await buildContext(req, res, parts);
        } catch (e) {
          // The revocation check is the first statement of a signed-in request: an outage there is retryable too.
          if (isDatabaseUnavailable(e)) throw new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: { status: 503 } } });
          throw e;
        }
      },
    }),
  );
  // Commissioners' CSV exports are market views (aggregates): a replica serves them (db/read-routing.ts).
  mountExports(app, market, log, (req, res) => buildContext(req, res, parts, 'replica'));
  // Malformed JSON and oversized bodies: a clear 400/413, never a stack trace.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log.error('http.fault', { message: err.message, stack: err.stack });
    res.status(status).json({
      errors: [{ message: status === 413 ? 'The request is too large.' : status === 500 ? 'Something went wrong on our side.' : 'The request could not be read.', extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
    });
  });
  return { app, apollo };
}

/**
 * Sends a query to a replica when db/read-routing.ts says its root fields may be read there: swaps the request's
 * manager and loaders before any resolver runs. Tests and benchmarks see which served it in `extensions.servedBy`.
 */
function readRoutingPlugin({ replicas, loaders, config }: HttpAppParts): ApolloServerPlugin<RequestContext> {
  const routed = new WeakSet<RequestContext>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue: ctx }) {
          if (!operation) return;
          const fields = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '*'));
          if (!replicas?.size || !mayReadFromReplica(operation.operation, fields, ctx.viewer !== null)) return;
          const { manager, servedBy } = replicas.readManager();
          if (servedBy !== 'replica') return;
          ctx.db = ctx.sql ? countingManager(manager, ctx.sql) : manager;
          ctx.loaders = loaders(ctx.db);
          routed.add(ctx);
        },
        async willSendResponse({ response, contextValue: ctx }) {
          if (config.exposeSqlCount && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...(response.body.singleResult.extensions ?? {}), servedBy: routed.has(ctx) ? 'replica' : 'primary' };
          }
        },
      };
    },
  };
}

async function buildContext(
  req: Request,
  res: Response,
  { ds, config, loaders: loadersFor, replicas }: HttpAppParts,
  route: 'primary' | 'replica' = 'primary',
): Promise<RequestContext> {
  const header = req.headers.authorization;
  const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const cookieToken = readCookie(req.headers.cookie, SESSION_COOKIE);
  const claims = readToken(config.authSecret, bearer ?? cookieToken);
  const given = req.headers['x-request-id'];
  const requestId = typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', requestId);
  const secure = config.env === 'production';
  const sql = { statements: 0 };
  // Authentication always reads the primary (db/read-routing.ts): a revoked token must stop at once, not a replica's
  // lag later. A route a replica may serve (the Open Referral feed, exports) then reads through its own manager.
  const primary = countingManager(ds.manager, sql);
  const primaryLoaders = loadersFor(primary);
  // The server-side revocation check (docs/security.md, "Sessions and tokens"): one statement for a signed-in
  // request, through the request's userById loader, so the `viewer` query and any field wanting this user's name
  // reuse the row. A token of a deleted account, or one revoked by a password change or reset, signs nobody in; the
  // role and local authority are the account's as they are now, not as they were when the token was issued.
  let viewer: RequestContext['viewer'] = null;
  if (claims) {
    const account = await primaryLoaders.userById.load(claims.id);
    if (account && tokenStillValid(claims.session, account)) {
      viewer = { id: account.id, role: account.role, localAuthorityCode: account.localAuthorityCode, sessionId: claims.session.id };
    }
  }
  const onReplica = route === 'replica' && replicas?.size ? replicas.readManager() : null;
  const db = onReplica?.servedBy === 'replica' ? countingManager(onReplica.manager, sql) : primary;
  const loaders = db === primary ? primaryLoaders : loadersFor(db);
  return {
    requestId,
    viewer,
    db,
    sql,
    loaders,
    http: {
      clientKey: clientKeyOf(req, config.clientAddressSecret),
      setSessionCookie: (token, maxAge) =>
        res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAge * 1000 }),
      clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
    },
  };
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
