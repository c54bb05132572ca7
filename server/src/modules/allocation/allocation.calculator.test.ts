import { LifeArea } from '../catalogue/life-area';
import { assertValidTable, calculate, explain, type Answer, type RateTable } from './allocation.calculator';

const AREAS = Object.values(LifeArea);

// The default table seeded for every local authority (see the resource-allocation migration).
const DEFAULT: RateTable = {
  pencePerPoint: 8500,
  rates: [
    [LifeArea.MENTAL_WELLBEING, 6, 14, 24],
    [LifeArea.PHYSICAL_HEALTH, 3, 8, 14],
    [LifeArea.LIVING_SKILLS, 6, 14, 24],
    [LifeArea.SOCIAL_CONNECTION, 4, 10, 16],
    [LifeArea.WORK_AND_LEARNING, 3, 8, 12],
    [LifeArea.RELATIONSHIPS, 3, 8, 12],
    [LifeArea.SUBSTANCE_USE, 4, 10, 18],
    [LifeArea.MONEY_AND_HOUSING, 4, 10, 16],
    [LifeArea.IDENTITY_AND_SELF_ESTEEM, 2, 6, 10],
    [LifeArea.HOPE_AND_TRUST, 2, 6, 10],
  ].map(([lifeArea, somePoints, substantialPoints, criticalPoints]) => ({ lifeArea: lifeArea as LifeArea, somePoints: +somePoints, substantialPoints: +substantialPoints, criticalPoints: +criticalPoints })),
};

// A small deterministic generator, so the property checks are the same on every run.
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

function randomTable(next: (n: number) => number): RateTable {
  return {
    pencePerPoint: 1 + next(100_000),
    rates: AREAS.map((lifeArea) => {
      const [a, b, c] = [next(201), next(201), next(201)].sort((x, y) => x - y);
      return { lifeArea, somePoints: a, substantialPoints: b, criticalPoints: c };
    }),
  };
}

function randomAnswers(next: (n: number) => number): Answer[] {
  return AREAS.filter(() => next(3) > 0).map((lifeArea) => ({ lifeArea, level: next(4) }));
}

