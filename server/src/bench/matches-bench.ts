import 'reflect-metadata';
import { startRuntime } from '../app-runtime';
import { countProviders, seedDemoMarket } from '../db/seed/seed-market';
import { seedPeople } from '../db/seed/seed-people';
import { issueToken } from '../modules/account/token';
import { Role } from '../modules/account/role';
import { arg, fmt, gql, progress, summarise } from './bench-support';

// `npm run bench:matches`: the time of `matches(planId, first: 20)` for seeded plans on the current database
// (DATABASE_URL, or the embedded demo database), asking for what the web app shows: scores, every reason, and each
// offering with its provider and next free slot. Seeds the demo market and people first when the database has
// none (--scale, default 1). Rotates over N seeded plans (default 50, the demo person's first), warms up, then
// prints the median and p95 of the timed calls and the SQL statements per request.
const QUERY = `query($planId: ID!, $first: Int!) { matches(planId: $planId, first: $first) {
  score sessionCostPence reasons { factor score weight explanation }
  offering { id title summary pricePence priceUnit distanceKm deliveryModes languages rating { average count }
    category { name } provider { id name kind verified peerLed } nextAvailableSlot { id startsAt remaining } } } }`;

async function main() {
  const runs = Number(arg('runs', '50'));
  const first = Number(arg('first', '20'));
  const scale = Number(arg('scale', '1'));
  const runtime = await startRuntime({ port: 0, logRequests: false, exposeSqlCount: true });
  try {
    const say = (m: string) => process.stderr.write(`  ${m}\n`);
    if ((await countProviders(runtime.ds)) === 0) {
      process.stderr.write(`The database is empty: seeding the demo market at scale ${scale}...\n`);
      await seedDemoMarket(runtime.ds, { scale, seed: 42, onProgress: say });
    }
    const [{ n: plansBefore }] = await runtime.ds.query(`SELECT count(*)::int AS n FROM support_plan`);
    if (plansBefore === 0) {
      process.stderr.write(`No plans yet: seeding people at scale ${scale}...\n`);
      await seedPeople(runtime.ds, { scale, seed: 42, onProgress: say });
    }
    if (plansBefore === 0) await runtime.ds.query('ANALYZE'); // fresh rows: give the planner the statistics autovacuum would
    // The demo person's plan first, then seeded plans with money to spend, spread over the country.
    const plans: { id: string; person_id: string; outcode: string }[] = await runtime.ds.query(
      `SELECT p.id, p.person_id, p.outcode FROM support_plan p JOIN app_user u ON u.id = p.person_id
       WHERE EXISTS (SELECT 1 FROM budget b WHERE b.plan_id = p.id AND b.allocated_pence > b.committed_pence + b.spent_pence)
       ORDER BY (u.email = 'person@demo.supportmarket.uk') DESC, md5(p.id::text) LIMIT $1`,
      [runs],
    );
    if (plans.length === 0) throw new Error('No seeded plans with a budget: run `npm run seed` first.');
    const token = (personId: string) => issueToken(runtime.config.authSecret, { id: personId, role: Role.PERSON, localAuthorityCode: null }, 600);
    const [{ offerings }] = await runtime.ds.query(`SELECT count(*)::int AS offerings FROM offering WHERE status = 'PUBLISHED'`);
    process.stderr.write(`Matching ${runs} times (first: ${first}) over ${plans.length} seeded plans; ${offerings} published offerings...\n`);

    for (let i = 0; i < 10; i++) await gql(runtime.url, QUERY, { planId: plans[i % plans.length].id, first }, token(plans[i % plans.length].person_id)); // warm-up
    const times: number[] = [];
    const statements = new Set<number>();
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const plan = plans[i % plans.length];
      const { ms, body } = await gql(runtime.url, QUERY, { planId: plan.id, first }, token(plan.person_id));
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      times.push(ms);
      statements.add(body.extensions?.sqlStatements ?? -1);
      found += body.data.matches.length;
      progress('matches', i + 1, runs);
    }
    const s = summarise(times);
    console.log(`matches for a seeded plan, first ${first}: median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, min ${fmt(s.min)} ms, max ${fmt(s.max)} ms over ${s.n} runs`);
    console.log(`mean matches per plan: ${(found / runs).toFixed(1)}; SQL statements per request: ${[...statements].join(', ')}`);
    const demo = await gql(runtime.url, QUERY, { planId: plans[0].id, first: 3 }, token(plans[0].person_id));
    for (const m of demo.body.data.matches) {
      console.log(`\n${m.offering.title} (${m.offering.provider.name}): score ${m.score}`);
      for (const r of m.reasons) console.log(`  ${r.factor.padEnd(13)} ${r.score.toFixed(3)} × ${r.weight}  ${r.explanation}`);
    }
  } finally {
    await runtime.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
