import { penceToPounds, toCsv } from '../../common/csv';
import type { CategoryOutcome, DistrictMarket, MarketDiversity, MarketGap } from './market.entity';

// CSV versions of the commissioner views, built from the same disclosed figures (a withheld value is "withheld").
const shown = (v: number | null) => (v === null ? 'withheld' : v);

export function gapsCsv(la: string, gaps: MarketGap[]): string {
  return toCsv(
    ['local_authority', 'kind_of_support', 'demand_plans', 'supply_offerings', 'local_supply_offerings', 'free_places_4_weeks', 'unmet_searches', 'gap_index', 'as_of'],
    gaps.map((g) => [la, g.category.name, shown(g.demand), g.supply, g.localSupply, g.freePlaces, shown(g.unmetSearches), g.gapIndex ?? 'withheld', g.asOf.toISOString()]),
  );
}

export function diversityCsv(la: string, d: MarketDiversity): string {
  return toCsv(
    ['local_authority', 'measure', 'group', 'value'],
    [
      [la, 'providers', 'all', d.providerCount],
      [la, 'hhi', 'all', d.hhi],
      [la, 'spend_gbp', 'all', penceToPounds(d.spentPence)],
      [la, 'peer_led_provider_share', 'all', d.peerLedProviderShare],
      [la, 'peer_led_spend_share', 'all', d.peerLedSpendShare],
      ...d.byKind.flatMap((k) => [
        [la, 'providers', k.kind, k.providers],
        [la, 'spend_share', k.kind, k.spendShare],
      ]),
      ...d.byCategory.flatMap((c) => [
        [la, 'providers', c.category.name, c.providers],
        [la, 'hhi', c.category.name, c.hhi],
        [la, 'spend_gbp', c.category.name, penceToPounds(c.spentPence)],
      ]),
    ],
  );
}

export function outcomesCsv(la: string, outcomes: CategoryOutcome[], providerName: (id: string) => string): string {
  return toCsv(
    ['local_authority', 'kind_of_support', 'provider', 'people', 'mean_score_change', 'spend_gbp'],
    outcomes.flatMap((o) => [
      [la, o.category.name, 'all providers', shown(o.people), o.meanScoreChange ?? 'withheld', penceToPounds(o.spentPence)],
      ...o.byProvider.map((p) => [la, o.category.name, providerName(p.providerId), shown(p.people), p.meanScoreChange ?? 'withheld', penceToPounds(p.spentPence)]),
    ]),
  );
}

export function districtsCsv(la: string, districts: DistrictMarket[]): string {
  return toCsv(
    ['local_authority', 'district_code', 'district', 'postcode_districts', 'demand_plans', 'unmet_searches_90_days', 'local_supply_offerings'],
    districts.map((d) => [la, d.localAuthority.code, d.localAuthority.name, d.postcodeDistricts.length, shown(d.demand), shown(d.unmetSearches), d.localSupply]),
  );
}
