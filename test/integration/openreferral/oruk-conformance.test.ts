import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startTestServer, type TestServer } from '../../support/test-server';
import { buildOrukMarket, type OrukMarket } from '../../factories/oruk';
import { ORUK_DATA_DIR, OrukSchemas, type OrukShape } from '../../../server/src/modules/openreferral/oruk-schemas';
import { OrukRepository } from '../../../server/src/modules/openreferral/oruk.repository';
import { serviceAtLocationDocument, serviceDocument, type ContactDetails } from '../../../server/src/modules/openreferral/oruk-mapper';

// What the Open Referral UK validator does to a feed (it is a .NET service that needs the internet, so it cannot run
// here): call every endpoint, validate every answer against the official schemas (ajv 2020-12, strict: false,
// ajv-formats), page through the first, a middle and the last page checking the envelope's flags, and follow the ids
// in lists into the detail endpoints.
let server: TestServer;
let base: string;
let market: OrukMarket;
const schemas = new OrukSchemas();
const openapi = JSON.parse(readFileSync(join(ORUK_DATA_DIR, 'schema', 'openapi.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const pageSchema = ajv.compile(openapi.components.schemas.Page);
const rootSchema = ajv.compile(openapi.paths['/'].get.responses['200'].content['application/json'].schema);

beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '/oruk');
  market = await buildOrukMarket(server.ds, 25);
});
afterAll(() => server.stop());

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) };
}

function expectValid(shape: OrukShape, doc: unknown) {
  expect({ shape, errors: schemas.errors(shape, doc) }).toEqual({ shape, errors: [] });
}

