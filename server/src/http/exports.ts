import type { Express, Request, Response } from 'express';
import { AppError } from '../common/app-error';
import { HTTP_STATUS } from './http-status';
import type { Log } from '../common/logger';
import type { RequestContext } from '../graphql/request-context';
import type { MarketService } from '../modules/market/market.service';
import { districtsCsv, diversityCsv, gapsCsv, outcomesCsv, pricesCsv, trendsCsv } from '../modules/market/market-csv';

// CSV downloads of the commissioner views: GET /exports/{market-gaps|market-diversity|market-districts|market-prices|market-trends|outcomes}/{code}.csv, with the
// same sign-in (bearer token or session cookie), access rules and disclosure control as the GraphQL queries.

export function mountExports(app: Express, market: MarketService, log: Log, contextFor: (req: Request, res: Response) => Promise<RequestContext>): void {
  app.get('/exports/:view/:file', async (req, res) => {
    const ctx = await contextFor(req, res);
    const match = /^([A-Z]\d{8})\.csv$/.exec(String(req.params.file));
    try {
      if (!match) throw new AppError('BAD_USER_INPUT', 'Ask for a local authority code, like /exports/market-gaps/E08000003.csv.');
      const la = match[1];
      let csv: string;
      switch (req.params.view) {
        case 'market-gaps':
          csv = gapsCsv(la, await market.gaps(ctx, la));
          break;
        case 'market-districts':
          csv = districtsCsv(la, await market.districts(ctx, la));
          break;
        case 'market-prices':
          csv = pricesCsv(la, await market.prices(ctx, la));
          break;
        case 'market-trends':
          csv = trendsCsv(la, await market.trends(ctx, la));
          break;
        case 'market-diversity':
          csv = diversityCsv(la, await market.diversity(ctx, la));
          break;
        case 'outcomes': {
          const outcomes = await market.outcomes(ctx, la);
          const ids = [...new Set(outcomes.flatMap((o) => o.byProvider.map((p) => p.providerId)))];
          const providers = await ctx.loaders.providerById.loadMany(ids);
          const names = new Map(providers.map((p, i) => [ids[i], p && !(p instanceof Error) ? p.name : 'unknown']));
          csv = outcomesCsv(la, outcomes, (id) => names.get(id) ?? 'unknown');
          break;
        }
        default:
          throw new AppError('NOT_FOUND', 'There is no such export.');
      }
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${req.params.view}-${la}.csv"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(csv);
    } catch (e) {
      if (e instanceof AppError) {
        res.status(HTTP_STATUS[e.code] ?? 400).json({ errors: [{ message: e.message, extensions: { code: e.code } }] });
        return;
      }
      log.error('export.fault', { requestId: ctx.requestId, message: (e as Error).message, stack: (e as Error).stack });
      res.status(500).json({ errors: [{ message: `Something went wrong on our side (reference ${ctx.requestId}).`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
}
