import { disclose, discloseGroup } from './disclosure';

describe('disclosure control', () => {
  it.each([
    [0, 0, false], [1, null, true], [7, null, true], [8, 10, false], [12, 10, false], [13, 15, false], [22, 20, false], [23, 25, false], [100, 100, false],
  ])('discloses %i as %p (suppressed %p)', (n, value, suppressed) => {
    expect(disclose(n)).toEqual({ value, suppressed });
  });

  it('never lets a lone withheld cell be recovered from a total', () => {
    const counts = [40, 3, 12, 0];
    const shown = discloseGroup(counts);
    expect(shown.filter((d) => d.suppressed)).toHaveLength(2);
    expect(shown[2]).toEqual({ value: null, suppressed: true }); // the smallest other non-zero cell
    expect(shown[3]).toEqual({ value: 0, suppressed: false });
  });

  it('leaves groups with no or several withheld cells alone', () => {
    expect(discloseGroup([20, 30]).map((d) => d.value)).toEqual([20, 30]);
    expect(discloseGroup([2, 3, 50]).map((d) => d.value)).toEqual([null, null, 50]);
  });
});
