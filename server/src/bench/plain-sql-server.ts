import 'reflect-metadata';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import type { EntityManager } from 'typeorm';
import { SESSION_OPTIONS } from '../db/data-source';
import { encodeCursor, pageSize } from '../graphql/connection';
import { OfferingSort } from '../modules/catalogue/catalogue.enums';
import { effectiveSort, type SearchCriteria } from '../modules/catalogue/offering-search';
import { OfferingRepository } from '../modules/catalogue/offering.repository';
import { toPrefixQuery } from '../modules/catalogue/offering.service';

// The benchmark's limit: the catalogue search with no GraphQL, no TypeORM and no Express, just node:http and pg
// running exactly the SQL Support Market runs (the same repository functions, handed a pg pool instead of a TypeORM
// manager): the search page with each card's provider and next free slot, one statement (searchCards). POST /search takes the GraphQL query's variables ({ filter, sort, first }) and answers the
// same JSON the GraphQL query does, with extensions.sqlStatements. Validation is minimal: this server is only ever
// driven by the benchmark. Run as a child process: PORT and DATABASE_URL.
const port = Number(process.env.PORT ?? 4100);
// The same session settings as the API's pool (db/data-source.ts), so both run the same plans.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, application_name: 'support-market-bench-plain', options: SESSION_OPTIONS });

// Counts statements per request the way the API's logger does.
function manager(counter: { n: number }): EntityManager {
  return {
    query: async (text: string, params?: unknown[]) => {
      counter.n += 1;
      return (await pool.query(text, params)).rows;
    },
  } as unknown as EntityManager;
}

interface Filter {
  nearOutcode?: string;
  withinKm?: number;
  text?: string;
  categorySlugs?: string[];
  lifeAreas?: string[];
  maxPricePence?: number;
  deliveryModes?: string[];
  languages?: string[];
  peerLed?: boolean;
  providerKinds?: string[];
  availableFrom?: string;
  availableTo?: string;
}

const districts = new Map<string, { latitude: number; longitude: number }>();
const categories = new Map<string, { id: string; name: string }>();
const categoryNames = new Map<string, string>();

function criteria(f: Filter): SearchCriteria {
  const near = f.nearOutcode ? (districts.get(f.nearOutcode.toUpperCase()) ?? null) : null;
  if (f.nearOutcode && !near) throw new Error(`unknown district ${f.nearOutcode}`);
  const nonEmpty = <T>(a: T[] | undefined): T[] | null => (a && a.length ? a : null);
  let available: SearchCriteria['available'] = null;
  if (f.availableFrom || f.availableTo) {
    const now = new Date();
    const from = f.availableFrom && new Date(f.availableFrom) > now ? new Date(f.availableFrom) : now;
    available = { from, to: f.availableTo ? new Date(f.availableTo) : new Date(from.getTime() + 92 * 86_400_000) };
  }
  return {
    tsquery: toPrefixQuery(f.text),
    categoryIds: nonEmpty(f.categorySlugs)?.map((s) => categories.get(s)!.id) ?? null,
    lifeAreas: nonEmpty(f.lifeAreas) as SearchCriteria['lifeAreas'],
    near,
    withinKm: f.withinKm ?? null,
    maxPricePence: f.maxPricePence ?? null,
    deliveryModes: nonEmpty(f.deliveryModes) as SearchCriteria['deliveryModes'],
    languages: nonEmpty(f.languages)?.map((l) => l.toLowerCase()) ?? null,
    peerLed: f.peerLed ?? null,
    providerKinds: nonEmpty(f.providerKinds) as SearchCriteria['providerKinds'],
    available,
  };
}

async function search(vars: { filter?: Filter; sort?: OfferingSort; first?: number }) {
  const counter = { n: 0 };
  const db = manager(counter);
  const size = pageSize(vars.first);
  const c = criteria(vars.filter ?? {});
  const sort = effectiveSort(vars.sort ?? OfferingSort.RELEVANCE, c);
  const found = await OfferingRepository.searchCards(db, c, sort, size, null, new Date());
  const page = found.slice(0, size);
  const edges = page.map(({ offering: o, provider: p, nextSlot: s }) => {
    return {
      cursor: encodeCursor(sort, o.sortKey!),
      node: {
        id: o.id,
        title: o.title,
        summary: o.summary,
        pricePence: o.pricePence,
        priceUnit: o.priceUnit,
        distanceKm: o.distanceKm,
        languages: o.languages,
        deliveryModes: o.deliveryModes,
        rating: { average: o.ratingCount > 0 ? Math.round((o.ratingSum / o.ratingCount) * 100) / 100 : null, count: o.ratingCount },
        category: { name: categoryNames.get(o.categoryId) },
        provider: { id: p.id, name: p.name, kind: p.kind, verified: p.verified, peerLed: p.peerLed },
        nextAvailableSlot: s ? { id: s.id, startsAt: s.startsAt, remaining: Math.max(0, s.capacity - s.booked) } : null,
      },
    };
  });
  return {
    data: { offerings: { edges, pageInfo: { hasNextPage: found.length > size, endCursor: edges.at(-1)?.cursor ?? null } } },
    extensions: { sqlStatements: counter.n },
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

let served = 0;

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url === '/health') return reply(res, 200, { ok: true });
  if (req.method !== 'POST' || req.url !== '/search') return reply(res, 404, { errors: [{ message: 'not found' }] });
  served += 1;
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    reply(res, 200, await search(body.variables ?? body));
  } catch (e) {
    reply(res, 200, { errors: [{ message: e instanceof Error ? e.message : String(e), extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
}

async function main() {
  const [d, c] = await Promise.all([
    pool.query<{ outcode: string; latitude: number; longitude: number }>(`SELECT outcode, latitude, longitude FROM postcode_district`),
    pool.query<{ id: string; slug: string; name: string }>(`SELECT id, slug, name FROM category`),
  ]);
  for (const r of d.rows) districts.set(r.outcode, { latitude: r.latitude, longitude: r.longitude });
  for (const r of c.rows) {
    categories.set(r.slug, { id: r.id, name: r.name });
    categoryNames.set(r.id, r.name);
  }
  const server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 60_000;
  server.listen(port, () => console.log(JSON.stringify({ msg: 'plain-sql-server.ready', port })));
  // How many searches it served, for `npm run bench -- --profile` (CPU per request); one line, at the end.
  const stop = () => server.close(() => void pool.end().then(() => (console.log(JSON.stringify({ event: 'plain-sql-server.stopped', requests: served })), process.exit(0))));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
