import { badInput } from '../../common/app-error';
import type { LifeArea } from '../catalogue/life-area';
import { LIFE_AREA_NAMES, LIFE_AREA_ORDER, listInWords } from '../plan/life-area-names';

// The resource allocation arithmetic, pure and exact (whole points, whole pence):
//   line pence = points for the level of need in that life area x pence per point
//   annual pence = sum of the line pence = total points x pence per point
// Because every rate gives at least as many points to a higher level (the scheme's invariant, checked here and by a
// database CHECK) and the price per point is positive, more need never gives less money.
export const LEVEL_NAMES = ['no support needed', 'some support', 'substantial support', 'critical support'] as const;
export const MAX_LEVEL = 3;
export const MAX_POINTS = 200;
export const MAX_PENCE_PER_POINT = 100_000;

export interface Rate {
  lifeArea: LifeArea;
  somePoints: number;
  substantialPoints: number;
  criticalPoints: number;
}

export interface RateTable {
  pencePerPoint: number;
  rates: readonly Rate[];
}

export interface Answer {
  lifeArea: LifeArea;
  level: number;
}

export interface Line {
  lifeArea: LifeArea;
  level: number;
  points: number;
  pence: number;
}

export interface Calculation {
  lines: Line[];
  points: number;
  pencePerPoint: number;
  annualPence: number;
}

/** Refuses a table that could break the guarantees: a missing life area, negative or decreasing points. */
export function assertValidTable(table: RateTable): void {
  if (!Number.isInteger(table.pencePerPoint) || table.pencePerPoint < 1 || table.pencePerPoint > MAX_PENCE_PER_POINT) {
    throw badInput(`The price per point must be a whole number of pence from 1 to ${MAX_PENCE_PER_POINT}.`, 'pencePerPoint');
  }
  const seen = new Set<LifeArea>();
  for (const r of table.rates) {
    if (seen.has(r.lifeArea)) throw badInput(`${LIFE_AREA_NAMES[r.lifeArea]} is rated twice.`, 'rates');
    seen.add(r.lifeArea);
    const points = [r.somePoints, r.substantialPoints, r.criticalPoints];
    if (!points.every((p) => Number.isInteger(p) && p >= 0 && p <= MAX_POINTS)) {
      throw badInput(`Points for ${LIFE_AREA_NAMES[r.lifeArea]} must be whole numbers from 0 to ${MAX_POINTS}.`, 'rates');
    }
    if (!(r.somePoints <= r.substantialPoints && r.substantialPoints <= r.criticalPoints)) {
      throw badInput(`Points for ${LIFE_AREA_NAMES[r.lifeArea]} must not fall as the need rises (some <= substantial <= critical).`, 'rates');
    }
  }
  const missing = LIFE_AREA_ORDER.filter((a) => !seen.has(a));
  if (missing.length) throw badInput(`Every life area needs points; missing: ${listInWords(missing.map((a) => LIFE_AREA_NAMES[a]))}.`, 'rates');
}

export function pointsFor(rate: Rate, level: number): number {
  return [0, rate.somePoints, rate.substantialPoints, rate.criticalPoints][level];
}

/** One line per life area answered, in the LifeArea order; areas not answered count as no need. */
export function calculate(table: RateTable, answers: readonly Answer[]): Calculation {
  const byArea = new Map<LifeArea, number>();
  for (const [i, a] of answers.entries()) {
    if (!Number.isInteger(a.level) || a.level < 0 || a.level > MAX_LEVEL) {
      throw badInput('Each level of need is 0 (none), 1 (some), 2 (substantial) or 3 (critical).', `answers.${i}.level`);
    }
    if (byArea.has(a.lifeArea)) throw badInput(`${LIFE_AREA_NAMES[a.lifeArea]} is answered twice.`, `answers.${i}.lifeArea`);
    byArea.set(a.lifeArea, a.level);
  }
  const rates = new Map(table.rates.map((r) => [r.lifeArea, r]));
  const lines: Line[] = [];
  for (const area of LIFE_AREA_ORDER) {
    const level = byArea.get(area);
    if (level === undefined) continue;
    const rate = rates.get(area);
    if (!rate) throw new Error(`The allocation table has no rate for ${area}`);
    const points = pointsFor(rate, level);
    lines.push({ lifeArea: area, level, points, pence: points * table.pencePerPoint });
  }
  const points = lines.reduce((sum, l) => sum + l.points, 0);
  return { lines, points, pencePerPoint: table.pencePerPoint, annualPence: points * table.pencePerPoint };
}

export interface ExplainContext {
  authorityName: string;
  version: number;
  publishedAt: Date;
}

/** How the figure was reached, step by step, in plain English; always says that it is indicative. */
export function explain(c: Calculation, ctx: ExplainContext): string {
  const published = ctx.publishedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const intro =
    `This is an indicative budget from ${ctx.authorityName}'s resource allocation system (version ${ctx.version}, published ${published}). ` +
    'It is a guide to help you plan, not a decision: the council agrees your actual budget with you after a full assessment of your needs.';
  const needed = c.lines.filter((l) => l.level > 0);
  if (needed.length === 0) {
    return `${intro} You did not tell us about any support you need, so this comes to 0 points and £0.00 a year.`;
  }
  const parts = c.lines.map((l) => `${LIFE_AREA_NAMES[l.lifeArea]}, ${LEVEL_NAMES[l.level]}: ${plural(l.points, 'point')} (${pounds(l.pence)})`);
  return (
    `${intro} How it was worked out: ${parts.join('; ')}. ` +
    `That is ${plural(c.points, 'point')} in all. Each point is worth ${pounds(c.pencePerPoint)} a year, ` +
    `so ${c.points} × ${pounds(c.pencePerPoint)} = ${pounds(c.annualPence)} a year.`
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const MONEY = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function pounds(pence: number): string {
  return `£${MONEY.format(pence / 100)}`;
}
