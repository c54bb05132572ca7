import type { MarketQuery } from '@/gql/graphql';
import { formatPence, PROVIDER_KIND } from '@/lib/format';
import { BarTable } from '@/lib/ui/charts';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The HHI in words, with the usual competition-authority thresholds. */
function concentration(hhi: number): string {
  if (hhi < 1500) return 'spread across many providers';
  if (hhi < 2500) return 'fairly concentrated';
  return 'highly concentrated in a few providers';
}

export function DiversityPanel({ d }: { d: MarketQuery['marketDiversity'] }) {
  const kinds = [...d.byKind].sort((a, b) => b.spendShare - a.spendShare || b.providers - a.providers);
  return (
    <>
      <dl className="figures">
        <div className="figure">
          <dt>Providers reaching the area</dt>
          <dd>{d.providerCount.toLocaleString('en-GB')}</dd>
        </div>
        <div className="figure">
          <dt>Spend in the last 12 months</dt>
          <dd>{formatPence(d.spentPence)}</dd>
        </div>
        <div className="figure">
          <dt>Peer-led providers</dt>
          <dd>{pct(d.peerLedProviderShare)}</dd>
        </div>
        <div className="figure">
          <dt>Spend with peer-led providers</dt>
          <dd>{pct(d.peerLedSpendShare)}</dd>
        </div>
      </dl>
      <p>
        Spend is {concentration(d.hhi)} (Herfindahl-Hirschman index {Math.round(d.hhi).toLocaleString('en-GB')} out of 10,000).
      </p>
      <BarTable
        caption="Share of spend by kind of provider"
        columnLabel="Kind of provider"
        valueLabel="Share of spend (providers)"
        max={Math.max(0.01, ...kinds.map((k) => k.spendShare))}
        rows={kinds.map((k) => ({ label: PROVIDER_KIND[k.kind] ?? k.kind, value: k.spendShare, display: `${pct(k.spendShare)} (${k.providers} ${k.providers === 1 ? 'provider' : 'providers'})` }))}
      />
    </>
  );
}

export function OutcomesPanel({ outcomes }: { outcomes: MarketQuery['outcomesByCategory'] }) {
  const rows = [...outcomes].sort((a, b) => (b.meanScoreChange ?? -99) - (a.meanScoreChange ?? -99));
  return (
    <BarTable
      caption="Average change in people's goal scores (out of 10) by kind of support"
      columnLabel="Kind of support"
      valueLabel="Average change (people)"
      max={Math.max(0.5, ...rows.map((r) => Math.abs(r.meanScoreChange ?? 0)))}
      rows={rows.map((r) => ({
        label: r.category.name,
        value: r.meanScoreChange,
        display: r.suppressed || r.meanScoreChange == null ? 'Withheld (too few people)' : `${r.meanScoreChange > 0 ? '+' : ''}${r.meanScoreChange.toFixed(1)} (${r.people} people)`,
      }))}
    />
  );
}
