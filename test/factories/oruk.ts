import type { DataSource } from 'typeorm';
import { sqlProvider, sqlSlot, inDays } from './catalogue';

// A hand-built catalogue that uses every field the Open Referral feed publishes: providers of each kind (peer-led,
// verified, with and without a website), offerings in person, at home, online only and in groups, priced per session,
// hour, day and week, with and without age limits, accessibility notes, several languages, sessions, and a draft and
// a paused offering that must stay out of the feed.
export interface OrukMarket {
  published: string[];
  hidden: string[];
  providers: string[];
}

const KINDS = ['USER_LED_ORGANISATION', 'CHARITY', 'SOCIAL_ENTERPRISE', 'MICRO_ENTERPRISE', 'PERSONAL_ASSISTANT', 'PRIVATE_COMPANY', 'PUBLIC_BODY'];
const SLUGS = ['peer-support', 'talking-therapies', 'befriending', 'money-advice', 'physical-activity', 'digital-skills', 'advocacy'];
const MODES = [['IN_PERSON'], ['ONLINE', 'PHONE'], ['HOME_VISIT'], ['GROUP', 'IN_PERSON'], ['IN_PERSON', 'ONLINE'], ['PHONE']];
const UNITS = ['SESSION', 'HOUR', 'DAY', 'WEEK'];
const DISTRICTS = ['M14', 'ME14', 'LS1', 'CF10', 'M1', 'M20'];

export async function buildOrukMarket(ds: DataSource, count = 25): Promise<OrukMarket> {
  const providers: string[] = [];
  for (let i = 0; i < 7; i++) {
    const p = await sqlProvider(ds, { name: `Provider ${i + 1} of the feed`, kind: KINDS[i], baseOutcode: DISTRICTS[i % DISTRICTS.length], peerLed: i % 2 === 0, verified: i % 3 === 0 });
    await ds.query(`UPDATE provider SET description = $2, website = $3 WHERE id = $1`, [p.id, `We are provider ${i + 1}.`, i % 2 ? `https://provider-${i + 1}.example.org/about` : null]);
    providers.push(p.id);
  }
  const published: string[] = [];
  for (let i = 0; i < count; i++) {
    const [o] = await ds.query(
      `INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages,
         accessibility, price_pence, price_unit, session_minutes, base_outcode, latitude, longitude, service_radius_km,
         minimum_age, maximum_age, status, published_at)
       SELECT $1, c.id, $3, $4, $5, c.life_areas, $6::delivery_mode[], $7, $8, $9, $10::price_unit, $11, $12, 0, 0, $13, $14, $15,
         'PUBLISHED', now()
       FROM category c WHERE c.slug = $2 RETURNING id`,
      [
        providers[i % providers.length],
        SLUGS[i % SLUGS.length],
        `Feed offering number ${i + 1}`,
        `Summary of offering ${i + 1}.`,
        i % 4 === 0 ? '' : `A longer description of offering ${i + 1}, with "quotes" and an ampersand & more.`,
        MODES[i % MODES.length],
        i % 3 === 0 ? ['en', 'cy'] : i % 5 === 0 ? ['en', 'bfi', 'xx'] : ['en'],
        i % 2 === 0 ? ['step-free access', 'hearing loop'] : [],
        i % 6 === 5 ? 0 : 1000 + i * 125,
        UNITS[i % UNITS.length],
        30 + (i % 4) * 30,
        DISTRICTS[i % DISTRICTS.length],
        5 + (i % 3) * 7.5,
        i % 3 === 1 ? 18 : i % 3 === 2 ? 11 : null,
        i % 3 === 1 ? 65 : i % 3 === 2 ? 25 : null,
      ],
    );
    published.push(o.id);
    if (i % 2 === 0) for (let d = 1; d <= 3; d++) await sqlSlot(ds, o.id, inDays(d * 2 + (i % 3), 9 + (i % 5)), 4, d - 1);
  }
  const hidden: string[] = [];
  for (const status of ['DRAFT', 'PAUSED']) {
    const [o] = await ds.query(
      `INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, price_pence, price_unit,
         session_minutes, base_outcode, latitude, longitude, service_radius_km, status, published_at)
       SELECT $1, c.id, 'Not in the feed', 'Hidden.', '', c.life_areas, '{IN_PERSON}', 100, 'SESSION', 60, 'M14', 0, 0, 5, $2::offering_status,
         CASE WHEN $2 = 'PAUSED' THEN now() END
       FROM category c WHERE c.slug = 'befriending' RETURNING id`,
      [providers[0], status],
    );
    hidden.push(o.id);
  }
  return { published, hidden, providers };
}
