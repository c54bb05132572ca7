// The pure half of scripts/lighthouse.mjs: what a Lighthouse result (LHR) says about a page, the median of several
// runs, and the tables printed and written to docs/lighthouse.md. No I/O, so test/web/lighthouse-report.test.ts can
// check it against small hand-made results.

/** What one Lighthouse run says: scores 0–100, metrics in ms (CLS unitless), script bytes, failed a11y audits. */
export function summarise(lhr) {
  const score = (id) => (lhr.categories?.[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const metric = (id) => lhr.audits?.[id]?.numericValue ?? null;
  const requests = lhr.audits?.['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const failedA11y = (lhr.categories?.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits?.[ref.id]?.score === 0)
    .map((ref) => ref.id);
  const requested = lhr.requestedUrl ?? '';
  const final = lhr.finalDisplayedUrl ?? lhr.finalUrl ?? requested;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    si: metric('speed-index'),
    scriptBytes: scripts.reduce((s, r) => s + (r.transferSize ?? 0), 0),
    scriptFiles: scripts.length,
    failedA11y,
    // A page that sent Lighthouse elsewhere (to sign-in, say) was not measured at all.
    redirectedTo: pathOf(final) !== pathOf(requested) ? pathOf(final) : null,
    error: lhr.runtimeError?.code ?? null,
  };
}

function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** The middle value (the lower middle of an even count); null values are left out. */
export function median(values) {
  const xs = values.filter((v) => v != null && !Number.isNaN(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  return xs[Math.floor((xs.length - 1) / 2)];
}

/**
 * Lighthouse's measure of the host's CPU over a set of runs (lhr.environment.benchmarkIndex; higher is quicker):
 * simulated throttling multiplies what the host did by 4, so a slower or busier host scores lower, and figures from
 * two machines compare only beside their indexes. Empty when no run reported one.
 */
export function hostCpu(indexes) {
  const seen = indexes.filter((i) => typeof i === 'number').sort((a, b) => a - b);
  if (!seen.length) return '';
  return `Lighthouse's host CPU benchmark index ${Math.round(median(seen))} (median; ${Math.round(seen[0])}–${Math.round(seen[seen.length - 1])} across runs)`;
}

/** Several runs of one page as one row: the median of every figure, and every accessibility failure seen. */
export function combine(runs) {
  const pick = (k) => median(runs.map((r) => r[k]));
  return {
    runs: runs.length,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    si: pick('si'),
    scriptBytes: pick('scriptBytes'),
    scriptFiles: pick('scriptFiles'),
    performanceRange: runs.length ? [Math.min(...runs.map((r) => r.performance ?? 0)), Math.max(...runs.map((r) => r.performance ?? 0))] : null,
    failedA11y: [...new Set(runs.flatMap((r) => r.failedA11y))].sort(),
    redirectedTo: runs.find((r) => r.redirectedTo)?.redirectedTo ?? null,
    error: runs.find((r) => r.error)?.error ?? null,
  };
}

/** Whether a combined row meets the target (performance >= 95, accessibility 100, really measured). */
export function meetsTarget(row, { performance = 95, accessibility = 100 } = {}) {
  return !row.error && !row.redirectedTo && row.performance >= performance && row.accessibility >= accessibility;
}

const seconds = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const millis = (ms) => (ms == null ? '–' : `${Math.round(ms).toLocaleString('en-GB')} ms`);
const kb = (b) => (b == null ? '–' : `${(b / 1024).toFixed(0)} kB`);
const num = (n) => (n == null ? '–' : String(n));

const COLUMNS = ['page', 'path', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS', 'JS (transfer)'];

function cells(page, row) {
  const note = row.error ? ` (${row.error})` : row.redirectedTo ? ` (sent to ${row.redirectedTo})` : '';
  const range = row.performanceRange && row.runs > 1 && row.performanceRange[0] !== row.performanceRange[1] ? ` (${row.performanceRange[0]}–${row.performanceRange[1]})` : '';
  return [
    page.name + note,
    page.shown ?? page.path,
    num(row.performance) + range,
    num(row.accessibility) + (row.failedA11y.length ? ` (${row.failedA11y.join(', ')})` : ''),
    seconds(row.fcp),
    seconds(row.lcp),
    millis(row.tbt),
    row.cls == null ? '–' : row.cls.toFixed(3),
    kb(row.scriptBytes),
  ];
}

/** A plain-text table for the terminal. */
export function textTable(results) {
  const rows = [COLUMNS, ...results.map(({ page, row }) => cells(page, row))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** The Markdown table for docs/lighthouse.md. */
export function markdownTable(results) {
  const line = (cs) => `| ${cs.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(COLUMNS), line(COLUMNS.map(() => '---')), ...results.map(({ page, row }) => line(cells(page, row)))].join('\n');
}
