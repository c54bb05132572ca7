import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../graphql/batch';
import type { Offering } from './offering.entity';
import { OfferingRepository } from './offering.repository';
import type { Slot } from './slot.entity';
import { SlotRepository } from './slot.repository';

export const SLOTS_PER_OFFERING = 200;

export function catalogueLoaders(db: EntityManager) {
  const slotRanges = new Map<string, DataLoader<string, Slot[]>>();
  return {
    offeringById: new DataLoader<string, Offering | null>(async (ids) => byKey(ids, await OfferingRepository.findByIds(db, ids), (o) => o.id)),
    slotById: new DataLoader<string, Slot | null>(async (ids) => byKey(ids, await SlotRepository.findByIds(db, ids), (s) => s.id)),
    nextSlotByOfferingId: new DataLoader<string, Slot | null>(async (ids) =>
      byKey(ids, await SlotRepository.findNextFree(db, ids, new Date()), (s) => s.offeringId),
    ),
    /** One loader per time window, so offerings asking for the same window batch together. */
    slotsByOfferingId(from: Date, to: Date): DataLoader<string, Slot[]> {
      const key = `${from.toISOString()}/${to.toISOString()}`;
      let loader = slotRanges.get(key);
      if (!loader) {
        loader = new DataLoader<string, Slot[]>(async (ids) =>
          groupByKey(ids, await SlotRepository.findInRange(db, ids, from, to, SLOTS_PER_OFFERING), (s) => s.offeringId),
        );
        slotRanges.set(key, loader);
      }
      return loader;
    },
  };
}
