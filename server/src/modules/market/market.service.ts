import { createHmac } from 'node:crypto';
import { AppError, badInput, forbidden } from '../../common/app-error';
import type { Log } from '../../common/logger';
import type { RequestContext } from '../../graphql/request-context';
import type { Taxonomy } from '../catalogue/taxonomy';
import type { PlaceDirectory } from '../place/place-directory';
import { discloseGroup } from '../../common/disclosure';
import { gapFigures } from './gap-index';
import {
  CategoryConcentration,
  CategoryOutcome,
  CategoryPrices,
  DistrictMarket,
  MarketMonth,
  OutcodeSupply,
  MarketDiversity,
  MarketGap,
  ProviderKindShare,
  ProviderOutcome,
} from './market.entity';
import { countHits } from '../../db/throttle';
import { inOneStatement } from '../../db/transaction';
import { MarketRepository, MarketTrendsRepository, type ReachingProvider, type SupplyRow } from './market.repository';
import { assemblePrices, assembleTrends, windowStart } from './market-trends';
import { ProviderKind } from '../provider/provider.enums';

// Owns: a commissioner sees only their own commissioning authority (admins any; a shire district's code is refused,
// naming its county); an authority's figures add up its lower-tier districts; every count derived from people passes
// disclosure control (1-7 withheld, others rounded to 5, secondary suppression) before it leaves this service,
// and figures derived from them (gap index, means) are computed from the published values or withheld with them.
// Supply and provider figures are public facts. Views are cached per area for `cacheSeconds` (see `asOf`). Which
// offerings reach an area is read live (offering_reach, kept exact by the database); the national figures (remote
// offerings, which reach every area, and the free places of in-person ones, computed for all areas in one pass)
// are shared by all areas for `nationalCacheSeconds`, and a view's `asOf` is never later than its free places.
const UNMET_PER_ACCOUNT_PER_DAY = 5;
const UNMET_PER_CLIENT_PER_DAY = 20;

export class MarketService {
  private readonly cache = new Map<string, { at: number; value: Promise<unknown> }>();
  private readonly nationalCache = new Map<string, { at: number; value: Promise<unknown>; refreshing: boolean }>();

  constructor(
    private readonly places: PlaceDirectory,
    private readonly taxonomy: Taxonomy,
    private readonly log: Log,
    /** Keys the repeat-report throttle with an HMAC, so the throttle table does not say who reported what where. */
    private readonly signalSecret: string,
    private readonly cacheSeconds: number,
    /** How long national figures (remote offerings, which reach every area) are shared by all areas' views. */
    private readonly nationalCacheSeconds: number = cacheSeconds,
  ) {}

  async gaps(ctx: RequestContext, la: string): Promise<MarketGap[]> {
    la = this.assertCanSee(ctx, la);
    return this.cached(`gaps:${la}`, async () => {
      const started = new Date();
      const [demand, local, localFree, remote, unmet] = await Promise.all([
        MarketRepository.demandByCategory(ctx.db, la),
        MarketRepository.localOfferingsByCategory(ctx.db, la),
        this.national('local-free-places', () => localFreePlaces(ctx)),
        this.national('remote-supply', () => MarketRepository.remoteSupplyByCategory(ctx.db)),
        MarketRepository.unmetByCategory(ctx.db, this.lowerTierCodes(la)),
      ]);
      // Free places come from the national figures, which may be older than this view: asOf says when they were taken.
      const asOf = localFree.at < started ? localFree.at : started;
      // In person and remote never overlap: an area's supply is the sum of the two.
      const supply = addSupply(
        [...local.map((r) => ({ category_id: r.category_id, offerings: r.offerings, local_offerings: r.offerings, free_places: 0 })), ...(localFree.byArea.get(la) ?? [])],
        remote,
      );
      const categories = this.taxonomy.all();
      const demandOf = new Map(demand.map((d) => [d.category_id, d.plans]));
      const unmetOf = new Map(unmet.map((u) => [u.category_id, u.unmet]));
      const supplyOf = new Map(supply.map((s) => [s.category_id, s]));
      const shownDemand = discloseGroup(categories.map((c) => demandOf.get(c.id) ?? 0));
      const shownUnmet = discloseGroup(categories.map((c) => unmetOf.get(c.id) ?? 0));
      return categories.map((category, i) => {
        const s = supplyOf.get(category.id);
        const freePlaces = s?.free_places ?? 0;
        const d = shownDemand[i];
        const u = shownUnmet[i];
        return Object.assign(new MarketGap(), {
          categoryId: category.id,
          category,
          demand: d.value,
          unmetSearches: u.value,
          supply: s?.offerings ?? 0,
          localSupply: s?.local_offerings ?? 0,
          freePlaces,
          ...gapFigures(d, u, freePlaces),
          asOf,
        });
      });
    });
  }

