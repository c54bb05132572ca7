import 'reflect-metadata';
import { startRuntime } from '../app-runtime';
import { arg, fmt, gql, progress, summarise } from './bench-support';

// `npm run bench:search`: the time of a 20-result catalogue search near a postcode district on the current database
// (DATABASE_URL, or the embedded demo database), with provider, category, rating and next slot, as the web app
// asks for it. Requests rotate over districts with published offerings so no single hot query is measured.
// Prints the median and p95 of N runs (default 50) after a warm-up, and the SQL statements per request.
const QUERY = `query($near: String!, $first: Int!) { offerings(first: $first, filter: { nearOutcode: $near }, sort: RELEVANCE) {
  edges { cursor node { id title summary pricePence priceUnit distanceKm languages deliveryModes rating { average count }
    category { name } provider { id name kind verified peerLed } nextAvailableSlot { id startsAt remaining } } }
  pageInfo { hasNextPage endCursor } } }`;

async function main() {
  const runs = Number(arg('runs', '50'));
  const first = Number(arg('first', '20'));
  const runtime = await startRuntime({ port: 0, logRequests: false, exposeSqlCount: true });
  try {
    const districts: string[] = (
      await runtime.ds.query(`SELECT DISTINCT base_outcode FROM offering WHERE status = 'PUBLISHED' ORDER BY base_outcode LIMIT 200`)
    ).map((r: { base_outcode: string }) => r.base_outcode);
    if (districts.length === 0) throw new Error('No published offerings: run `npm run seed` first.');
    process.stderr.write(`Searching ${runs} times (first: ${first}) near ${districts.length} districts...\n`);
    for (let i = 0; i < 10; i++) await gql(runtime.url, QUERY, { near: districts[i % districts.length], first }); // warm-up
    const times: number[] = [];
    const statements = new Set<number>();
    let results = 0;
    for (let i = 0; i < runs; i++) {
      const near = districts[(i * 7) % districts.length];
      const { ms, body } = await gql(runtime.url, QUERY, { near, first });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      times.push(ms);
      statements.add(body.extensions?.sqlStatements ?? -1);
      results += body.data.offerings.edges.length;
      progress('searches', i + 1, runs);
    }
    const s = summarise(times);
    console.log(`search near a district, first ${first}: median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, min ${fmt(s.min)} ms, max ${fmt(s.max)} ms over ${s.n} runs`);
    console.log(`mean results per search: ${(results / runs).toFixed(1)}; SQL statements per request: ${[...statements].join(', ')}`);
    const [{ n }] = await runtime.ds.query(`SELECT count(*)::int AS n FROM offering WHERE status = 'PUBLISHED'`);
    console.log(`catalogue: ${n} published offerings`);
  } finally {
    await runtime.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
