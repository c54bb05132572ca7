import { discloseGroup } from '../../common/disclosure';
import { GapBand } from './market.entity';
import { gapFigures } from './gap-index';

describe('the gap index when a count is withheld', () => {
  it('bands a row with 35 people in need and 1 to 7 unmet searches as very high, whatever the withheld count', () => {
    const published = [1, 2, 3, 4, 5, 6, 7].map((unmet) => {
      const demand = discloseGroup([35, 40, 0]);
      const searches = discloseGroup([unmet, 30, 0]);
      return JSON.stringify([0, 1].map((i) => ({ demand: demand[i].value, unmet: searches[i].value, ...gapFigures(demand[i], searches[i], 0) })));
    });
    expect(new Set(published).size).toBe(1);
    const [row, protecting] = JSON.parse(published[0]);
    expect(row).toEqual({ demand: 35, unmet: null, gapIndex: null, gapIndexLow: 36, gapIndexHigh: 42, gapBand: GapBand.VERY_HIGH, suppressed: true });
    // The cell withheld to protect it is only known to be more than 7: its range is open and still very high.
    expect(protecting).toEqual({ demand: 40, unmet: null, gapIndex: null, gapIndexLow: 48, gapIndexHigh: null, gapBand: GapBand.VERY_HIGH, suppressed: true });
  });

  it('publishes no band when the range crosses a band boundary', () => {
    const [d] = discloseGroup([10, 0]);
    const [u] = discloseGroup([3, 20]);
    // (10 + 1..7) / (8 / 4 + 1) = 3.67..5.67: all HIGH.
    expect(gapFigures(d, u, 8)).toMatchObject({ gapIndexLow: 3.67, gapIndexHigh: 5.67, gapBand: GapBand.HIGH });
    // (0 + 1..7) / 1 = 1..7: MODERATE or HIGH, so no band.
    const [zero] = discloseGroup([0, 0]);
    expect(gapFigures(zero, u, 0)).toMatchObject({ gapIndexLow: 1, gapIndexHigh: 7, gapBand: null });
  });

  it('is exact, with its band, when nothing is withheld', () => {
    const [d] = discloseGroup([12, 20]);
    const [u] = discloseGroup([0, 20]);
    expect(gapFigures(d, u, 6)).toEqual({ gapIndex: 4, gapIndexLow: 4, gapIndexHigh: 4, gapBand: GapBand.HIGH, suppressed: false });
  });
});