  async diversity(ctx: RequestContext, la: string): Promise<MarketDiversity> {
    la = this.assertCanSee(ctx, la);
    return this.cached(`diversity:${la}`, async () => {
      const asOf = new Date();
      const [local, remote, spend] = await Promise.all([
        MarketRepository.localProviders(ctx.db, la),
        this.national('remote-providers', async () => tallyProviders(await MarketRepository.remoteProviders(ctx.db))),
        MarketRepository.spendByProviderAndCategory(ctx.db, la),
      ]);
      const providers = addLocalProviders(remote, local);
      const total = spend.reduce((a, r) => a + r.spent, 0);
      const byProvider = sumBy(spend, (r) => r.provider_id);
      const byKind = Object.values(ProviderKind).map((kind) =>
        Object.assign(new ProviderKindShare(), {
          kind,
          providers: providers.byKind.get(kind) ?? 0,
          spendShare: total ? round4(spend.filter((r) => r.kind === kind).reduce((a, r) => a + r.spent, 0) / total) : 0,
        }),
      );
      const byCategory = this.taxonomy.all().map((category) => {
        const rowsOf = spend.filter((r) => r.category_id === category.id);
        return Object.assign(new CategoryConcentration(), {
          categoryId: category.id,
          category,
          providers: providers.byCategory.get(category.id) ?? 0,
          hhi: hhi([...sumBy(rowsOf, (r) => r.provider_id).values()]),
          spentPence: rowsOf.reduce((a, r) => a + r.spent, 0),
        });
      });
      return Object.assign(new MarketDiversity(), {
        providerCount: providers.count,
        hhi: hhi([...byProvider.values()]),
        byKind,
        byCategory,
        peerLedProviderShare: providers.count ? round4(providers.peerLed / providers.count) : 0,
        peerLedSpendShare: total ? round4(spend.filter((r) => r.peer_led).reduce((a, r) => a + r.spent, 0) / total) : 0,
        spentPence: total,
        asOf,
      });
    });
  }

  async outcomes(ctx: RequestContext, la: string): Promise<CategoryOutcome[]> {
    la = this.assertCanSee(ctx, la);
    return this.cached(`outcomes:${la}`, async () => {
      const asOf = new Date();
      const [outcomes, spend] = await Promise.all([MarketRepository.outcomes(ctx.db, la), MarketRepository.spendByProviderAndCategory(ctx.db, la)]);
      const categories = this.taxonomy.all();
      const perCategory = new Map(outcomes.filter((o) => o.provider_id === null).map((o) => [o.category_id, o]));
      const shown = discloseGroup(categories.map((c) => perCategory.get(c.id)?.people ?? 0));
      return categories.map((category, i) => {
        const raw = perCategory.get(category.id);
        const providerRows = outcomes.filter((o) => o.category_id === category.id && o.provider_id !== null);
        const shownProviders = discloseGroup(providerRows.map((p) => p.people));
        const spendRows = spend.filter((r) => r.category_id === category.id);
        const byProvider = providerRows
          .map((p, j) => ({ p, d: shownProviders[j] }))
          .filter(({ d }) => !d.suppressed && !shown[i].suppressed)
          .sort((a, b) => (a.p.provider_id! < b.p.provider_id! ? -1 : 1))
          .map(({ p, d }) =>
            Object.assign(new ProviderOutcome(), {
              providerId: p.provider_id!,
              people: d.value,
              meanScoreChange: p.mean_change === null ? null : round2(p.mean_change),
              spentPence: spendRows.filter((r) => r.provider_id === p.provider_id).reduce((a, r) => a + r.spent, 0),
            }),
          );
        return Object.assign(new CategoryOutcome(), {
          categoryId: category.id,
          category,
          people: shown[i].value,
          meanScoreChange: shown[i].suppressed || !raw || shown[i].value === 0 || raw.mean_change === null ? null : round2(raw.mean_change),
          spentPence: spendRows.reduce((a, r) => a + r.spent, 0),
          suppressed: shown[i].suppressed,
          byProvider,
          asOf,
        });
      });
    });
  }

