import type { Viewer } from '@/features/account/viewer';
import { query } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { MARKET_QUERY } from './market-operations';

/**
 * One commissioning authority's market, as the commissioner page and the statement page both show it: commissioners
 * see their own area only; admins may pick any (`?la=`, Manchester by default).
 */
export async function loadMarketView(viewer: Viewer, requested: string | undefined) {
  const isAdmin = viewer.role === 'ADMIN';
  const la = isAdmin ? (/^[A-Z]\d{8}$/.test(requested ?? '') ? requested! : 'E08000003') : viewer.localAuthority!.code;
  const result = await query({ query: MARKET_QUERY, variables: { la, isAdmin } }).catch((e: unknown) => ({ data: undefined, error: e }));
  const data = result.data;
  const failure = 'error' in result && result.error ? apiFailure(result.error) : null;
  // In-person offers reaching the authority, by the postcode district they are based in (for the map).
  const supply = new Map((data?.marketSupplyByOutcode ?? []).map((r) => [r.outcode, r.offerings]));
  const authority = isAdmin ? data?.commissioningAuthorities?.find((a) => a.code === la) : viewer.localAuthority!;
  const areaName = authority?.name ?? la;
  const councilName = authority?.councilName ?? areaName;
  const gaps = data?.marketGaps ?? [];
  const demand = gaps.every((g) => g.demand == null) ? null : gaps.reduce((s, g) => s + (g.demand ?? 0), 0);
  const freePlaces = gaps.reduce((s, g) => s + g.freePlaces, 0);
  return { isAdmin, la, data, failure, supply, areaName, councilName, gaps, demand, freePlaces };
}
