import { graphql } from '@/gql';
import type { GapRowFragment } from '@/gql/graphql';

export const GAP_ROW_FRAGMENT = graphql(`
  fragment GapRow on MarketGap {
    category {
      slug
      name
    }
    demand
    unmetSearches
    supply
    localSupply
    freePlaces
    gapIndex
    gapIndexLow
    gapIndexHigh
    gapBand
    suppressed
    asOf
  }
`);

// Five bands, light to dark. The number and the band's name are always written in the cell: colour is an extra.
const BANDS = ['Low', 'Fairly low', 'Medium', 'High', 'Very high'];

export function heatBand(value: number | null, max: number): number | null {
  if (value == null) return null;
  if (max <= 0) return 0;
  return Math.min(4, Math.floor((value / max) * 5));
}

export const GAP_BAND: Record<string, string> = { LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High', VERY_HIGH: 'Very high' };

/** A gap with a withheld count: its range and, when the range lies in one band, the band (never the count). */
export function withheldGap(r: Pick<GapRowFragment, 'gapIndexLow' | 'gapIndexHigh' | 'gapBand'>): string {
  if (r.gapIndexLow == null) return 'Withheld (too few people)';
  const range = r.gapIndexHigh == null ? `${r.gapIndexLow.toFixed(2)} or more` : `${r.gapIndexLow.toFixed(2)}–${r.gapIndexHigh.toFixed(2)}`;
  return r.gapBand ? `${range} · ${GAP_BAND[r.gapBand]} (a count is withheld)` : `Withheld count: ${range}`;
}

const show = (n: number | null, suppressed: boolean) => (n == null ? (suppressed ? 'Withheld' : '–') : n.toLocaleString('en-GB'));

export function GapTable({ gaps, areaName }: { gaps: GapRowFragment[]; areaName: string }) {
  const rows = [...gaps].sort((a, b) => (b.gapIndex ?? b.gapIndexLow ?? -1) - (a.gapIndex ?? a.gapIndexLow ?? -1));
  const max = Math.max(0, ...rows.map((r) => r.gapIndex ?? (r.gapBand ? r.gapIndexLow : null) ?? 0));
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="gap-caption" tabIndex={0}>
        <table className="table table--gaps">
          <caption className="table__caption" id="gap-caption">
            Gaps between need and supply in {areaName}, biggest gap first
          </caption>
          <thead>
            <tr>
              <th scope="col">Kind of support</th>
              <th scope="col" className="numeric">
                People who need it
              </th>
              <th scope="col" className="numeric">
                Searches that found nothing
              </th>
              <th scope="col" className="numeric">
                Offers reaching the area
              </th>
              <th scope="col" className="numeric">
                Of those, in person
              </th>
              <th scope="col" className="numeric">
                Free places (next 4 weeks)
              </th>
              <th scope="col">Gap (higher is worse)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              // A withheld row is coloured by the least its gap can be, and only when its band is published.
              const band = heatBand(r.gapIndex ?? (r.gapBand ? r.gapIndexLow : null), max);
              return (
                <tr key={r.category.slug}>
                  <th scope="row">{r.category.name}</th>
                  <td className="numeric">{show(r.demand, r.suppressed)}</td>
                  <td className="numeric">{show(r.unmetSearches, r.suppressed)}</td>
                  <td className="numeric">{r.supply.toLocaleString('en-GB')}</td>
                  <td className="numeric">{r.localSupply.toLocaleString('en-GB')}</td>
                  <td className="numeric">{r.freePlaces.toLocaleString('en-GB')}</td>
                  <td className={band == null ? 'heat heat--none' : `heat heat--${band}`}>
                    {r.gapIndex != null ? `${r.gapIndex.toFixed(2)} · ${BANDS[band!]}` : withheldGap(r)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="heat-key" aria-hidden="true">
        <span>Gap:</span>
        {BANDS.map((b, i) => (
          <span key={b} className={`heat heat--${i} heat-key__item`}>
            {b}
          </span>
        ))}
      </div>
      <p className="hint">
        The gap is people who need the support plus searches that found nothing, for each free place a week. Counts of fewer than 8 people are withheld to protect privacy; the gap is then given as the range it must lie in, with its band (Low under 1, Moderate 1 to 3, High 3 to 10, Very high 10 or more) when the whole range is in one.
      </p>
    </>
  );
}