  /**
   * The authority's lower-tier districts (a county's shire districts; a unitary is its own one district), each with
   * its own demand, unmet searches and in-person supply. Person-derived counts are disclosed as a group across the
   * districts, so a withheld district cannot be recovered from the others and the authority's figures.
   */
  async districts(ctx: RequestContext, la: string): Promise<DistrictMarket[]> {
    la = this.assertCanSee(ctx, la);
    return this.cached(`districts:${la}`, async () => {
      const lower = this.places.lowerTiersOf(la);
      const found = await MarketRepository.byDistrict(ctx.db, la, lower.map((d) => d.code));
      const of = new Map(found.map((r) => [r.code, r]));
      const demand = discloseGroup(lower.map((d) => of.get(d.code)?.plans ?? 0));
      const unmet = discloseGroup(lower.map((d) => of.get(d.code)?.unmet ?? 0));
      return lower.map((d, i) =>
        Object.assign(new DistrictMarket(), {
          localAuthority: d,
          postcodeDistricts: this.places.districtsIn(d.code).map((p) => p.outcode),
          demand: demand[i].value,
          unmetSearches: unmet[i].value,
          localSupply: of.get(d.code)?.local_offerings ?? 0,
          suppressed: demand[i].suppressed || unmet[i].suppressed,
        }),
      );
    });
  }

  /** Session and hourly prices per kind of support in the area, beside the national figures (shared by all areas). */
  async prices(ctx: RequestContext, la: string): Promise<CategoryPrices[]> {
    la = this.assertCanSee(ctx, la);
    return this.cached(`prices:${la}`, async () => {
      const asOf = new Date();
      const [area, national] = await Promise.all([
        MarketTrendsRepository.areaPrices(ctx.db, la),
        this.national('national-prices', () => MarketTrendsRepository.nationalPrices(ctx.db)),
      ]);
      return assemblePrices(this.taxonomy.all(), area, national, asOf);
    });
  }

  /** The last twelve calendar months, the current one so far last. */
  async trends(ctx: RequestContext, la: string): Promise<MarketMonth[]> {
    la = this.assertCanSee(ctx, la);
    return this.cached(`trends:${la}`, async () => {
      const from = windowStart(new Date());
      const [local, remote] = await Promise.all([
        MarketTrendsRepository.monthly(ctx.db, la, this.lowerTierCodes(la), from),
        this.national(`remote-monthly:${from.toISOString()}`, () => MarketTrendsRepository.remoteMonthly(ctx.db, from)),
      ]);
      return assembleTrends(local, remote);
    });
  }

  /** Where the in-person supply reaching the authority is based, for the map. */
  async supplyByOutcode(ctx: RequestContext, la: string): Promise<OutcodeSupply[]> {
    la = this.assertCanSee(ctx, la);
    return this.cached(`supply-by-outcode:${la}`, async () =>
      (await MarketRepository.supplyByBaseOutcode(ctx.db, la)).map((r) => Object.assign(new OutcodeSupply(), r)),
    );
  }

