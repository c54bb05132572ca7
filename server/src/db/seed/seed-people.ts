import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/account/password';
import { LifeArea } from '../../modules/catalogue/life-area';
import { swemwbsMetric } from '../../modules/outcome/swemwbs';
import { rows } from '../sql';
import { personName } from './names';
import { ACCESSIBILITY, COMMUNITY_LANGUAGES } from './offering-templates';
import { Random } from './random';
import { defaultSeedNow } from './slot-calendar';

// People for the demo: accounts with support plans (goals, needs, preferences), budgets across the four funding
// sources and many local authorities (money in through ALLOCATION and ADJUSTMENT ledger lines, whose trigger keeps
// the balances), goal score histories that mostly improve, and SWEMWBS wellbeing checks. Manchester (the demo
// commissioner's area) gets a larger share. The demo person gets a plan in M14 with a £2,400 direct payment.
// Runs after the market step and before bookings; does nothing if plans exist already. Deterministic for a seed
// and `now`, on its own Random stream; batched multi-row INSERT ... SELECT FROM unnest, one transaction.
export interface SeedPeopleOptions {
  /** 2,000 people at scale 1. */
  scale: number;
  seed: number;
  /** The seeding clock; defaults to the next UTC midnight, like the market step. */
  now?: Date;
  onProgress?: (message: string) => void;
  /** An exact number of people instead of the scale's (the benchmark's national shape: 100,000). */
  people?: number;
}

export interface SeedPeopleCounts {
  people: number;
  plans: number;
  goals: number;
  scores: number;
  checks: number;
  budgets: number;
  ledgerLines: number;
  seconds: number;
}

export const PEOPLE_AT_SCALE_1 = 2_000;
const MANCHESTER = 'E08000003';
const MANCHESTER_SHARE = 0.3;
const DEMO_PERSON_EMAIL = 'person@demo.supportmarket.uk';
const DEMO_COMMISSIONER_EMAIL = 'commissioner@demo.supportmarket.uk';
const PEOPLE_DOMAIN = 'people.demo.supportmarket.uk';
const BATCH_PEOPLE = 1_000;
const DAY_MS = 86_400_000;

const NEED_WEIGHTS: readonly (readonly [string, number])[] = [
  ['peer-support', 14], ['befriending', 8], ['talking-therapies', 8], ['employment-support', 7], ['day-opportunities', 7],
  ['physical-activity', 6], ['arts-and-creativity', 6], ['personal-assistance', 6], ['housing-support', 5], ['money-advice', 5],
  ['learning-and-skills', 5], ['independent-living-skills', 5], ['nature-based', 4], ['substance-use-support', 4],
  ['digital-skills', 3], ['crisis-cafe', 3], ['advocacy', 3], ['carers-support', 2],
];

const GOALS: Record<LifeArea, readonly string[]> = {
  MENTAL_WELLBEING: ['Feel less anxious day to day', 'Have more good days than bad ones', 'Manage my moods without needing crisis services', 'Sleep better and wake up rested'],
  PHYSICAL_HEALTH: ['Walk for 30 minutes three times a week', 'Eat regular meals', 'Get back to swimming', 'Cut down on smoking'],
  LIVING_SKILLS: ['Cook a meal from scratch each week', 'Keep on top of bills and post', 'Use the bus on my own', 'Keep my home clean and tidy'],
  SOCIAL_CONNECTION: ['See friends every week', 'Join a group I enjoy', 'Feel less lonely in the evenings', 'Get to know my neighbours'],
  WORK_AND_LEARNING: ['Start a college course', 'Find volunteering I enjoy', 'Get back into paid work', 'Use a computer with confidence'],
  RELATIONSHIPS: ['Rebuild contact with my family', 'Be the parent I want to be on hard days', 'Make one new friend', 'Feel able to say no'],
  SUBSTANCE_USE: ['Stay alcohol-free at weekends', 'Cut down my drinking', 'Stay clean for six months', 'Go to a recovery group each week'],
  MONEY_AND_HOUSING: ['Clear my rent arrears', 'Move somewhere safe and settled', 'Make my money last the month', 'Sort out my benefits'],
  IDENTITY_AND_SELF_ESTEEM: ['Feel proud of something I do', 'Be myself with other people', 'Speak up for myself in meetings', 'Take up a creative hobby again'],
  HOPE_AND_TRUST: ['Feel hopeful about the future', 'Trust services enough to ask for help', 'Plan something to look forward to', 'Believe things can get better'],
};

