import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { seedDemoMarket } from '../../../server/src/db/seed/seed-market';
import { seedPeople, type SeedPeopleCounts } from '../../../server/src/db/seed/seed-people';
import { swemwbsMetric } from '../../../server/src/modules/outcome/swemwbs';

const NOW = new Date('2026-03-23T00:00:00Z');
let db: TestDatabase;
let counts: SeedPeopleCounts;
const progress: string[] = [];

async function seeded(): Promise<TestDatabase> {
  const t = await createTestDatabase({ poolSize: 4 });
  await seedDemoMarket(t.ds, { scale: 0.02, seed: 7, now: NOW });
  return t;
}

async function digest(t: TestDatabase): Promise<string> {
  const [row] = await t.ds.query(`
    SELECT md5(concat(
      (SELECT string_agg(concat_ws('|', id, person_id, outcode, local_authority_code, age, pref_languages, pref_delivery_modes, max_travel_km, prefers_peer_support, pref_accessibility, created_at), ',' ORDER BY id) FROM support_plan),
      (SELECT string_agg(concat_ws('|', id, plan_id, life_area, description, baseline_score, latest_score), ',' ORDER BY id) FROM goal),
      (SELECT string_agg(concat_ws('|', goal_id, score, recorded_at), ',' ORDER BY goal_id, recorded_at) FROM goal_score),
      (SELECT string_agg(concat_ws('|', id, plan_id, items, raw_score, metric_score, recorded_at), ',' ORDER BY id) FROM wellbeing_check),
      (SELECT string_agg(concat_ws('|', id, plan_id, funding_source, period_start_date, period_end_date, allocated_pence), ',' ORDER BY id) FROM budget))) AS d`);
  return row.d;
}

beforeAll(async () => {
  db = await seeded();
  counts = await seedPeople(db.ds, { scale: 0.1, seed: 7, now: NOW, onProgress: (m) => progress.push(m) });
});
afterAll(() => db.drop());

describe('the people seeder', () => {
  it('makes people with plans, goals, budgets and outcome histories, in proportion to the scale', async () => {
    expect(counts).toMatchObject({ people: 200, plans: 201 }); // and the demo person's plan
    expect(counts.goals).toBeGreaterThan(300);
    expect(counts.scores).toBeGreaterThan(counts.goals);
    expect(counts.checks).toBeGreaterThan(200);
    expect(counts.budgets).toBeGreaterThanOrEqual(201);
    expect(progress.at(-1)).toMatch(/^people: 200 people, 201 plans/);
  });

  it('spreads people over many local authorities, with more in Manchester, and every funding source', async () => {
    const [row] = await db.ds.query(`
      SELECT count(DISTINCT local_authority_code)::int AS areas, count(*) FILTER (WHERE local_authority_code = 'E08000003')::int AS manchester
      FROM support_plan`);
    expect(row.areas).toBeGreaterThan(80);
    expect(row.manchester).toBeGreaterThan(40);
    const sources = await db.ds.query(`SELECT DISTINCT funding_source FROM budget ORDER BY 1`);
    expect(sources.map((s: { funding_source: string }) => s.funding_source)).toEqual(['DIRECT_PAYMENT', 'PERSONAL_HEALTH_BUDGET', 'INDIVIDUAL_SERVICE_FUND', 'SELF_FUNDED']);
  });

  it('puts money in only through the ledger, so every balance equals its lines and budgets cover today', async () => {
    const [row] = await db.ds.query(`
      SELECT count(*) FILTER (WHERE b.allocated_pence <> l.allocated OR b.committed_pence <> 0 OR b.spent_pence <> 0)::int AS wrong,
             count(*) FILTER (WHERE b.allocated_pence <= 0)::int AS empty,
             count(*) FILTER (WHERE NOT ($1::date BETWEEN b.period_start_date AND b.period_end_date))::int AS not_current
      FROM budget b JOIN (SELECT budget_id, sum(amount_pence) AS allocated FROM budget_ledger GROUP BY budget_id) l ON l.budget_id = b.id`, [NOW]);
    expect(row).toEqual({ wrong: 0, empty: 0, not_current: 0 });
  });

  it('keeps goal histories and wellbeing checks consistent', async () => {
    const [goals] = await db.ds.query(`
      SELECT count(*) FILTER (WHERE g.latest_score <> coalesce(
        (SELECT s.score FROM goal_score s WHERE s.goal_id = g.id ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1), g.baseline_score))::int AS wrong
      FROM goal g`);
    expect(goals.wrong).toBe(0);
    const checks = await db.ds.query(`SELECT raw_score, metric_score::float8 AS metric FROM wellbeing_check`);
    for (const c of checks) expect(c.metric).toBe(swemwbsMetric(c.raw_score));
  });

  it('gives the demo person a plan in M14 with goals, needs and a £2,400 direct payment', async () => {
    const [plan] = await db.ds.query(`
      SELECT p.id, p.outcode, p.local_authority_code,
             (SELECT count(*)::int FROM goal g WHERE g.plan_id = p.id) AS goals,
             (SELECT count(*)::int FROM plan_need n WHERE n.plan_id = p.id) AS needs,
             (SELECT json_agg(json_build_object('source', b.funding_source, 'allocated', b.allocated_pence)) FROM budget b WHERE b.plan_id = p.id) AS budgets
      FROM support_plan p JOIN app_user u ON u.id = p.person_id WHERE u.email = 'person@demo.supportmarket.uk'`);
    expect(plan).toMatchObject({ outcode: 'M14', local_authority_code: 'E08000003', goals: 3, needs: 3, budgets: [{ source: 'DIRECT_PAYMENT', allocated: 240_000 }] });
  });

  it('does nothing when plans exist already', async () => {
    const again = await seedPeople(db.ds, { scale: 0.1, seed: 7, now: NOW });
    expect(again).toMatchObject({ people: 0, plans: 0 });
  });

  it('gives the same people for the same seed and clock', async () => {
    const other = await seeded();
    try {
      await seedPeople(other.ds, { scale: 0.1, seed: 7, now: NOW });
      expect(await digest(other)).toBe(await digest(db));
    } finally {
      await other.drop();
    }
  });
});
