import type { DeliveryMode, OfferingFilter, OfferingSort, ProviderKind } from '@/gql/graphql';
import { KM_PER_MILE } from '@/lib/miles';

// Everything a search needs comes from the URL (/?q=peer+support&near=LS1&mode=ONLINE...), so every search is a
// link that can be shared or bookmarked. Unknown values are dropped rather than sent to the API.
export type RawParams = Record<string, string | string[] | undefined>;

export const DELIVERY_MODES: DeliveryMode[] = ['IN_PERSON', 'GROUP', 'HOME_VISIT', 'ONLINE', 'PHONE'];
export const PROVIDER_KINDS: ProviderKind[] = ['USER_LED_ORGANISATION', 'CHARITY', 'SOCIAL_ENTERPRISE', 'MICRO_ENTERPRISE', 'PERSONAL_ASSISTANT', 'PRIVATE_COMPANY', 'PUBLIC_BODY'];
export const SORTS: OfferingSort[] = ['RELEVANCE', 'DISTANCE', 'PRICE_LOW_TO_HIGH', 'RATING', 'NEWEST'];
/** Travel distances offered, in miles (as every distance on the site is shown); the API takes km. */
export const DISTANCES = [1, 2, 5, 10, 25, 50];
export { KM_PER_MILE };
/** Without dates, a search shows offerings with a free place in this many days, unless asked for all. */
export const FREE_WITHIN_DAYS = 28;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
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
  /** Include offerings with no free place (full, or no times yet). */
  full: boolean;
  /** A free place on or after this day / up to and including this day (YYYY-MM-DD, UK days as UTC dates). */
  from: string;
  to: string;
  after: string;
  /** The cursors of the pages before this one, oldest first: "Previous" and the page number come from them. */
  prev: string[];
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
    full: one(params.full) === '1',
    from: validDate(one(params.from, 10)),
    to: validDate(one(params.to, 10)),
    after: one(params.after, 200),
    // Cursors are base64url (no commas); "-" stands for the first page. At most 50 pages back.
    prev: String((Array.isArray(params.prev) ? params.prev[0] : params.prev) ?? '')
      .slice(0, 12_000)
      .split(',')
      .filter((c) => /^[A-Za-z0-9_=-]{1,200}$/.test(c))
      .slice(-50),
  };
}

function validDate(d: string): string {
  return DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) ? d : '';
}

/** The window a free place must fall in: the dates asked for, else the next four weeks unless full ones are asked for. */
export function freeWindow(s: SearchState, now = Date.now()): { from: string; to: string } | null {
  if (s.from || s.to) {
    const from = s.from ? Math.max(Date.parse(`${s.from}T00:00:00Z`), now) : now;
    const to = s.to ? Date.parse(`${s.to}T00:00:00Z`) + DAY_MS : from + FREE_WITHIN_DAYS * DAY_MS;
    return { from: new Date(from).toISOString(), to: new Date(Math.max(to, from + 60_000)).toISOString() };
  }
  if (s.full) return null;
  return { from: new Date(now).toISOString(), to: new Date(now + FREE_WITHIN_DAYS * DAY_MS).toISOString() };
}

export function isSearching(s: SearchState): boolean {
  return Boolean(s.q || s.near || s.kinds.length || s.modes.length || s.lang || s.peer || s.pkinds.length || s.maxPrice || s.from || s.to);
}

export function toFilter(s: SearchState, now = Date.now()): OfferingFilter {
  const window = freeWindow(s, now);
  return {
    text: s.q || undefined,
    nearOutcode: s.near || undefined,
    withinKm: s.near && s.within ? Math.round(s.within * KM_PER_MILE * 1000) / 1000 : undefined,
    categorySlugs: s.kinds.length ? s.kinds : undefined,
    deliveryModes: s.modes.length ? s.modes : undefined,
    languages: s.lang ? [s.lang] : undefined,
    maxPricePence: s.maxPrice ? s.maxPrice * 100 : undefined,
    peerLed: s.peer ? true : undefined,
    providerKinds: s.pkinds.length ? s.pkinds : undefined,
    availableFrom: window?.from,
    availableTo: window?.to,
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
  if (n.full) p.set('full', '1');
  if (n.from) p.set('from', n.from);
  if (n.to) p.set('to', n.to);
  if (n.after) p.set('after', n.after);
  if (n.after && n.prev.length) p.set('prev', n.prev.join(','));
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}

/** The links either side of this page: Previous from the trail of cursors, Next from the page's end cursor. */
export function pageLinks(s: SearchState, endCursor: string | null, hasNextPage: boolean): { page: number | null; previous: string | null; first: string | null; next: string | null } {
  const first = s.after ? searchHref(s, { after: '', prev: [] }) : null;
  const next = hasNextPage && endCursor ? searchHref(s, { after: endCursor, prev: [...s.prev, s.after || '-'] }) : null;
  if (!s.after) return { page: 1, previous: null, first: null, next };
  if (!s.prev.length) return { page: null, previous: null, first, next }; // an old link: no trail to go back along
  const back = s.prev[s.prev.length - 1];
  const previous = searchHref(s, { after: back === '-' ? '' : back, prev: s.prev.slice(0, -1) });
  return { page: s.prev.length + 1, previous, first, next };
}
