import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TestServer } from '../support/test-server';

// Two ways to build a market: through the API (for mutation tests) and straight into the tables (for search tests
// that need many rows fast). The SQL path goes through the same triggers and constraints as the API.

export async function apiCreateProvider(server: TestServer, token: string, input: Record<string, unknown> = {}) {
  const r = await server.gql(
    `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id name baseOutcode verified peerLed kind } }`,
    { input: { name: 'Mind the Gap Peer Group', kind: 'USER_LED_ORGANISATION', description: 'Peer support by and for local people.', baseOutcode: 'M14', peerLed: true, ...input } },
    { token },
  );
  if (!r.data) throw new Error(`createProvider failed: ${JSON.stringify(r.errors)}`);
  return r.data.createProvider as { id: string; name: string };
}

export const offeringInput = (overrides: Record<string, unknown> = {}) => ({
  categorySlug: 'peer-support',
  title: 'Hearing Voices peer group',
  summary: 'A friendly weekly group for people who hear voices.',
  description: 'We meet every week to share what helps. Tea and biscuits provided.',
  deliveryModes: ['GROUP', 'IN_PERSON'],
  languages: ['en'],
  accessibility: ['step-free access'],
  pricePence: 1500,
  priceUnit: 'SESSION',
  sessionMinutes: 90,
  serviceRadiusKm: 10,
  ...overrides,
});

export async function apiCreateOffering(server: TestServer, token: string, providerId: string, overrides: Record<string, unknown> = {}, publish = true) {
  const r = await server.gql(
    `mutation($providerId: ID!, $input: OfferingInput!) { createOffering(providerId: $providerId, input: $input) { id status } }`,
    { providerId, input: offeringInput(overrides) },
    { token },
  );
  if (!r.data) throw new Error(`createOffering failed: ${JSON.stringify(r.errors)}`);
  const id = r.data.createOffering.id as string;
  if (publish) {
    const p = await server.gql(`mutation($id: ID!) { publishOffering(id: $id) { id status } }`, { id }, { token });
    if (!p.data) throw new Error(`publishOffering failed: ${JSON.stringify(p.errors)}`);
  }
  return id;
}

export interface SqlProvider {
  id: string;
  ownerId: string;
}

export async function sqlProvider(ds: DataSource, f: Partial<{ name: string; kind: string; baseOutcode: string; peerLed: boolean; verified: boolean; ownerId: string }> = {}): Promise<SqlProvider> {
  let ownerId = f.ownerId;
  if (!ownerId) {
    const [u] = await ds.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Owner', 'PROVIDER', 'x') RETURNING id`, [`owner-${randomUUID()}@test.example`]);
    ownerId = u.id as string;
  }
  const [p] = await ds.query(
    `INSERT INTO provider (owner_id, name, kind, description, base_outcode, peer_led, verified) VALUES ($1, $2, $3, '', $4, $5, $6) RETURNING id`,
    [ownerId, f.name ?? 'Test Provider', f.kind ?? 'CHARITY', f.baseOutcode ?? 'M1', f.peerLed ?? false, f.verified ?? false],
  );
  // "Checked" is derived from evidence (docs/safety.md): a verified test provider holds every kind that any offering
  // could require, checked and good for a year, so it stays checked whatever offerings the test gives it.
  if (f.verified) {
    await ds.query(
      `INSERT INTO provider_verification (provider_id, kind, status, reference, expires_on, checked_at)
       SELECT $1, k, 'VERIFIED', 'TEST-' || k, current_date + 365, now()
       FROM unnest('{PUBLIC_LIABILITY_INSURANCE,DBS_CHECK,CQC_REGISTRATION,QUALIFICATION}'::verification_kind[]) k`,
      [p.id],
    );
  }
  return { id: p.id, ownerId: ownerId! };
}

export interface SqlOffering {
  title?: string;
  summary?: string;
  description?: string;
  categorySlug?: string;
  lifeAreas?: string[];
  deliveryModes?: string[];
  languages?: string[];
  pricePence?: number;
  baseOutcode?: string;
  serviceRadiusKm?: number;
  status?: string;
  ratingCount?: number;
  ratingSum?: number;
  publishedAt?: Date;
}

export async function sqlOffering(ds: DataSource, providerId: string, f: SqlOffering = {}): Promise<string> {
  const status = f.status ?? 'PUBLISHED';
  const [o] = await ds.query(
    `INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages,
       price_pence, price_unit, session_minutes, base_outcode, latitude, longitude, service_radius_km, status, published_at,
       rating_count, rating_sum)
     SELECT $1, c.id, $3, $4, $5, coalesce($6::life_area[], c.life_areas), $7::delivery_mode[], $8, $9, 'SESSION', 60, $10, 0, 0, $11, $12::offering_status,
       CASE WHEN $12::offering_status = 'PUBLISHED' THEN $13::timestamptz END, $14, $15
     FROM category c WHERE c.slug = $2 RETURNING id`,
    [
      providerId,
      f.categorySlug ?? 'peer-support',
      f.title ?? 'Community group',
      f.summary ?? 'A group.',
      f.description ?? '',
      f.lifeAreas ?? null,
      f.deliveryModes ?? ['IN_PERSON'],
      f.languages ?? ['en'],
      f.pricePence ?? 2000,
      f.baseOutcode ?? 'M1',
      f.serviceRadiusKm ?? 10,
      status,
      f.publishedAt ?? new Date(),
      f.ratingCount ?? 0,
      f.ratingSum ?? 0,
    ],
  );
  if (!o) throw new Error(`unknown category ${f.categorySlug}`);
  return o.id;
}

export async function sqlSlot(ds: DataSource, offeringId: string, startsAt: Date, capacity = 1, booked = 0): Promise<string> {
  const [s] = await ds.query(
    `INSERT INTO slot (offering_id, starts_at, ends_at, capacity, booked) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [offeringId, startsAt, new Date(startsAt.getTime() + 3600_000), capacity, booked],
  );
  return s.id;
}

export const inDays = (days: number, hour = 10) => {
  const d = new Date();
  d.setUTCHours(hour, 0, 0, 0);
  return new Date(d.getTime() + days * 86_400_000);
};
