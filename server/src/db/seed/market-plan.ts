import { ProviderKind } from '../../modules/provider/provider.enums';
import { CATEGORY_WEIGHTS } from './offering-templates';
import type { Random } from './random';

// The shape of the market before any row is written: how many providers of each kind, how many offerings each
// has, and which categories some offerings must take so that every category appears at any scale.
export const PROVIDERS_AT_SCALE_1 = 1500;
export const OFFERINGS_AT_SCALE_1 = 6000;
const MIN_PROVIDERS = 10;

/** Share of providers by kind: many small and user-led, few public bodies. */
export const KIND_SHARES: readonly (readonly [ProviderKind, number])[] = [
  [ProviderKind.USER_LED_ORGANISATION, 0.25],
  [ProviderKind.MICRO_ENTERPRISE, 0.2],
  [ProviderKind.PERSONAL_ASSISTANT, 0.15],
  [ProviderKind.CHARITY, 0.14],
  [ProviderKind.SOCIAL_ENTERPRISE, 0.12],
  [ProviderKind.PRIVATE_COMPANY, 0.1],
  [ProviderKind.PUBLIC_BODY, 0.04],
];

/** Offerings per provider by kind, before the totals are trimmed to the target. */
const OFFERINGS_PER_PROVIDER: Record<ProviderKind, readonly [number, number]> = {
  [ProviderKind.PERSONAL_ASSISTANT]: [1, 2],
  [ProviderKind.MICRO_ENTERPRISE]: [1, 4],
  [ProviderKind.USER_LED_ORGANISATION]: [2, 6],
  [ProviderKind.CHARITY]: [3, 9],
  [ProviderKind.SOCIAL_ENTERPRISE]: [2, 7],
  [ProviderKind.PRIVATE_COMPANY]: [3, 9],
  [ProviderKind.PUBLIC_BODY]: [3, 8],
};
const MAX_OFFERINGS_PER_PROVIDER = 25;

export interface PlannedProvider {
  kind: ProviderKind;
  offerings: number;
  /** Category slugs the first offerings must take. */
  forcedCategories: string[];
}

export interface MarketPlan {
  providerTotal: number;
  offeringTotal: number;
  /** The generated providers (the demo account's fixed providers come on top, within the totals). */
  providers: PlannedProvider[];
}

export function marketTotals(scale: number): { providers: number; offerings: number } {
  const providers = Math.max(MIN_PROVIDERS, Math.round(PROVIDERS_AT_SCALE_1 * scale));
  return { providers, offerings: Math.max(Math.round(OFFERINGS_AT_SCALE_1 * scale), providers * 2) };
}

/** Category weights for a kind over the categories in the database; new categories go to charities and CICs. */
export function categoryWeights(kind: ProviderKind, slugs: readonly string[]): [string, number][] {
  const known = CATEGORY_WEIGHTS[kind];
  const fallback = kind === ProviderKind.CHARITY || kind === ProviderKind.SOCIAL_ENTERPRISE ? 2 : 0;
  return slugs.map((s) => [s, known[s] ?? (Object.values(CATEGORY_WEIGHTS).some((w) => s in w) ? 0 : fallback)] as [string, number]).filter(([, w]) => w > 0);
}

export function planMarket(
  rng: Random,
  scale: number,
  categorySlugs: readonly string[],
  fixed: readonly { kind: ProviderKind; offerings: number }[],
  /** Exact totals instead of the scale's (the benchmark's national shape: 20,000 providers, 1,000,000 offerings). */
  exact?: { providers: number; offerings: number },
): MarketPlan {
  const totals = exact ? { providers: Math.max(MIN_PROVIDERS, exact.providers), offerings: Math.max(exact.offerings, exact.providers * 2) } : marketTotals(scale);
  const fixedOfferings = fixed.reduce((n, f) => n + f.offerings, 0);

  // Kinds by quota (largest remainder, at least one of each), less the fixed providers' kinds, in random order.
  const quota = new Map(KIND_SHARES.map(([k, share]) => [k, Math.max(1, Math.floor(share * totals.providers))]));
  let assigned = [...quota.values()].reduce((a, b) => a + b, 0);
  const bySize = [...KIND_SHARES].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  for (let i = 0; assigned < totals.providers; i++, assigned++) quota.set(bySize[i % bySize.length], quota.get(bySize[i % bySize.length])! + 1);
  for (let i = 0; assigned > totals.providers; i++) {
    const k = bySize[i % bySize.length];
    if (quota.get(k)! > 1) {
      quota.set(k, quota.get(k)! - 1);
      assigned--;
    }
  }
  for (const f of fixed) quota.set(f.kind, Math.max(0, quota.get(f.kind)! - 1));
  const kinds: ProviderKind[] = [];
  for (const [k, n] of quota) for (let i = 0; i < n; i++) kinds.push(k);
  rng.shuffle(kinds);

  const providers: PlannedProvider[] = kinds.map((kind) => {
    const [min, max] = OFFERINGS_PER_PROVIDER[kind];
    return { kind, offerings: rng.int(min, max), forcedCategories: [] };
  });

  // Trim or pad to the exact offering total; personal assistants stay small. A market with many offerings per
  // provider (the national shape averages 50) lets the largest grow further.
  const target = totals.offerings - fixedOfferings;
  let sum = providers.reduce((n, p) => n + p.offerings, 0);
  const growable = providers.filter((p) => p.kind !== ProviderKind.PERSONAL_ASSISTANT);
  const most = Math.max(MAX_OFFERINGS_PER_PROVIDER, Math.ceil((3 * target) / Math.max(1, growable.length)));
  while (sum < target) {
    const p = rng.pick(growable);
    if (p.offerings < most) {
      p.offerings++;
      sum++;
    }
  }
  while (sum > target) {
    const p = rng.pick(providers);
    if (p.offerings > 1) {
      p.offerings--;
      sum--;
    }
  }

  // Every category appears at least once: reserve one offering of a provider whose kind offers it.
  const order = rng.shuffle(providers.map((_, i) => i));
  for (const slug of categorySlugs) {
    const i = order.find((j) => {
      const p = providers[j];
      return p.forcedCategories.length < p.offerings && categoryWeights(p.kind, [slug]).length > 0;
    });
    if (i === undefined) throw new Error(`The demo market is too small to include the category "${slug}": use a larger scale.`);
    providers[i].forcedCategories.push(slug);
    order.push(...order.splice(order.indexOf(i), 1)); // spread reservations over different providers
  }

  return { providerTotal: totals.providers, offeringTotal: totals.offerings, providers };
}
