// Small helpers shared by the benchmark scripts: argument parsing, percentiles, a GraphQL client, progress.
export function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarise(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, median: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), min: s[0], max: s[s.length - 1] };
}

export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const started = process.hrtime.bigint();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }>; extensions?: { sqlStatements?: number } };
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, body };
}

export function progress(label: string, done: number, total: number): void {
  if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`  ${label} ${done}/${total}\n`);
}

export const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