function expectPage(body: any, item: OrukShape) {
  expect(pageSchema(body)).toBe(true);
  for (const key of ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents']) expect(body).toHaveProperty(key);
  for (const c of body.contents) expectValid(item, c);
}

/** No null anywhere: the profile leaves optional fields out. */
function nulls(doc: unknown, path = ''): string[] {
  if (doc === null) return [path];
  if (Array.isArray(doc)) return doc.flatMap((d, i) => nulls(d, `${path}/${i}`));
  if (typeof doc === 'object') return Object.entries(doc as object).flatMap(([k, v]) => nulls(v, `${path}/${k}`));
  return [];
}

describe('the root and the OpenAPI description', () => {
  it('says version 3.0, the profile and where the OpenAPI description is, open to every origin', async () => {
    const r = await get('/', { origin: 'https://someone-else.example' });
    expect(r.status).toBe(200);
    expect(rootSchema(r.body)).toBe(true);
    expect(r.body.version).toBe('3.0');
    expect(r.body.profile).toMatch(/^https:\/\//);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    const spec = await fetch(r.body.openapi_url);
    expect(spec.status).toBe(200);
    expect(((await spec.json()) as any).info.version).toBe('3.0');
  });

  it('answers a CORS preflight from any origin', async () => {
    const res = await fetch(`${base}/services`, { method: 'OPTIONS', headers: { origin: 'https://x.example', 'access-control-request-method': 'GET' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('/services', () => {
  it('pages through the first, a middle and the last page with the right flags, every item valid', async () => {
    const first = await get('/services?per_page=10');
    expect(first.status).toBe(200);
    expectPage(first.body, 'service_list');
    expect(first.body).toMatchObject({ total_items: 25, total_pages: 3, page_number: 1, size: 10, first_page: true, last_page: false, empty: false });
    const middle = await get('/services?per_page=10&page=2');
    expectPage(middle.body, 'service_list');
    expect(middle.body).toMatchObject({ page_number: 2, size: 10, first_page: false, last_page: false, empty: false });
    const last = await get('/services?per_page=10&page=3');
    expectPage(last.body, 'service_list');
    expect(last.body).toMatchObject({ page_number: 3, size: 5, first_page: false, last_page: true, empty: false });
    const beyond = await get('/services?per_page=10&page=4');
    expect(beyond.status).toBe(200);
    expect(beyond.body).toMatchObject({ total_items: 25, page_number: 4, size: 0, last_page: true, empty: true, contents: [] });

    const ids = [...first.body.contents, ...middle.body.contents, ...last.body.contents].map((s: any) => s.id);
    expect(new Set(ids).size).toBe(25);
    expect(new Set(ids)).toEqual(new Set(market.published));
    for (const hidden of market.hidden) expect(ids).not.toContain(hidden);
    for (const s of first.body.contents) expect(nulls(s)).toEqual([]);
  });

  it('follows every listed id into /services/{id}: fully nested, valid, no nulls', async () => {
    const list = await get('/services?per_page=100');
    for (const item of list.body.contents) {
      const r = await get(`/services/${item.id}`);
      expect(r.status).toBe(200);
      expectValid('service', r.body);
      expect(nulls(r.body)).toEqual([]);
      expect(r.body.id).toBe(item.id);
      expect(r.body.organization.id).toBe(item.organization_id);
      for (const key of ['organization', 'service_at_locations', 'cost_options', 'languages', 'attributes', 'service_areas', 'schedules']) expect(r.body).toHaveProperty(key);
      // Terms in attributes lead to /taxonomy_terms/{id}.
      const termIds = [...r.body.attributes, ...r.body.organization.attributes].map((a: any) => a.taxonomy_term_id);
      for (const t of termIds) {
        const term = await get(`/taxonomy_terms/${t}`);
        expect(term.status).toBe(200);
        expectValid('taxonomy_term', term.body);
      }
      // Its service_at_location leads to /service_at_locations/{id}.
      const sal = await get(`/service_at_locations/${r.body.service_at_locations[0].id}`);
      expect(sal.status).toBe(200);
      expectValid('service_at_location', sal.body);
      expect(sal.body.service_id).toBe(item.id);
    }
  });

  it('publishes what the catalogue knows: kind of support, price, ages, languages, accessibility, sessions', async () => {
    const id = market.published[0];
    const s = (await get(`/services/${id}`)).body;
    expect(s.attributes.map((a: any) => a.taxonomy_term.term)).toEqual(expect.arrayContaining(['peer-support', 'IN_PERSON']));
    expect(s.cost_options[0]).toMatchObject({ amount: 10, currency: 'GBP', amount_description: 'per session; sessions last 30 minutes' });
    expect(s.languages.map((l: any) => l.code)).toEqual(['en', 'cy']);
    expect(s.service_at_locations[0].location).toMatchObject({ location_type: 'physical', external_identifier: 'M14', external_identifier_type: 'postcode_district' });
    expect(s.service_at_locations[0].location.accessibility.map((a: any) => a.description)).toEqual(['step-free access', 'hearing loop']);
    expect(s.schedules).toHaveLength(3);
    expect(s.schedules[0]).toMatchObject({ opens_at: expect.stringMatching(/^\d\d:\d\d:00$/), description: expect.stringMatching(/4 places free/) });
    expect(s).not.toHaveProperty('minimum_age');
    const aged = (await get(`/services/${market.published[1]}`)).body;
    expect(aged).toMatchObject({ minimum_age: 18, maximum_age: 65 });
    expect(aged.service_at_locations[0].location.location_type).toBe('virtual');
  });

  it('filters by search, taxonomy term, taxonomy and ages', async () => {
    const vocabulary = server.runtime.services.oruk.vocabulary;
    const befriending = vocabulary.term('kinds-of-support', 'befriending').id;
    const byTerm = await get(`/services?taxonomy_term_id=${befriending}&per_page=100`);
    expectPage(byTerm.body, 'service_list');
    expect(byTerm.body.total_items).toBe(4); // offerings 3, 10, 17, 24
    const online = await get(`/services?taxonomy_term_id=${vocabulary.term('delivery-modes', 'ONLINE').id}`);
    expect(online.body.total_items).toBe(8);
    const peerLed = await get(`/services?taxonomy_term_id=${vocabulary.term('provider', 'peer-led').id}`);
    expect(peerLed.body.total_items).toBeGreaterThan(0);
    const byTaxonomy = await get(`/services?taxonomy_id=${vocabulary.taxonomies[0].id}`);
    expect(byTaxonomy.body.total_items).toBe(25);
    const unknownTerm = await get('/services?taxonomy_term_id=00000000-0000-4000-8000-000000000000');
    expect(unknownTerm.body).toMatchObject({ total_items: 0, total_pages: 0, empty: true, first_page: true, last_page: true });
    expectPage(unknownTerm.body, 'service_list');
    const adults = await get('/services?minimum_age=18');
    expect(adults.body.total_items).toBe(8);
    const young = await get('/services?maximum_age=30');
    expect(young.body.total_items).toBe(8);
    const search = await get('/services?search=number%2012');
    expect(search.body.contents.map((s: any) => s.name)).toContain('Feed offering number 12');
  });

  it('costs the same number of statements for a page of 5 and of 25', async () => {
    const small = await fetch(`${base}/services?per_page=5`);
    const large = await fetch(`${base}/services?per_page=25`);
    expect(small.headers.get('x-sql-statements')).toBe('3');
    expect(large.headers.get('x-sql-statements')).toBe('3');
  });
});

describe('/service_at_locations', () => {
  it('pages, validates and follows ids into the detail endpoint', async () => {
    const first = await get('/service_at_locations?per_page=10');
    expectPage(first.body, 'service_at_location_list');
    expect(first.body).toMatchObject({ total_items: 25, total_pages: 3, first_page: true, last_page: false });
    const last = await get('/service_at_locations?per_page=10&page=3');
    expect(last.body).toMatchObject({ size: 5, last_page: true });
    for (const sal of first.body.contents) {
      const r = await get(`/service_at_locations/${sal.id}`);
      expect(r.status).toBe(200);
      expectValid('service_at_location', r.body);
      expect(r.body.location.id).toBe(sal.location_id);
      const service = await get(`/services/${sal.service_id}`);
      expect(service.status).toBe(200);
    }
  });

  it('finds services near a postcode within a proximity in metres, and those that reach it', async () => {
    const near = await get('/service_at_locations?postcode=M14%205TQ&proximity=2000&per_page=100');
    expectPage(near.body, 'service_at_location_list');
    expect(near.body.total_items).toBeGreaterThan(0);
    for (const sal of near.body.contents) {
      expect(sal.location.location_type).toBe('physical');
      expect(sal.location.external_identifier).toBe('M14');
    }
    const wider = await get('/service_at_locations?postcode=M14&proximity=20000&per_page=100');
    expect(wider.body.total_items).toBeGreaterThan(near.body.total_items); // M1 and M20 too
    const reach = await get('/service_at_locations?postcode=M14&per_page=100');
    const remote = reach.body.contents.filter((s: any) => s.location.location_type === 'virtual');
    expect(remote.length).toBeGreaterThan(0);
    const unknown = await get('/service_at_locations?postcode=ZZ99');
    expect(unknown.status).toBe(400);
    const noPostcode = await get('/service_at_locations?proximity=100');
    expect(noPostcode.status).toBe(400);
  });
});

describe('/taxonomies and /taxonomy_terms', () => {
  it('pages and validates, and every listed id has a detail', async () => {
    const taxonomies = await get('/taxonomies');
    expectPage(taxonomies.body, 'taxonomy');
    expect(taxonomies.body.total_items).toBe(4);
    for (const t of taxonomies.body.contents) {
      const r = await get(`/taxonomies/${t.id}`);
      expect(r.status).toBe(200);
      expectValid('taxonomy', r.body);
      expect(r.body.taxonomy_terms.length).toBeGreaterThan(0);
    }
    const first = await get('/taxonomy_terms?per_page=10');
    expectPage(first.body, 'taxonomy_term');
    const total = first.body.total_items;
    expect(total).toBe(18 + 10 + 5 + 9);
    const pages = first.body.total_pages;
    const middle = await get(`/taxonomy_terms?per_page=10&page=${Math.ceil(pages / 2)}`);
    expect(middle.body).toMatchObject({ first_page: false, last_page: false, size: 10 });
    const last = await get(`/taxonomy_terms?per_page=10&page=${pages}`);
    expect(last.body).toMatchObject({ first_page: false, last_page: true, size: total - (pages - 1) * 10 });
    for (const t of [...first.body.contents, ...last.body.contents]) {
      const r = await get(`/taxonomy_terms/${t.id}`);
      expect(r.status).toBe(200);
      expectValid('taxonomy_term', r.body);
    }
  });
});

describe('the schemas and contact details', () => {
  it('the validator does refuse what the profile forbids', () => {
    expect(schemas.errors('service', { id: 'not-a-uuid', name: 'x', status: 'active' }).join()).toMatch(/uuid/);
    expect(schemas.errors('service', { id: '00000000-0000-4000-8000-000000000000', name: 'x', status: 'open' }).join()).toMatch(/allowed values/);
    expect(schemas.errors('service', { id: '00000000-0000-4000-8000-000000000000', name: 'x', status: 'active', minimum_age: null }).join()).toMatch(/number/);
  });

  it('the feed validates with full contact details, and with contact details the formats would refuse', async () => {
    const services = server.runtime.services;
    const m = { vocabulary: services.oruk.vocabulary, places: services.places, webOrigin: 'http://localhost:3000' };
    const [row] = await OrukRepository.findPublishedByIds(server.ds.manager, [market.published[0]]);
    const full: ContactDetails = {
      email: 'hello@group.example.org', phone: '0161 496 0000', website: 'https://group.example.org',
      venueAddress: 'Community Hall, 1 High Street, Manchester, M14 5TQ', venueOutcode: 'M14',
      accessibility: ['Accessible toilet', 'step-free access'], hours: 'Mondays 10am to 4pm',
    };
    const doc = serviceDocument(row, [], m, { contacts: { offering: full, provider: { email: 'office@provider.example.org', website: 'https://provider.example.org' } } });
    expectValid('service', doc);
    expect(nulls(doc)).toEqual([]);
    expect(doc).toMatchObject({ email: 'hello@group.example.org', phones: [{ number: '0161 496 0000' }], contacts: [{ phones: [{ number: '0161 496 0000' }] }] });
    expect(doc.organization).toMatchObject({ email: 'office@provider.example.org', website: 'https://provider.example.org/' });
    expect(doc.schedules).toContainEqual(expect.objectContaining({ description: 'Mondays 10am to 4pm' }));
    const location = doc.service_at_locations![0].location!;
    expect(location.addresses![0]).toMatchObject({ address_1: 'Community Hall', postal_code: 'M14 5TQ', country: 'GB', address_type: 'physical' });
    expect(location.accessibility!.map((a) => a.description)).toEqual(['step-free access', 'hearing loop', 'Accessible toilet']);
    expectValid('service_at_location', serviceAtLocationDocument(row, [], m, { offering: full }));

    const odd: ContactDetails = { email: 'not an email', phone: '  ', website: 'javascript:alert(1)', venueAddress: null, accessibility: [], hours: '' };
    const oddDoc = serviceDocument(row, [], m, { contacts: { offering: odd, provider: odd } });
    expectValid('service', oddDoc);
    expect(oddDoc).not.toHaveProperty('email');
    expect(oddDoc).not.toHaveProperty('contacts');
    expect(oddDoc.organization).not.toHaveProperty('website');
  });
});

describe('errors', () => {
  it.each([
    '/services/00000000-0000-4000-8000-000000000000',
    '/services/not-a-uuid',
    '/service_at_locations/00000000-0000-4000-8000-000000000000',
    '/taxonomies/00000000-0000-4000-8000-000000000000',
    '/taxonomy_terms/00000000-0000-4000-8000-000000000000',
    '/organizations-that-do-not-exist',
  ])('answers an unknown %s with a JSON 404', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('does not publish a draft or paused offering by its id', async () => {
    for (const id of market.hidden) expect((await get(`/services/${id}`)).status).toBe(404);
  });

  it.each(['page=0', 'page=-1', 'page=abc', 'per_page=0', 'per_page=100000', 'per_page=1.5', 'page=1&page=2', 'minimum_age=old', 'taxonomy_term_id=peer'])(
    'answers bad paging or filters (%s) with a JSON 400 and no stack trace',
    async (query) => {
      const r = await get(`/services?${query}`);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.text).not.toMatch(/at .*\.(js|ts):\d+/);
    },
  );
});
