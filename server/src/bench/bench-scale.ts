// The benchmark's market sizes. `full` is the national shape the issue asks for: 1,000,000 offerings from 20,000
// providers (50 each on average: regional charities and chains with many local offerings), 100,000 people with plans
// and budgets, and four weeks of slots. Every other scale keeps the same proportions, so a small run exercises the
// same shape. One session a week per offering keeps the slot table near four slots per published offering.
export interface BenchScale {
  /** Used in the database name: support_market_bench_<name>. */
  name: string;
  offerings: number;
  providers: number;
  people: number;
  maxSessionsPerWeek: number;
}

export const OFFERINGS_PER_PROVIDER = 50;
export const OFFERINGS_PER_PERSON = 10;

function shaped(name: string, offerings: number): BenchScale {
  return {
    name,
    offerings,
    providers: Math.max(10, Math.round(offerings / OFFERINGS_PER_PROVIDER)),
    people: Math.max(100, Math.round(offerings / OFFERINGS_PER_PERSON)),
    maxSessionsPerWeek: 1,
  };
}

export const SCALES: Record<string, BenchScale> = {
  small: shaped('small', 5_000),
  medium: shaped('medium', 100_000),
  full: shaped('full', 1_000_000),
};

/** `small`, `medium`, `full`, or a number of offerings (1,000 to 2,000,000; the rest in proportion). */
export function parseScale(raw: string): BenchScale {
  if (SCALES[raw]) return SCALES[raw];
  const n = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1_000 || n > 2_000_000) {
    throw new Error(`--scale must be small, medium, full or a number of offerings from 1000 to 2000000 (got "${raw}")`);
  }
  const named = Object.values(SCALES).find((s) => s.offerings === n);
  return named ?? shaped(String(n), n);
}
