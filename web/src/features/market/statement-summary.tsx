import type { MarketQuery } from '@/gql/graphql';
import { formatPence } from '@/lib/format';
import { GAP_BAND } from './gap-table';
import { comparedWithNational } from './prices';
import { formatMonth } from './trends';

// The plain-language summary of a draft market position statement, written from the same published (disclosed)
// figures as the tables: nothing here is more precise than what the tables show.
const pct = (share: number) => `${Math.round(share * 100)}%`;
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function bandOf(g: MarketQuery['marketGaps'][number]): string | null {
  if (g.gapBand) return g.gapBand;
  return null;
}

export function StatementSummary({ data, areaName }: { data: MarketQuery; areaName: string }) {
  const gaps = [...data.marketGaps].sort((a, b) => (b.gapIndex ?? b.gapIndexLow ?? -1) - (a.gapIndex ?? a.gapIndexLow ?? -1));
  const pressing = gaps.filter((g) => bandOf(g) === 'VERY_HIGH' || bandOf(g) === 'HIGH').slice(0, 4);
  const d = data.marketDiversity;
  const priced = data.marketPrices.filter((p) => p.hourly && p.hourlyVsNational != null);
  const dearest = [...priced].sort((a, b) => b.hourlyVsNational! - a.hourlyVsNational!)[0];
  const cheapest = [...priced].sort((a, b) => a.hourlyVsNational! - b.hourlyVsNational!)[0];
  const outcomes = data.outcomesByCategory.filter((o) => !o.suppressed && o.meanScoreChange != null);
  const best = [...outcomes].sort((a, b) => b.meanScoreChange! - a.meanScoreChange!)[0];
  const months = data.marketTrends;
  const first = months.find((m) => m.demand != null);
  const last = [...months].reverse().find((m) => m.demand != null);
  const spend = months.reduce((s, m) => s + m.spentPence, 0);
  return (
    <div className="statement-summary">
      <p>
        <strong>Gaps.</strong>{' '}
        {pressing.length
          ? `The biggest gaps between need and supply in ${areaName} are in ${list(pressing.map((g) => `${g.category.name.toLowerCase()} (${GAP_BAND[bandOf(g)!].toLowerCase()})`))}.`
          : `No kind of support has a high gap between need and supply in ${areaName} on the published figures.`}{' '}
        {gaps.some((g) => g.suppressed) && 'Where a count is too small to publish, the gap is given as a range.'}
      </p>
      <p>
        <strong>Diversity.</strong> {d.providerCount.toLocaleString('en-GB')} providers reach the area, {pct(d.peerLedProviderShare)} of them peer-led;{' '}
        {pct(d.peerLedSpendShare)} of the {formatPence(d.spentPence)} spent in the last 12 months went to peer-led providers. Spend is
        {d.hhi < 1500 ? ' spread across many providers' : d.hhi < 2500 ? ' fairly concentrated' : ' highly concentrated in a few providers'}.
      </p>
      <p>
        <strong>Prices.</strong>{' '}
        {dearest && cheapest
          ? `By the hour, ${dearest.category.name.toLowerCase()} is ${comparedWithNational(dearest.hourlyVsNational)}${
              cheapest !== dearest ? `, and ${cheapest.category.name.toLowerCase()} ${comparedWithNational(cheapest.hourlyVsNational)}` : ''
            } (medians).`
          : 'There are not yet enough priced offers to compare with Great Britain.'}
      </p>
      <p>
        <strong>Outcomes.</strong>{' '}
        {best
          ? `People using ${best.category.name.toLowerCase()} moved their goal scores most: ${best.meanScoreChange! > 0 ? '+' : ''}${best.meanScoreChange!.toFixed(1)} out of 10 on average (${best.people} people).`
          : 'Too few people have recorded outcomes to publish any.'}
      </p>
      <p>
        <strong>Trends.</strong>{' '}
        {first && last && first !== last
          ? `People whose plans need support went from ${first.demand} in ${formatMonth(first.month)} to ${last.demand} in ${formatMonth(last.month)}; offers reaching the area from ${months[0].supply} to ${months[months.length - 1].supply}.`
          : `Offers reaching the area: ${months[months.length - 1]?.supply ?? 0}.`}{' '}
        Spend over the 12 months: {formatPence(spend)}.
      </p>
    </div>
  );
}