type Source = 'DIRECT_PAYMENT' | 'PERSONAL_HEALTH_BUDGET' | 'INDIVIDUAL_SERVICE_FUND' | 'SELF_FUNDED';
/** Funding source: how often, and the yearly amount range in pounds (multiples of £50). */
const SOURCES: readonly (readonly [Source, number, number, number])[] = [
  ['DIRECT_PAYMENT', 55, 1_200, 9_000],
  ['PERSONAL_HEALTH_BUDGET', 20, 1_000, 6_000],
  ['INDIVIDUAL_SERVICE_FUND', 15, 2_000, 12_000],
  ['SELF_FUNDED', 10, 200, 1_500],
];

interface District {
  outcode: string;
  la: string;
}
interface Category {
  id: string;
  slug: string;
  lifeAreas: LifeArea[];
}

export async function seedPeople(ds: DataSource, options: SeedPeopleOptions): Promise<SeedPeopleCounts> {
  const { scale, seed } = options;
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 1000)) throw new Error(`The seeding scale must be a number above 0 and at most 1000 (got ${scale}).`);
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const now = (options.now ?? defaultSeedNow()).getTime();
  const rng = new Random(seed, 'people');
  const w = new PeopleWriter();
  const done = () => ({ ...w.written, seconds: Math.round((performance.now() - started) / 100) / 10 });

  return ds.transaction(async (db) => {
    const [{ n: existing }] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM support_plan`);
    if (existing > 0) {
      progress(`people: the database already has ${existing} plans; not seeding more`);
      return done();
    }
    const districts = await rows<District>(db, `SELECT outcode, commissioning_authority_code AS la FROM postcode_district ORDER BY outcode COLLATE "C"`);
    const categories = await rows<Category>(db, `SELECT id, slug, life_areas::text[] AS "lifeAreas" FROM category ORDER BY position`);
    if (districts.length === 0 || categories.length === 0) throw new Error('The reference data is missing: run the migrations first.');
    const bySlug = new Map(categories.map((c) => [c.slug, c]));
    const needWeights = NEED_WEIGHTS.filter(([slug]) => bySlug.has(slug));
    const manchester = districts.filter((d) => d.la === MANCHESTER);
    const accounts = await rows<{ id: string; email: string }>(db, `SELECT id, email FROM app_user WHERE email = ANY($1)`, [[DEMO_PERSON_EMAIL, DEMO_COMMISSIONER_EMAIL]]);
    const demoPerson = accounts.find((a) => a.email === DEMO_PERSON_EMAIL)?.id ?? null;
    const demoCommissioner = accounts.find((a) => a.email === DEMO_COMMISSIONER_EMAIL)?.id ?? null;
    const hash = await hashPassword(randomBytes(32).toString('base64url')); // nobody knows it: these people cannot sign in

    const total = Math.max(1, Math.round(options.people ?? PEOPLE_AT_SCALE_1 * scale));
    progress(`people: seeding ${total.toLocaleString('en-GB')} people with plans, budgets and outcome histories (scale ${scale}, seed ${seed})`);

    if (demoPerson) addDemoPerson(w, rng, { personId: demoPerson, commissionerId: demoCommissioner, now, bySlug });

    for (let i = 0; i < total; i++) {
      const district = manchester.length && rng.chance(MANCHESTER_SHARE) ? rng.pick(manchester) : rng.pick(districts);
      const name = personName(rng);
      const personId = rng.uuid();
      const joined = now - rng.int(20, 420) * DAY_MS - rng.int(0, 86_399) * 1000;
      w.user({ id: personId, email: `person-${i + 1}@${PEOPLE_DOMAIN}`, name: `${name.first} ${name.last}`, passwordHash: hash, createdAt: joined });
      addPlan(w, rng, {
        personId,
        district,
        createdAt: joined + rng.int(0, 3) * DAY_MS,
        now,
        needs: pickNeeds(rng, needWeights, bySlug),
        commissionerId: district.la === MANCHESTER ? demoCommissioner : null,
      });
      if (w.people >= BATCH_PEOPLE) {
        await w.flush(db);
        if (w.written.people % (BATCH_PEOPLE * Math.max(1, Math.floor(total / 20_000))) < BATCH_PEOPLE) {
          progress(`people ${w.written.people.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')} · ${done().seconds}s`);
        }
      }
    }
    await w.flush(db);
    const counts = done();
    progress(
      `people: ${counts.people} people, ${counts.plans} plans, ${counts.goals} goals (${counts.scores} scores), ${counts.checks} wellbeing checks, ` +
        `${counts.budgets} budgets (${counts.ledgerLines} ledger lines) · ${counts.seconds}s`,
    );
    return counts;
  });
}