  private lowerTierCodes(la: string): string[] {
    return this.places.lowerTiersOf(la).map((d) => d.code);
  }

  /** Someone could not find what they need: counted as unmet need in the area, with no link to them. */
  async reportUnmetNeed(ctx: RequestContext, input: { categorySlug: string; outcode: string; description: string }): Promise<boolean> {
    const category = this.taxonomy.slug(input.categorySlug, 'categorySlug');
    const district = this.places.district(input.outcode, 'outcode');
    const description = input.description.trim();
    if (!description) throw badInput('Tell us briefly what you were looking for.', 'description');
    // Limits so one person, or one address with many accounts, cannot inflate an area's unmet need (issue 13,
    // finding 4): a few reports a day per account and per client, and the same need from the same account in the
    // same area counts once a month. The repeat is accepted without being counted, so it teaches an attacker
    // nothing. The repeat key is an HMAC, so the throttle table does not say who reported what where.
    const la = district.localAuthorityCode;
    const same = `unmet:same:${createHmac('sha256', this.signalSecret).update(`${ctx.viewer!.id}|${la}|${category.id}`).digest('base64url')}`;
    const [repeat] = await inOneStatement(ctx, (db) => countHits(db, [same], 30 * 24 * 3600));
    if (repeat.hits > 1) return true;
    const [byAccount, byClient] = await inOneStatement(ctx, async (db) => {
      const perDay = await countHits(db, [`unmet:account:${ctx.viewer!.id}`, `unmet:client:${ctx.http?.clientKey ?? 'local'}`], 24 * 3600);
      return [perDay.find((c) => c.key.startsWith('unmet:account:'))!, perDay.find((c) => c.key.startsWith('unmet:client:'))!];
    });
    if (byAccount.hits > UNMET_PER_ACCOUNT_PER_DAY || byClient.hits > UNMET_PER_CLIENT_PER_DAY) {
      throw new AppError('RATE_LIMITED', 'Thank you: we have had several reports from you today. Please try again tomorrow.', { retryAfterSeconds: Math.max(byAccount.retryAfterSeconds, byClient.retryAfterSeconds) });
    }
    await MarketRepository.insertUnmetNeed(ctx.db, la, category.id, description);
    return true;
  }

  /** The area's code as the directory spells it (the ownership check and the caches use that), once the viewer may see it. */
  assertCanSee(ctx: RequestContext, requested: string): string {
    const la = this.places.commissioningAuthority(requested).code;
    const v = ctx.viewer;
    if (!v) throw new AppError('UNAUTHENTICATED', 'Please sign in to do this.');
    if (v.role === 'ADMIN' || (v.role === 'COMMISSIONER' && v.localAuthorityCode === la)) return la;
    this.log.warn('market.access_denied', { requestId: ctx.requestId, viewer: v.id, localAuthorityCode: la });
    throw forbidden('You can only see the market of your own local authority.');
  }

  /**
   * National figures, shared by every area's view for nationalCacheSeconds. After that the next view still gets the
   * last figures at once and starts one refresh, so no commissioner waits for the whole country after the first. Figures
   * older than twice that are not served while they refresh (a process that nobody asked for an hour would otherwise
   * answer with hour-old figures): with several API processes each keeps its own, so the bound is per process.
   */
  private national<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.nationalCache.get(key);
    if (hit && now - hit.at < this.nationalCacheSeconds * 1000) return hit.value as Promise<T>;
    if (hit && this.nationalCacheSeconds > 0 && now - hit.at < 2 * this.nationalCacheSeconds * 1000) {
      if (!hit.refreshing) {
        hit.refreshing = true;
        const fresh = compute();
        fresh.then(
          () => this.nationalCache.set(key, { at: Date.now(), value: fresh, refreshing: false }),
          () => (hit.refreshing = false),
        );
      }
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.nationalCache.set(key, { at: now, value, refreshing: false });
    value.catch(() => this.nationalCache.delete(key));
    return value;
  }

