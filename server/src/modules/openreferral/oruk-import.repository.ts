import type { EntityManager } from 'typeorm';
import { one } from '../../db/sql';
import type { DeliveryMode, OfferingStatus, PriceUnit } from '../catalogue/catalogue.enums';
import type { ProviderKind } from '../provider/provider.enums';
import type { LifeArea } from '../catalogue/life-area';

// SQL of the Open Referral import: upserts keyed by (source, external_id) (provider_source_external_idx,
// offering_source_external_idx). A new record takes the feed's own id when it is a UUID that is still free, so a
// feed exported here and imported elsewhere keeps its ids.

export interface ImportedProvider {
  source: string;
  externalId: string;
  preferredId: string | null;
  ownerId: string;
  name: string;
  kind: ProviderKind;
  description: string;
  website: string | null;
  baseOutcode: string;
  peerLed: boolean;
}

export interface ImportedOffering {
  source: string;
  externalId: string;
  preferredId: string | null;
  providerId: string;
  categoryId: string;
  title: string;
  summary: string;
  description: string;
  lifeAreas: LifeArea[];
  deliveryModes: DeliveryMode[];
  languages: string[];
  accessibility: string[];
  pricePence: number;
  priceUnit: PriceUnit;
  sessionMinutes: number;
  baseOutcode: string;
  serviceRadiusKm: number;
  minimumAge: number | null;
  maximumAge: number | null;
  status: OfferingStatus;
  assuredDate: string;
}

export const OrukImportRepository = {
  /** The account that owns a source's imported providers: it cannot sign in (its password hash is no hash). */
  async upsertImportOwner(db: EntityManager, email: string, name: string): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, 'PROVIDER', '!imported')
       ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [email, name],
    );
    return row!.id;
  },

  async upsertProvider(db: EntityManager, p: ImportedProvider): Promise<{ id: string; created: boolean }> {
    const row = await one<{ id: string; created: boolean }>(
      db,
      `INSERT INTO provider AS pr (id, owner_id, name, kind, description, website, base_outcode, peer_led, source, external_id)
       VALUES (coalesce((SELECT $1::uuid WHERE NOT EXISTS (SELECT 1 FROM provider WHERE id = $1::uuid)), gen_random_uuid()),
               $2, $3, $4::provider_kind, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (source, external_id) WHERE source IS NOT NULL DO UPDATE
         SET name = EXCLUDED.name, kind = EXCLUDED.kind, description = EXCLUDED.description, website = EXCLUDED.website,
             peer_led = EXCLUDED.peer_led, updated_at = now()
       RETURNING pr.id, (xmax = 0) AS created`,
      [p.preferredId, p.ownerId, p.name, p.kind, p.description, p.website, p.baseOutcode, p.peerLed, p.source, p.externalId],
    );
    return row!;
  },

  async upsertOffering(db: EntityManager, o: ImportedOffering): Promise<{ id: string; created: boolean }> {
    const row = await one<{ id: string; created: boolean }>(
      db,
      `INSERT INTO offering AS o (id, provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages,
         accessibility, price_pence, price_unit, session_minutes, base_outcode, service_radius_km, minimum_age, maximum_age,
         status, published_at, source, external_id, assured_date, latitude, longitude)
       VALUES (coalesce((SELECT $1::uuid WHERE NOT EXISTS (SELECT 1 FROM offering WHERE id = $1::uuid)), gen_random_uuid()),
               $2, $3, $4, $5, $6, $7::life_area[], $8::delivery_mode[], $9, $10, $11, $12::price_unit, $13, $14, $15, $16, $17,
               $18::offering_status, CASE WHEN $18::offering_status <> 'DRAFT' THEN now() END, $19, $20, $21::date, 0, 0)
       ON CONFLICT (source, external_id) WHERE source IS NOT NULL DO UPDATE
         SET provider_id = EXCLUDED.provider_id, category_id = EXCLUDED.category_id, title = EXCLUDED.title,
             summary = EXCLUDED.summary, description = EXCLUDED.description, life_areas = EXCLUDED.life_areas,
             delivery_modes = EXCLUDED.delivery_modes, languages = EXCLUDED.languages, accessibility = EXCLUDED.accessibility,
             price_pence = EXCLUDED.price_pence, price_unit = EXCLUDED.price_unit, session_minutes = EXCLUDED.session_minutes,
             base_outcode = EXCLUDED.base_outcode, service_radius_km = EXCLUDED.service_radius_km,
             minimum_age = EXCLUDED.minimum_age, maximum_age = EXCLUDED.maximum_age, status = EXCLUDED.status,
             published_at = coalesce(o.published_at, EXCLUDED.published_at), assured_date = EXCLUDED.assured_date, updated_at = now()
       RETURNING o.id, (xmax = 0) AS created`,
      [
        o.preferredId, o.providerId, o.categoryId, o.title, o.summary, o.description, o.lifeAreas, o.deliveryModes, o.languages,
        o.accessibility, o.pricePence, o.priceUnit, o.sessionMinutes, o.baseOutcode, o.serviceRadiusKm, o.minimumAge, o.maximumAge,
        o.status, o.source, o.externalId, o.assuredDate,
      ],
    );
    return row!;
  },
};
