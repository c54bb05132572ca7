import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Express, type Request, type Response } from 'express';
import { AppError } from '../common/app-error';
import { HTTP_STATUS } from './http-status';
import type { Log } from '../common/logger';
import type { RequestContext } from '../graphql/request-context';
import type { OrukFeedService } from '../modules/openreferral/oruk-feed.service';
import { ORUK_DATA_DIR } from '../modules/openreferral/oruk-schemas';

// The Open Referral UK 3.0 feed at /oruk: public (no sign-in, `Access-Control-Allow-Origin: *`, as the standard
// requires), read-only, JSON. Errors are JSON bodies with a code, never a stack trace. See docs/open-referral.md.

export interface OpenReferralParts {
  feed: OrukFeedService;
  log: Log;
  /** Tests and benchmarks check that a page costs a fixed number of statements. */
  exposeSqlCount: boolean;
}

export function mountOpenReferral(app: Express, parts: OpenReferralParts, contextFor: (req: Request, res: Response) => Promise<RequestContext>): void {
  const router = Router();
  const openapi = readFileSync(join(ORUK_DATA_DIR, 'schema', 'openapi.json'), 'utf8');
  router.use((req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });

  const handle = (produce: (ctx: RequestContext, req: Request) => unknown) => async (req: Request, res: Response) => {
    const ctx = await contextFor(req, res);
    try {
      const body = await produce(ctx, req);
      // Tests and benchmarks check that a page costs a fixed number of statements.
      if (parts.exposeSqlCount && ctx.sql) res.setHeader('x-sql-statements', String(ctx.sql.statements));
      res.setHeader('Cache-Control', 'public, max-age=60');
      res.json(body);
    } catch (e) {
      if (e instanceof AppError && HTTP_STATUS[e.code]) {
        res.status(HTTP_STATUS[e.code]).json({ code: HTTP_STATUS[e.code], message: e.message, errors: [{ message: e.message, extensions: { code: e.code, ...(e.details ?? {}) } }] });
        return;
      }
      parts.log.error('oruk.fault', { requestId: ctx.requestId, message: (e as Error).message, stack: (e as Error).stack });
      res.status(500).json({ code: 500, message: `Something went wrong on our side (reference ${ctx.requestId}).`, errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
  const id = (req: Request) => String(req.params.id);

  router.get('/', handle((ctx, req) => parts.feed.root(`${req.protocol}://${req.get('host')}${req.baseUrl}`)));
  router.get('/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('application/json').send(openapi);
  });
  router.get('/services', handle((ctx, req) => parts.feed.services(ctx.db, req.query)));
  router.get('/services/:id', handle((ctx, req) => parts.feed.service(ctx.db, id(req))));
  router.get('/service_at_locations', handle((ctx, req) => parts.feed.serviceAtLocations(ctx.db, req.query)));
  router.get('/service_at_locations/:id', handle((ctx, req) => parts.feed.serviceAtLocation(ctx.db, id(req))));
  router.get('/taxonomies', handle((ctx, req) => parts.feed.taxonomies(req.query)));
  router.get('/taxonomies/:id', handle((ctx, req) => parts.feed.taxonomy(id(req))));
  router.get('/taxonomy_terms', handle((ctx, req) => parts.feed.taxonomyTerms(req.query)));
  router.get('/taxonomy_terms/:id', handle((ctx, req) => parts.feed.taxonomyTerm(id(req))));
  router.use((_req, res) => {
    res.status(404).json({ code: 404, message: 'There is no such Open Referral endpoint.', errors: [{ message: 'There is no such Open Referral endpoint.', extensions: { code: 'NOT_FOUND' } }] });
  });
  app.use('/oruk', router);
}