describe('indicative budget arithmetic', () => {
  it('works out a known case line by line', () => {
    const c = calculate(DEFAULT, [
      { lifeArea: LifeArea.SOCIAL_CONNECTION, level: 2 },
      { lifeArea: LifeArea.MENTAL_WELLBEING, level: 2 },
      { lifeArea: LifeArea.LIVING_SKILLS, level: 1 },
      { lifeArea: LifeArea.WORK_AND_LEARNING, level: 0 },
    ]);
    expect(c.lines).toEqual([
      { lifeArea: LifeArea.MENTAL_WELLBEING, level: 2, points: 14, pence: 119_000 },
      { lifeArea: LifeArea.LIVING_SKILLS, level: 1, points: 6, pence: 51_000 },
      { lifeArea: LifeArea.SOCIAL_CONNECTION, level: 2, points: 10, pence: 85_000 },
      { lifeArea: LifeArea.WORK_AND_LEARNING, level: 0, points: 0, pence: 0 },
    ]);
    expect(c).toMatchObject({ points: 30, pencePerPoint: 8500, annualPence: 255_000 });
  });

  it('always adds up exactly: lines sum to the points and to the annual figure (2,000 random cases)', () => {
    const next = rng(7);
    for (let i = 0; i < 2000; i++) {
      const table = randomTable(next);
      const c = calculate(table, randomAnswers(next));
      expect(c.lines.reduce((s, l) => s + l.points, 0)).toBe(c.points);
      expect(c.lines.reduce((s, l) => s + l.pence, 0)).toBe(c.annualPence);
      expect(c.annualPence).toBe(c.points * table.pencePerPoint);
      for (const l of c.lines) expect(l.pence).toBe(l.points * table.pencePerPoint);
      expect(Number.isSafeInteger(c.annualPence) && c.annualPence <= 2 ** 31 - 1).toBe(true);
    }
  });

  it('never gives less money for more need (raising any one answer, 2,000 random cases)', () => {
    const next = rng(11);
    for (let i = 0; i < 2000; i++) {
      const table = randomTable(next);
      const answers = randomAnswers(next);
      if (answers.length === 0) continue;
      const before = calculate(table, answers).annualPence;
      const k = next(answers.length);
      if (answers[k].level === 3) continue;
      const raised = answers.map((a, j) => (j === k ? { ...a, level: a.level + 1 } : a));
      expect(calculate(table, raised).annualPence).toBeGreaterThanOrEqual(before);
      // Adding a newly answered area never lowers it either.
      const unanswered = AREAS.find((a) => !answers.some((x) => x.lifeArea === a));
      if (unanswered) expect(calculate(table, [...answers, { lifeArea: unanswered, level: 1 + next(3) }]).annualPence).toBeGreaterThanOrEqual(before);
    }
  });

  it('is monotonic in every area at every level for the default table', () => {
    for (const area of AREAS) {
      const amounts = [0, 1, 2, 3].map((level) => calculate(DEFAULT, [{ lifeArea: area, level }]).annualPence);
      expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
      expect(amounts[0]).toBe(0);
    }
  });

  it('refuses levels outside 0-3 and a life area answered twice', () => {
    expect(() => calculate(DEFAULT, [{ lifeArea: LifeArea.HOPE_AND_TRUST, level: 4 }])).toThrow(/0 \(none\)/);
    expect(() => calculate(DEFAULT, [{ lifeArea: LifeArea.HOPE_AND_TRUST, level: -1 }])).toThrow(/0 \(none\)/);
    expect(() => calculate(DEFAULT, [{ lifeArea: LifeArea.HOPE_AND_TRUST, level: 1.5 }])).toThrow(/0 \(none\)/);
    expect(() => calculate(DEFAULT, [{ lifeArea: LifeArea.HOPE_AND_TRUST, level: 1 }, { lifeArea: LifeArea.HOPE_AND_TRUST, level: 2 }])).toThrow(/twice/);
  });

  it('refuses tables that could break the guarantees', () => {
    expect(() => assertValidTable(DEFAULT)).not.toThrow();
    const withRate = (i: number, r: Partial<RateTable['rates'][number]>) => ({ ...DEFAULT, rates: DEFAULT.rates.map((x, j) => (j === i ? { ...x, ...r } : x)) });
    expect(() => assertValidTable(withRate(0, { substantialPoints: 5 }))).toThrow(/must not fall/);
    expect(() => assertValidTable(withRate(1, { somePoints: -1 }))).toThrow(/whole numbers from 0/);
    expect(() => assertValidTable({ ...DEFAULT, rates: DEFAULT.rates.slice(1) })).toThrow(/missing: mental wellbeing/);
    expect(() => assertValidTable({ ...DEFAULT, pencePerPoint: 0 })).toThrow(/price per point/);
  });
});

describe('indicative budget explanation', () => {
  const ctx = { authorityName: 'Manchester', version: 3, publishedAt: new Date('2026-04-01T00:00:00Z') };

  it('shows each step and the sum, and says that the figure is indicative, not a decision', () => {
    const text = explain(calculate(DEFAULT, [{ lifeArea: LifeArea.MENTAL_WELLBEING, level: 2 }, { lifeArea: LifeArea.LIVING_SKILLS, level: 1 }]), ctx);
    expect(text).toContain("Manchester's resource allocation system (version 3, published 1 April 2026)");
    expect(text).toMatch(/indicative budget/);
    expect(text).toMatch(/not a decision/);
    expect(text).toContain('mental wellbeing, substantial support: 14 points (£1,190.00)');
    expect(text).toContain('everyday living skills, some support: 6 points (£510.00)');
    expect(text).toContain('20 × £85.00 = £1,700.00 a year');
  });

  it('explains a zero figure too', () => {
    const text = explain(calculate(DEFAULT, []), ctx);
    expect(text).toMatch(/not a decision/);
    expect(text).toContain('0 points and £0.00 a year');
  });
});