// ---------------------------------------------------------------- one person

interface PlanSpec {
  personId: string;
  district: District;
  createdAt: number;
  now: number;
  needs: Category[];
  commissionerId: string | null;
}

function addPlan(w: PeopleWriter, rng: Random, s: PlanSpec): void {
  const planId = rng.uuid();
  const languages = rng.chance(0.12) ? ['en', rng.weighted(COMMUNITY_LANGUAGES)] : rng.chance(0.05) ? [rng.weighted(COMMUNITY_LANGUAGES)] : [];
  const modes = rng.chance(0.5) ? [] : rng.sample(['IN_PERSON', 'GROUP', 'ONLINE', 'PHONE', 'HOME_VISIT'], rng.int(1, 2));
  w.plan({
    id: planId,
    personId: s.personId,
    outcode: s.district.outcode,
    la: s.district.la,
    age: rng.chance(0.9) ? ageOf(rng) : null,
    languages,
    modes,
    maxTravelKm: rng.pick([3, 5, 8, 10, 10, 15, 20]),
    peer: rng.chance(0.35),
    accessibility: rng.chance(0.25) ? rng.sample(ACCESSIBILITY, rng.int(1, 2)) : [],
    createdAt: s.createdAt,
  });
  for (const c of s.needs) w.need(planId, c.id);

  // Goals mostly in the life areas of the support asked for.
  const fromNeeds = [...new Set(s.needs.flatMap((c) => c.lifeAreas))];
  const areas = new Set<LifeArea>();
  const want = rng.int(1, 4);
  while (areas.size < want) areas.add(rng.chance(0.7) && fromNeeds.length ? rng.pick(fromNeeds) : rng.pick(Object.values(LifeArea)));
  let position = 0;
  for (const area of areas) addGoal(w, rng, planId, area, position++, s.createdAt, s.now);

  addChecks(w, rng, planId, s.createdAt, s.now);

  // Budgets: one pot, sometimes a second from another source; yearly periods that cover the recent past.
  const first = rng.weighted(SOURCES.map((x) => [x, x[1]] as const));
  const pots = [first];
  if (rng.chance(0.2)) pots.push(rng.pick(SOURCES.filter((x) => x[0] !== first[0])));
  const startMonth = new Date(s.now - rng.int(2, 10) * 30 * DAY_MS);
  for (const [source, , min, max] of pots) {
    addBudget(w, rng, {
      planId,
      source,
      pence: rng.step(min, max, 50) * 100,
      start: Date.UTC(startMonth.getUTCFullYear(), startMonth.getUTCMonth(), 1),
      actor: source === 'SELF_FUNDED' ? s.personId : s.commissionerId,
      createdAt: Math.max(s.createdAt, Date.UTC(startMonth.getUTCFullYear(), startMonth.getUTCMonth(), 1)),
      now: s.now,
    });
  }
}

/** Scores every few weeks since the plan began, drifting upwards with setbacks; the last one is the latest. */
function addGoal(w: PeopleWriter, rng: Random, planId: string, area: LifeArea, position: number, since: number, now: number): void {
  const goalId = rng.uuid();
  const baseline = rng.int(2, 6);
  const scores: { score: number; at: number }[] = [];
  let level = baseline;
  let at = since + rng.int(10, 30) * DAY_MS;
  const count = rng.chance(0.15) ? 0 : rng.int(1, 6);
  for (let k = 0; k < count && at < now; k++) {
    level = Math.min(10, Math.max(1, level + rng.weighted([[-1, 2], [0, 3], [1, 4], [2, 1]] as const)));
    scores.push({ score: level, at });
    at += rng.int(14, 45) * DAY_MS;
  }
  w.goal({ id: goalId, planId, area, description: rng.pick(GOALS[area]), baseline, latest: scores.at(-1)?.score ?? baseline, position, createdAt: since });
  for (const s of scores) w.score({ goalId, score: s.score, recordedAt: s.at });
}

