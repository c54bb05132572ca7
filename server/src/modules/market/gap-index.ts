import type { Disclosed } from '../../common/disclosure';
import { GapBand } from './market.entity';

// The gap index: (people in need + searches that found nothing) per free place a week, from published figures only.
// When a count is withheld, its range (from the disclosure rule, never from the count) gives the gap's range, and
// the band is published when the whole range lies in one band: so a row with 35 people in need and 1-7 unmet
// searches still reads VERY_HIGH, while what is published is the same whatever the withheld count is.
const BANDS: [number, GapBand][] = [
  [10, GapBand.VERY_HIGH],
  [3, GapBand.HIGH],
  [1, GapBand.MODERATE],
  [0, GapBand.LOW],
];

export function bandOf(gap: number): GapBand {
  return BANDS.find(([from]) => gap >= from)![1];
}

export interface GapFigures {
  gapIndex: number | null;
  gapIndexLow: number | null;
  gapIndexHigh: number | null;
  gapBand: GapBand | null;
  suppressed: boolean;
}

export function gapFigures(demand: Disclosed, unmet: Disclosed, freePlaces: number): GapFigures {
  const perWeek = freePlaces / 4 + 1;
  const low = round2((demand.low + unmet.low) / perWeek);
  const high = demand.high === null || unmet.high === null ? null : round2((demand.high + unmet.high) / perWeek);
  const suppressed = demand.suppressed || unmet.suppressed;
  const lowBand = bandOf(low);
  const gapBand = high === null ? (lowBand === GapBand.VERY_HIGH ? lowBand : null) : bandOf(high) === lowBand ? lowBand : null;
  return { gapIndex: suppressed ? null : low, gapIndexLow: low, gapIndexHigh: high, gapBand, suppressed };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
