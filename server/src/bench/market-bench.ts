import 'reflect-metadata';
import { startRuntime } from '../app-runtime';
import { issueToken } from '../modules/account/token';
import { Role } from '../modules/account/role';
import { arg, fmt, gql, progress, summarise } from './bench-support';

// `npm run bench:market`: each commissioner view's time on the current database (DATABASE_URL or the embedded demo),
// computed afresh every time (the one-minute cache is switched off for the measurement), median and p95 of N runs
// (default 20) per view, for the local authority given by --la (default Manchester, E08000003).
const VIEWS: Record<string, string> = {
  marketGaps: `query($la: String!) { marketGaps(localAuthorityCode: $la) { category { name } demand supply freePlaces unmetSearches gapIndex suppressed } }`,
  marketDiversity: `query($la: String!) { marketDiversity(localAuthorityCode: $la) { providerCount hhi byKind { kind providers spendShare } byCategory { category { name } hhi } } }`,
  outcomesByCategory: `query($la: String!) { outcomesByCategory(localAuthorityCode: $la) { category { name } people meanScoreChange spentPence byProvider { provider { name } people } } }`,
  marketDistricts: `query($la: String!) { marketDistricts(localAuthorityCode: $la) { localAuthority { name } postcodeDistricts demand unmetSearches localSupply } }`,
  marketPrices: `query($la: String!) { marketPrices(localAuthorityCode: $la) { category { name } offerings session { medianPence } hourly { medianPence } nationalHourly { medianPence } hourlyVsNational } }`,
  marketTrends: `query($la: String!) { marketTrends(localAuthorityCode: $la) { month demand supply freePlaces unmetSearches spentPence outcomePeople meanScoreChange } }`,
};

async function main() {
  const runs = Number(arg('runs', '20'));
  const la = arg('la', 'E08000003');
  const runtime = await startRuntime({ port: 0, logRequests: false, exposeSqlCount: true, marketCacheSeconds: 0 });
  try {
    const token = issueToken(runtime.config.authSecret, { id: '00000000-0000-4000-8000-000000000000', role: Role.ADMIN, localAuthorityCode: null }, 600);
    const [{ plans, bookings }] = await runtime.ds.query(
      `SELECT (SELECT count(*)::int FROM support_plan WHERE local_authority_code = $1) AS plans,
              (SELECT count(*)::int FROM booking b JOIN support_plan p ON p.id = b.plan_id WHERE p.local_authority_code = $1) AS bookings`,
      [la],
    );
    console.log(`local authority ${la}: ${plans} plans, ${bookings} bookings`);
    for (const [name, query] of Object.entries(VIEWS)) {
      for (let i = 0; i < 3; i++) await gql(runtime.url, query, { la }, token); // warm-up
      const times: number[] = [];
      let statements = 0;
      for (let i = 0; i < runs; i++) {
        const { ms, body } = await gql(runtime.url, query, { la }, token);
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        times.push(ms);
        statements = body.extensions?.sqlStatements ?? -1;
        progress(name, i + 1, runs);
      }
      const s = summarise(times);
      console.log(`${name.padEnd(20)} median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms over ${s.n} runs (${statements} SQL statements)`);
    }
  } finally {
    await runtime.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