function addChecks(w: PeopleWriter, rng: Random, planId: string, since: number, now: number): void {
  let level = rng.between(1.8, 3.2);
  let at = since + rng.int(0, 14) * DAY_MS;
  for (let k = rng.int(0, 4); k > 0 && at < now; k--) {
    const items = Array.from({ length: 7 }, () => Math.min(5, Math.max(1, Math.round(level + rng.between(-0.8, 0.8)))));
    const raw = items.reduce((a, b) => a + b, 0);
    w.check({ id: rng.uuid(), planId, items, raw, metric: swemwbsMetric(raw), recordedAt: at });
    level = Math.min(4.6, level + rng.between(-0.2, 0.5));
    at += rng.int(28, 90) * DAY_MS;
  }
}

function addBudget(w: PeopleWriter, rng: Random, b: { planId: string; source: Source; pence: number; start: number; actor: string | null; createdAt: number; now: number }): void {
  const id = rng.uuid();
  const startDate = new Date(b.start);
  const end = Date.UTC(startDate.getUTCFullYear() + 1, startDate.getUTCMonth(), 1) - DAY_MS;
  w.budget({ id, planId: b.planId, source: b.source, start: isoDate(b.start), end: isoDate(end), createdBy: b.actor, createdAt: b.createdAt });
  w.line({ budgetId: id, kind: 'ALLOCATION', pence: b.pence, actor: b.actor, note: b.source === 'SELF_FUNDED' ? 'My own money' : 'Agreed at support planning', createdAt: b.createdAt });
  if (b.source !== 'SELF_FUNDED' && rng.chance(0.12)) {
    const up = rng.chance(0.6);
    const amount = rng.step(100, 600, 50) * 100 * (up ? 1 : -1);
    const at = Math.min(b.now - DAY_MS, b.createdAt + rng.int(20, 120) * DAY_MS);
    w.line({ budgetId: id, kind: 'ADJUSTMENT', pence: Math.max(amount, -Math.floor(b.pence / 2)), actor: b.actor, note: up ? 'Extra support agreed at review' : 'Reduced at review', createdAt: at });
  }
}

function addDemoPerson(w: PeopleWriter, rng: Random, d: { personId: string; commissionerId: string | null; now: number; bySlug: Map<string, Category> }): void {
  const planId = rng.uuid();
  const created = d.now - 120 * DAY_MS;
  w.plan({
    id: planId, personId: d.personId, outcode: 'M14', la: MANCHESTER, age: 34, languages: ['en'], modes: ['GROUP', 'IN_PERSON'],
    maxTravelKm: 8, peer: true, accessibility: ['quiet space'], createdAt: created,
  });
  for (const slug of ['peer-support', 'learning-and-skills', 'physical-activity']) {
    const c = d.bySlug.get(slug);
    if (c) w.need(planId, c.id);
  }
  const goals: [LifeArea, string, number, number[]][] = [
    [LifeArea.SOCIAL_CONNECTION, 'See friends or go to a group every week', 3, [4, 4, 6]],
    [LifeArea.WORK_AND_LEARNING, 'Start a course at the recovery college', 2, [3, 5]],
    [LifeArea.MENTAL_WELLBEING, 'Have more good days than bad ones', 4, [4, 5, 5, 6]],
  ];
  goals.forEach(([area, description, baseline, history], position) => {
    const goalId = rng.uuid();
    w.goal({ id: goalId, planId, area, description, baseline, latest: history.at(-1)!, position, createdAt: created });
    history.forEach((score, k) => w.score({ goalId, score, recordedAt: created + (20 + 28 * k) * DAY_MS }));
  });
  [[2, 3, 2, 3, 2, 3, 2], [3, 3, 3, 3, 2, 3, 3], [3, 4, 3, 4, 3, 3, 4]].forEach((items, k) => {
    const raw = items.reduce((a, b) => a + b, 0);
    w.check({ id: rng.uuid(), planId, items, raw, metric: swemwbsMetric(raw), recordedAt: created + (5 + 45 * k) * DAY_MS });
  });
  const start = new Date(d.now - 60 * DAY_MS);
  addBudgetExact(w, rng, { planId, commissionerId: d.commissionerId, start: Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1), createdAt: created });
}

