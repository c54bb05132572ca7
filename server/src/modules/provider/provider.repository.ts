import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import type { ProviderKind } from './provider.enums';
import { PROVIDER_COLUMNS, toProvider, type Provider, type ProviderRow } from './provider.entity';

export interface ProviderFields {
  name: string;
  kind: ProviderKind;
  description: string;
  website: string | null;
  baseOutcode: string;
  peerLed: boolean;
  contactEmail: string | null;
  contactPhone: string | null;
  contactHours: string | null;
  accessibility: string[];
}

export const ProviderRepository = {
  async insert(db: EntityManager, ownerId: string, f: ProviderFields): Promise<Provider> {
    const row = await one<ProviderRow>(
      db,
      `INSERT INTO provider (owner_id, name, kind, description, website, base_outcode, peer_led, contact_email, contact_phone, contact_hours, accessibility)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${PROVIDER_COLUMNS}`,
      [ownerId, f.name, f.kind, f.description, f.website, f.baseOutcode, f.peerLed, f.contactEmail, f.contactPhone, f.contactHours, f.accessibility],
    );
    return toProvider(row!);
  },

  async update(db: EntityManager, id: string, f: ProviderFields): Promise<Provider> {
    const row = await one<ProviderRow>(
      db,
      `UPDATE provider SET name = $2, kind = $3, description = $4, website = $5, base_outcode = $6, peer_led = $7,
         contact_email = $8, contact_phone = $9, contact_hours = $10, accessibility = $11, updated_at = now()
       WHERE id = $1 RETURNING ${PROVIDER_COLUMNS}`,
      [id, f.name, f.kind, f.description, f.website, f.baseOutcode, f.peerLed, f.contactEmail, f.contactPhone, f.contactHours, f.accessibility],
    );
    return toProvider(row!);
  },

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<Provider[]> {
    const found = await rows<ProviderRow>(db, `SELECT ${PROVIDER_COLUMNS} FROM provider WHERE id = ANY($1::uuid[])`, [ids]);
    return found.map(toProvider);
  },

  async lockById(db: EntityManager, id: string): Promise<Provider | null> {
    const row = await one<ProviderRow>(db, `SELECT ${PROVIDER_COLUMNS} FROM provider WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toProvider(row) : null;
  },

  // provider_owner_idx
  async findByOwner(db: EntityManager, ownerId: string): Promise<Provider[]> {
    const found = await rows<ProviderRow>(db, `SELECT ${PROVIDER_COLUMNS} FROM provider WHERE owner_id = $1 ORDER BY created_at, id LIMIT 500`, [ownerId]);
    return found.map(toProvider);
  },
};
