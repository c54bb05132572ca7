import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey } from '../../graphql/batch';
import type { AllocationScheme } from './allocation.entity';
import { AllocationRepository } from './allocation.repository';

export function allocationLoaders(db: EntityManager) {
  return {
    /** The current (newest) version of each local authority's resource allocation system. */
    allocationSchemeByAuthority: new DataLoader<string, AllocationScheme | null>(async (codes) =>
      byKey(codes, await AllocationRepository.findCurrent(db, codes), (s) => s.localAuthorityCode),
    ),
  };
}
