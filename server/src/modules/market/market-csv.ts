import { penceToPounds, toCsv } from '../../common/csv';
import type { CategoryOutcome, CategoryPrices, DistrictMarket, MarketDiversity, MarketGap, MarketMonth, PriceQuartiles } from './market.entity';

// CSV versions of the commissioner views, built from the same disclosed figures (a withheld value is "withheld").
const shown = (v: number | null) => (v === null ? 'withheld' : v);

export function gapsCsv(la: string, gaps: MarketGap[]): string {
  return toCsv(
    ['local_authority', 'kind_of_support', 'demand_plans', 'supply_offerings', 'local_supply_offerings', 'free_places_4_weeks', 'unmet_searches', 'gap_index', 'gap_index_low', 'gap_index_high', 'gap_band', 'as_of'],
    gaps.map((g) => [la, g.category.name, shown(g.demand), g.supply, g.localSupply, g.freePlaces, shown(g.unmetSearches), g.gapIndex ?? 'withheld',
      g.gapIndexLow ?? '', g.gapIndexHigh ?? 'no upper bound', g.gapBand ?? 'withheld', g.asOf.toISOString()]),
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

const gbp = (q: PriceQuartiles | null, key: keyof PriceQuartiles) => (q ? penceToPounds(q[key]) : '');

export function pricesCsv(la: string, prices: CategoryPrices[]): string {
  return toCsv(
    ['local_authority', 'kind_of_support', 'offerings', 'session_lower_quartile_gbp', 'session_median_gbp', 'session_upper_quartile_gbp',
      'hourly_lower_quartile_gbp', 'hourly_median_gbp', 'hourly_upper_quartile_gbp', 'national_offerings', 'national_session_median_gbp',
      'national_hourly_median_gbp', 'hourly_vs_national', 'as_of'],
    prices.map((p) => [la, p.category.name, p.offerings, gbp(p.session, 'lowerQuartilePence'), gbp(p.session, 'medianPence'), gbp(p.session, 'upperQuartilePence'),
      gbp(p.hourly, 'lowerQuartilePence'), gbp(p.hourly, 'medianPence'), gbp(p.hourly, 'upperQuartilePence'), p.nationalOfferings,
      gbp(p.nationalSession, 'medianPence'), gbp(p.nationalHourly, 'medianPence'), p.hourlyVsNational ?? '', p.asOf.toISOString()]),
  );
}

export function trendsCsv(la: string, months: MarketMonth[]): string {
  return toCsv(
    ['local_authority', 'month', 'demand_plans', 'supply_offerings', 'free_places', 'unmet_searches', 'spend_gbp', 'outcome_people', 'mean_score_change'],
    months.map((m) => [la, m.month, shown(m.demand), m.supply, m.freePlaces, shown(m.unmetSearches), penceToPounds(m.spentPence), shown(m.outcomePeople), m.meanScoreChange ?? 'withheld']),
  );
}
