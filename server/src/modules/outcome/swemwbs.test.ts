import { scoreSwemwbs, swemwbsMetric } from './swemwbs';

describe('SWEMWBS', () => {
  it.each([
    [7, 7.0], [8, 9.51], [12, 14.08], [14, 15.32], [17, 16.88], [21, 19.25], [23, 20.73], [28, 25.03], [31, 28.13], [33, 30.7], [34, 32.55], [35, 35.0],
  ])('converts raw %i to the metric score %f', (raw, metric) => {
    expect(swemwbsMetric(raw)).toBe(metric);
  });

  it('rises with every raw point across the whole table', () => {
    for (let raw = 8; raw <= 35; raw++) expect(swemwbsMetric(raw)).toBeGreaterThan(swemwbsMetric(raw - 1));
  });

  it('totals seven answers of 1-5 before converting', () => {
    expect(scoreSwemwbs([3, 3, 3, 3, 3, 3, 3])).toEqual({ raw: 21, metric: 19.25 });
    expect(scoreSwemwbs([1, 1, 1, 1, 1, 1, 1])).toEqual({ raw: 7, metric: 7.0 });
    expect(scoreSwemwbs([5, 5, 5, 5, 5, 5, 5])).toEqual({ raw: 35, metric: 35.0 });
    expect(scoreSwemwbs([4, 2, 3, 5, 1, 3, 4])).toEqual({ raw: 22, metric: 19.98 });
  });

  it('refuses anything but seven whole answers of 1-5', () => {
    expect(() => scoreSwemwbs([3, 3, 3, 3, 3, 3])).toThrow(/all seven/);
    expect(() => scoreSwemwbs([3, 3, 3, 3, 3, 3, 6])).toThrow(/all seven/);
    expect(() => scoreSwemwbs([3, 3, 3, 3, 3, 3, 0])).toThrow(/all seven/);
    expect(() => scoreSwemwbs([3, 3, 3, 3, 3, 3, 2.5])).toThrow(/all seven/);
    expect(() => swemwbsMetric(6)).toThrow(/7 to 35/);
    expect(() => swemwbsMetric(36)).toThrow(/7 to 35/);
  });
});
