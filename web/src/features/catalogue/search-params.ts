import type { DeliveryMode, OfferingFilter, OfferingSort, ProviderKind } from '@/gql/graphql';

// Everything a search needs comes from the URL (/?q=peer+support&near=LS1&mode=ONLINE...), so every search is a
// link that can be shared or bookmarked. Unknown values are dropped rather than sent to the API.
export type RawParams = Record<string, string | string[] | undefined>;

export const DELIVERY_MODES: DeliveryMode[] = ['IN_PERSON', 'GROUP', 'HOME_VISIT', 'ONLINE', 'PHONE'];
export const PROVIDER_KINDS: ProviderKind[] = ['USER_LED_ORGANISATION', 'CHARITY', 'SOCIAL_ENTERPRISE', 'MICRO_ENTERPRISE', 'PERSONAL_ASSISTANT', 'PRIVATE_COMPANY', 'PUBLIC_BODY'];
export const SORTS: OfferingSort[] = ['RELEVANCE', 'DISTANCE', 'PRICE_LOW_TO_HIGH', 'RATING', 'NEWEST'];
export const DISTANCES = [2, 5, 10, 25, 50];
export const FILTER_LANGUAGES = ['en', 'bfi', 'cy', 'ur', 'pa', 'bn', 'gu', 'pl', 'ar', 'so', 'zh'];

export interface SearchState {
  q: string;
  near: string;
  kinds: string[];
  within: number | null;
  maxPrice: number | null;
  modes: DeliveryMode[];
  lang: string;
  peer: boolean;
  pkinds: ProviderKind[];
  sort: OfferingSort;
  after: string;
}

const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
const one = (v: string | string[] | undefined, max = 200): string => (all(v)[0] ?? '').slice(0, max);

export function readSearch(params: RawParams): SearchState {
  const within = Number(one(params.within));
  const maxPrice = Number(one(params.maxPrice));
  const sort = one(params.sort) as OfferingSort;
  const near = one(params.near, 10).toUpperCase();
  return {
    q: one(params.q),
    near,
    kinds: all(params.kind).filter((s) => /^[a-z0-9-]{1,60}$/.test(s)).slice(0, 20),
    within: DISTANCES.includes(within) ? within : null,
    maxPrice: Number.isFinite(maxPrice) && maxPrice > 0 && maxPrice <= 10_000 ? Math.round(maxPrice) : null,
    modes: all(params.mode).filter((m): m is DeliveryMode => DELIVERY_MODES.includes(m as DeliveryMode)),
    lang: FILTER_LANGUAGES.includes(one(params.lang)) ? one(params.lang) : '',
    peer: one(params.peer) === '1',
    pkinds: all(params.pkind).filter((k): k is ProviderKind => PROVIDER_KINDS.includes(k as ProviderKind)),
    sort: SORTS.includes(sort) && (sort !== 'DISTANCE' || near) ? sort : 'RELEVANCE',
    after: one(params.after, 200),
  };
}

export function isSearching(s: SearchState): boolean {
  return Boolean(s.q || s.near || s.kinds.length || s.modes.length || s.lang || s.peer || s.pkinds.length || s.maxPrice);
}

export function toFilter(s: SearchState): OfferingFilter {
  return {
    text: s.q || undefined,
    nearOutcode: s.near || undefined,
    withinKm: s.near && s.within ? s.within : undefined,
    categorySlugs: s.kinds.length ? s.kinds : undefined,
    deliveryModes: s.modes.length ? s.modes : undefined,
    languages: s.lang ? [s.lang] : undefined,
    maxPricePence: s.maxPrice ? s.maxPrice * 100 : undefined,
    peerLed: s.peer ? true : undefined,
    providerKinds: s.pkinds.length ? s.pkinds : undefined,
  };
}

/** The URL for this search, with some parts changed (e.g. the next page). */
export function searchHref(s: SearchState, change: Partial<SearchState> = {}): string {
  const n = { ...s, ...change };
  const p = new URLSearchParams();
  if (n.q) p.set('q', n.q);
  if (n.near) p.set('near', n.near);
  for (const k of n.kinds) p.append('kind', k);
  if (n.within) p.set('within', String(n.within));
  if (n.maxPrice) p.set('maxPrice', String(n.maxPrice));
  for (const m of n.modes) p.append('mode', m);
  if (n.lang) p.set('lang', n.lang);
  if (n.peer) p.set('peer', '1');
  for (const k of n.pkinds) p.append('pkind', k);
  if (n.sort !== 'RELEVANCE') p.set('sort', n.sort);
  if (n.after) p.set('after', n.after);
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}
