import type { EntityManager } from 'typeorm';
import { rows } from '../../db/sql';
import { SLOT_COLUMNS, toSlot, type Slot, type SlotRow } from './slot.entity';

export const SlotRepository = {
  async insertMany(db: EntityManager, offeringId: string, slots: { startsAt: Date; endsAt: Date; capacity: number }[]): Promise<Slot[]> {
    const found = await rows<SlotRow>(
      db,
      `INSERT INTO slot AS s (offering_id, starts_at, ends_at, capacity)
       SELECT $1, * FROM unnest($2::timestamptz[], $3::timestamptz[], $4::int[])
       RETURNING ${SLOT_COLUMNS('s')}`,
      [offeringId, slots.map((s) => s.startsAt), slots.map((s) => s.endsAt), slots.map((s) => s.capacity)],
    );
    return found.map(toSlot).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  },

  // slot_offering_starts_key: one range scan per offering, batched.
  async findInRange(db: EntityManager, offeringIds: readonly string[], from: Date, to: Date, perOffering: number): Promise<Slot[]> {
    const found = await rows<SlotRow>(
      db,
      `SELECT ${SLOT_COLUMNS('s')} FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (SELECT * FROM slot s WHERE s.offering_id = k.id AND s.starts_at >= $2 AND s.starts_at < $3
                           ORDER BY s.starts_at LIMIT $4) s`,
      [offeringIds, from, to, perOffering],
    );
    return found.map(toSlot);
  },

  // slot_free_idx: the first free future slot of each offering.
  async findNextFree(db: EntityManager, offeringIds: readonly string[], now: Date): Promise<Slot[]> {
    const found = await rows<SlotRow>(
      db,
      `SELECT ${SLOT_COLUMNS('s')} FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (SELECT * FROM slot s WHERE s.offering_id = k.id AND s.booked < s.capacity AND s.starts_at > $2
                           ORDER BY s.starts_at LIMIT 1) s`,
      [offeringIds, now],
    );
    return found.map(toSlot);
  },

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<Slot[]> {
    const found = await rows<SlotRow>(db, `SELECT ${SLOT_COLUMNS('s')} FROM slot s WHERE s.id = ANY($1::uuid[])`, [ids]);
    return found.map(toSlot);
  },
};
