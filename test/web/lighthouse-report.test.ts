import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The summary half of `npm run lighthouse` (scripts/lighthouse-report.mjs) on hand-made Lighthouse results: what a
// run says, the median of runs, the target, the table. (Lighthouse itself never runs under jest.) The script is an
// ES module, so it runs in a child process as the script runs it.
const ROOT = join(__dirname, '..', '..');

function run<T>(body: string): T {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', `import * as r from './scripts/lighthouse-report.mjs';\nconst out = await (async () => { ${body} })();\nconsole.log(JSON.stringify(out));`], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

const lhr = (o: { perf: number; a11y?: number; tbt: number; lcp?: number; final?: string; failing?: string[] }) => ({
  requestedUrl: 'http://localhost:3000/plan',
  finalDisplayedUrl: o.final ?? 'http://localhost:3000/plan',
  categories: {
    performance: { score: o.perf },
    accessibility: { score: o.a11y ?? 1, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'image-alt', weight: 10 }, { id: 'manual-check', weight: 0 }] },
  },
  audits: {
    'first-contentful-paint': { numericValue: 900 },
    'largest-contentful-paint': { numericValue: o.lcp ?? 1500 },
    'total-blocking-time': { numericValue: o.tbt },
    'cumulative-layout-shift': { numericValue: 0.0123 },
    'speed-index': { numericValue: 1000 },
    'color-contrast': { score: (o.failing ?? []).includes('color-contrast') ? 0 : 1 },
    'image-alt': { score: null },
    'manual-check': { score: 0 },
    'network-requests': { details: { items: [{ resourceType: 'Script', transferSize: 1000 }, { resourceType: 'Script', transferSize: 2000 }, { resourceType: 'Stylesheet', transferSize: 5000 }] } },
  },
});

describe('Lighthouse summary', () => {
  it('reads scores as 0 to 100, the metrics, the script bytes and the failed accessibility audits', () => {
    const s = run<Record<string, unknown>>(`return r.summarise(${JSON.stringify(lhr({ perf: 0.954, a11y: 0.93, tbt: 123.4, failing: ['color-contrast'] }))});`);
    expect(s).toMatchObject({ performance: 95, accessibility: 93, fcp: 900, lcp: 1500, tbt: 123.4, cls: 0.0123, scriptBytes: 3000, scriptFiles: 2, failedA11y: ['color-contrast'], redirectedTo: null, error: null });
  });

  it('notices a page that sent Lighthouse somewhere else (a sign-in page measured instead of the plan)', () => {
    const s = run<{ redirectedTo: string }>(`return r.summarise(${JSON.stringify(lhr({ perf: 1, tbt: 0, final: 'http://localhost:3000/sign-in?next=%2Fplan' }))});`);
    expect(s.redirectedTo).toBe('/sign-in');
    expect(run<boolean>(`return r.meetsTarget(r.combine([r.summarise(${JSON.stringify(lhr({ perf: 1, tbt: 0, final: 'http://localhost:3000/sign-in' }))})]));`)).toBe(false);
  });

  it('keeps the median of each figure over the runs, and every accessibility failure seen', () => {
    const runs = [lhr({ perf: 0.9, tbt: 400, lcp: 2000 }), lhr({ perf: 0.97, tbt: 90, lcp: 1400, failing: ['color-contrast'] }), lhr({ perf: 0.95, tbt: 150, lcp: 1600 })];
    const row = run<Record<string, unknown>>(`return r.combine(${JSON.stringify(runs)}.map(r.summarise));`);
    expect(row).toMatchObject({ runs: 3, performance: 95, tbt: 150, lcp: 1600, performanceRange: [90, 97], failedA11y: ['color-contrast'] });
    expect(run<(number | null)[]>(`return [r.median([3, 1, 2]), r.median([4, 1, 3, 2]), r.median([null, 5]), r.median([])];`)).toEqual([2, 2, 5, null]);
  });

  it('meets the target only at performance 95 and accessibility 100', () => {
    const meets = (perf: number, a11y: number) => run<boolean>(`return r.meetsTarget(r.combine([r.summarise(${JSON.stringify(lhr({ perf, a11y, tbt: 0 }))})]));`);
    expect(meets(0.95, 1)).toBe(true);
    expect(meets(0.94, 1)).toBe(false);
    expect(meets(1, 0.99)).toBe(false);
  });

  it('writes a Markdown row per page with the median figures', () => {
    const md = run<string>(`return r.markdownTable([{ page: { name: 'plan', path: '/plan' }, row: r.combine([r.summarise(${JSON.stringify(lhr({ perf: 0.96, tbt: 120 }))})]) }]);`);
    expect(md.split('\n')).toEqual([
      '| page | path | performance | accessibility | FCP | LCP | TBT | CLS | JS (transfer) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| plan | /plan | 96 | 100 | 0.9 s | 1.5 s | 120 ms | 0.012 | 3 kB |',
    ]);
  });

  it("states the host's CPU benchmark index: the median and range over the runs, nothing when none was reported", () => {
    expect(run<string>(`return r.hostCpu([2796.5, 1984, null, 2201]);`)).toBe("Lighthouse's host CPU benchmark index 2201 (median; 1984–2797 across runs)");
    expect(run<string>(`return r.hostCpu([undefined]);`)).toBe('');
  });
});