/** The demo person's direct payment: exactly £2,400 for a year. */
function addBudgetExact(w: PeopleWriter, rng: Random, b: { planId: string; commissionerId: string | null; start: number; createdAt: number }): void {
  const id = rng.uuid();
  const s = new Date(b.start);
  w.budget({ id, planId: b.planId, source: 'DIRECT_PAYMENT', start: isoDate(b.start), end: isoDate(Date.UTC(s.getUTCFullYear() + 1, s.getUTCMonth(), 1) - DAY_MS), createdBy: b.commissionerId, createdAt: b.createdAt });
  w.line({ budgetId: id, kind: 'ALLOCATION', pence: 240_000, actor: b.commissionerId, note: 'Direct payment agreed at support planning', createdAt: b.createdAt });
}

function pickNeeds(rng: Random, weights: readonly (readonly [string, number])[], bySlug: Map<string, Category>): Category[] {
  const chosen = new Set<string>();
  const want = rng.weighted([[1, 4], [2, 4], [3, 2]] as const);
  for (let tries = 0; chosen.size < want && tries < 10; tries++) chosen.add(rng.weighted(weights));
  return [...chosen].map((slug) => bySlug.get(slug)!);
}

function ageOf(rng: Random): number {
  const [lo, hi] = rng.weighted([[[18, 24], 12], [[25, 39], 35], [[40, 54], 33], [[55, 69], 15], [[70, 85], 5]] as const);
  return rng.int(lo, hi);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- batched writer

interface UserRow { id: string; email: string; name: string; passwordHash: string; createdAt: number }
interface PlanRow { id: string; personId: string; outcode: string; la: string; age: number | null; languages: string[]; modes: string[]; maxTravelKm: number; peer: boolean; accessibility: readonly string[]; createdAt: number }
interface GoalRow { id: string; planId: string; area: LifeArea; description: string; baseline: number; latest: number; position: number; createdAt: number }
interface ScoreRow { goalId: string; score: number; recordedAt: number }
interface CheckRow { id: string; planId: string; items: number[]; raw: number; metric: number; recordedAt: number }
interface BudgetRow { id: string; planId: string; source: Source; start: string; end: string; createdBy: string | null; createdAt: number }
interface LineRow { budgetId: string; kind: 'ALLOCATION' | 'ADJUSTMENT'; pence: number; actor: string | null; note: string; createdAt: number }

const iso = (ms: number) => new Date(ms).toISOString();

/** Buffers rows and writes them in foreign-key order with one INSERT ... SELECT FROM unnest per table. */
class PeopleWriter {
  private users: UserRow[] = [];
  private plans: PlanRow[] = [];
  private needs: { planId: string; categoryId: string }[] = [];
  private goals: GoalRow[] = [];
  private scores: ScoreRow[] = [];
  private checks: CheckRow[] = [];
  private budgets: BudgetRow[] = [];
  private lines: LineRow[] = [];
  readonly written = { people: 0, plans: 0, goals: 0, scores: 0, checks: 0, budgets: 0, ledgerLines: 0 };

  get people(): number {
    return this.users.length;
  }

  user(r: UserRow) { this.users.push(r); }
  plan(r: PlanRow) { this.plans.push(r); }
  need(planId: string, categoryId: string) { this.needs.push({ planId, categoryId }); }
  goal(r: GoalRow) { this.goals.push(r); }
  score(r: ScoreRow) { this.scores.push(r); }
  check(r: CheckRow) { this.checks.push(r); }
  budget(r: BudgetRow) { this.budgets.push(r); }
  line(r: LineRow) { this.lines.push(r); }

  async flush(db: EntityManager): Promise<void> {
    const u = this.users;
    if (u.length) {
      await db.query(
        `INSERT INTO app_user (id, email, name, role, password_hash, created_at)
         SELECT id, email, name, 'PERSON', hash, at FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS t(id, email, name, hash, at)`,
        [u.map((x) => x.id), u.map((x) => x.email), u.map((x) => x.name), u.map((x) => x.passwordHash), u.map((x) => iso(x.createdAt))],
      );
    }
    const p = this.plans;
    if (p.length) {
      // Arrays per row travel as delimited text (unnest cannot take ragged 2-D arrays).
      await db.query(
        `INSERT INTO support_plan (id, person_id, outcode, local_authority_code, age, pref_languages, pref_delivery_modes, max_travel_km,
           prefers_peer_support, pref_accessibility, created_at, updated_at)
         SELECT id, person_id, outcode, la, age, string_to_array(langs, ','), string_to_array(modes, ',')::delivery_mode[], km, peer,
                string_to_array(access, '|'), at, at
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::float8[], $9::bool[], $10::text[], $11::timestamptz[])
           AS t(id, person_id, outcode, la, age, langs, modes, km, peer, access, at)`,
        [p.map((x) => x.id), p.map((x) => x.personId), p.map((x) => x.outcode), p.map((x) => x.la), p.map((x) => x.age), p.map((x) => x.languages.join(',')),
          p.map((x) => x.modes.join(',')), p.map((x) => x.maxTravelKm), p.map((x) => x.peer), p.map((x) => x.accessibility.join('|')), p.map((x) => iso(x.createdAt))],
      );
    }
    const n = this.needs;
    if (n.length) await db.query(`INSERT INTO plan_need (plan_id, category_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [n.map((x) => x.planId), n.map((x) => x.categoryId)]);
    const g = this.goals;
    if (g.length) {
      await db.query(
        `INSERT INTO goal (id, plan_id, life_area, description, baseline_score, latest_score, position, created_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::life_area[], $4::text[], $5::int[], $6::int[], $7::int[], $8::timestamptz[])`,
        [g.map((x) => x.id), g.map((x) => x.planId), g.map((x) => x.area), g.map((x) => x.description), g.map((x) => x.baseline), g.map((x) => x.latest),
          g.map((x) => x.position), g.map((x) => iso(x.createdAt))],
      );
    }
    // Oldest first, so goal_score_apply_trg leaves each goal's latest score at its newest row.
    const s = [...this.scores].sort((a, b) => a.recordedAt - b.recordedAt);
    if (s.length) {
      await db.query(`INSERT INTO goal_score (goal_id, score, recorded_at) SELECT * FROM unnest($1::uuid[], $2::int[], $3::timestamptz[])`,
        [s.map((x) => x.goalId), s.map((x) => x.score), s.map((x) => iso(x.recordedAt))]);
    }
    const c = this.checks;
    if (c.length) {
      await db.query(
        `INSERT INTO wellbeing_check (id, plan_id, items, raw_score, metric_score, recorded_at)
         SELECT id, plan_id, string_to_array(items, ',')::smallint[], raw, metric, at
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::numeric[], $6::timestamptz[]) AS t(id, plan_id, items, raw, metric, at)`,
        [c.map((x) => x.id), c.map((x) => x.planId), c.map((x) => x.items.join(',')), c.map((x) => x.raw), c.map((x) => x.metric), c.map((x) => iso(x.recordedAt))],
      );
    }
    const b = this.budgets;
    if (b.length) {
      await db.query(
        `INSERT INTO budget (id, plan_id, funding_source, period_start_date, period_end_date, created_by, created_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::funding_source[], $4::date[], $5::date[], $6::uuid[], $7::timestamptz[])`,
        [b.map((x) => x.id), b.map((x) => x.planId), b.map((x) => x.source), b.map((x) => x.start), b.map((x) => x.end), b.map((x) => x.createdBy), b.map((x) => iso(x.createdAt))],
      );
    }
    // Money only through ledger lines: budget_ledger_apply_trg keeps each budget's balances.
    const l = [...this.lines].sort((a, b) => a.createdAt - b.createdAt);
    if (l.length) {
      await db.query(
        `INSERT INTO budget_ledger (budget_id, kind, amount_pence, actor_id, note, created_at)
         SELECT * FROM unnest($1::uuid[], $2::ledger_kind[], $3::int[], $4::uuid[], $5::text[], $6::timestamptz[])`,
        [l.map((x) => x.budgetId), l.map((x) => x.kind), l.map((x) => x.pence), l.map((x) => x.actor), l.map((x) => x.note), l.map((x) => iso(x.createdAt))],
      );
    }
    this.written.people += u.length;
    this.written.plans += p.length;
    this.written.goals += g.length;
    this.written.scores += s.length;
    this.written.checks += c.length;
    this.written.budgets += b.length;
    this.written.ledgerLines += l.length;
    this.users = [];
    this.plans = [];
    this.needs = [];
    this.goals = [];
    this.scores = [];
    this.checks = [];
    this.budgets = [];
    this.lines = [];
  }
}