  private cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && now - hit.at < this.cacheSeconds * 1000) return hit.value as Promise<T>;
    const value = compute();
    this.cache.set(key, { at: now, value });
    value.catch(() => this.cache.delete(key));
    return value;
  }
}

/**
 * Free places of in-person offerings for every area at once (a few seconds at national scale, so shared like the
 * remote figures), as supply rows that add free places and no offerings; `at` is when they were taken.
 */
async function localFreePlaces(ctx: RequestContext): Promise<{ at: Date; byArea: Map<string, SupplyRow[]> }> {
  const at = new Date();
  const byArea = new Map<string, SupplyRow[]>();
  for (const r of await MarketRepository.localFreePlacesByArea(ctx.db)) {
    const list = byArea.get(r.local_authority_code) ?? [];
    list.push({ category_id: r.category_id, offerings: 0, local_offerings: 0, free_places: r.free_places });
    byArea.set(r.local_authority_code, list);
  }
  return { at, byArea };
}

function addSupply(local: SupplyRow[], remote: SupplyRow[]): SupplyRow[] {
  const byCategory = new Map<string, SupplyRow>();
  for (const r of [...local, ...remote]) {
    const sum = byCategory.get(r.category_id) ?? { category_id: r.category_id, offerings: 0, local_offerings: 0, free_places: 0 };
    sum.offerings += r.offerings;
    sum.local_offerings += r.local_offerings;
    sum.free_places += r.free_places;
    byCategory.set(r.category_id, sum);
  }
  return [...byCategory.values()];
}

/** Providers counted once each: in all, peer-led, per kind, and per kind of support they bring. */
interface ProviderTally {
  count: number;
  peerLed: number;
  byKind: Map<ProviderKind, number>;
  byCategory: Map<string, number>;
}

/**
 * The providers with remote offerings (nearly every provider at national scale: 17,000), tallied once and shared
 * like the rows they come from, so that a view only adds its area's in-person providers to a copy of the tally.
 */
function tallyProviders(list: ReachingProvider[]): { tally: ProviderTally; byId: Map<string, Set<string>> } {
  const tally: ProviderTally = { count: 0, peerLed: 0, byKind: new Map(), byCategory: new Map() };
  const byId = new Map<string, Set<string>>();
  for (const p of list) {
    addProvider(tally, p);
    byId.set(p.provider_id, new Set(p.category_ids));
  }
  return { tally, byId };
}

/** Providers reaching the area in person or remotely, each once, with every kind of support they bring. */
function addLocalProviders(remote: { tally: ProviderTally; byId: Map<string, Set<string>> }, local: ReachingProvider[]): ProviderTally {
  const t = remote.tally;
  const tally: ProviderTally = { count: t.count, peerLed: t.peerLed, byKind: new Map(t.byKind), byCategory: new Map(t.byCategory) };
  for (const p of local) {
    const remoteCategories = remote.byId.get(p.provider_id);
    if (!remoteCategories) addProvider(tally, p);
    else for (const c of p.category_ids) if (!remoteCategories.has(c)) bump(tally.byCategory, c);
  }
  return tally;
}

function addProvider(tally: ProviderTally, p: ReachingProvider): void {
  tally.count += 1;
  if (p.peer_led) tally.peerLed += 1;
  bump(tally.byKind, p.kind);
  for (const c of new Set(p.category_ids)) bump(tally.byCategory, c);
}

function bump<K>(m: Map<K, number>, key: K): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

/** HHI of shares in percent: 10,000 for a monopoly, near 0 for many small providers; 0 when there is no spend. */
export function hhi(amounts: number[]): number {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  return round2(amounts.reduce((a, x) => a + ((100 * x) / total) ** 2, 0));
}

function sumBy<T extends { spent: number }>(list: T[], key: (r: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of list) m.set(key(r), (m.get(key(r)) ?? 0) + r.spent);
  return m;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

