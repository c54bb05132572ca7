import { disclose, discloseGroup } from './disclosure';

const shown = (value: number) => ({ value, suppressed: false, low: value, high: value });
const small = { value: null, suppressed: true, low: 1, high: 7 };
const protecting = { value: null, suppressed: true, low: 8, high: null };

describe('disclosure control', () => {
  it.each([
    [0, 0], [8, 10], [12, 10], [13, 15], [22, 20], [23, 25], [100, 100],
  ])('discloses %i as %p', (n, value) => {
    expect(disclose(n)).toEqual(shown(value));
  });

  it.each([1, 7])('withholds %i, saying only that it is 1 to 7', (n) => {
    expect(disclose(n)).toEqual(small);
  });

  it('never lets a lone withheld cell be recovered from a total', () => {
    const counts = [40, 3, 12, 0];
    const out = discloseGroup(counts);
    expect(out.filter((d) => d.suppressed)).toHaveLength(2);
    expect(out[1]).toEqual(small);
    expect(out[2]).toEqual(protecting); // the smallest other non-zero cell, known only to be more than 7
    expect(out[3]).toEqual(shown(0));
    // Total minus the published cells leaves 15 for two withheld cells, one 1-7 and one over 7: 3 + 12, 4 + 11, ... 7 + 8.
    const rest = counts.reduce((a, b) => a + b, 0) - out.reduce((a, d) => a + (d.value ?? 0), 0);
    const consistent = [];
    for (let a = out[1].low; a <= out[1].high!; a++) if (rest - a >= out[2].low) consistent.push(a);
    expect(consistent.length).toBeGreaterThan(1);
  });

  it('publishes the same thing whatever a small withheld count is', () => {
    const seen = new Set([1, 2, 3, 4, 5, 6, 7].map((n) => JSON.stringify(discloseGroup([35, n, 20, 0]))));
    expect(seen.size).toBe(1);
  });

  it('leaves groups with no or several withheld cells alone', () => {
    expect(discloseGroup([20, 30]).map((d) => d.value)).toEqual([20, 30]);
    expect(discloseGroup([2, 3, 50]).map((d) => d.value)).toEqual([null, null, 50]);
  });
});
