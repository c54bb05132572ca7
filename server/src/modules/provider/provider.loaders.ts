import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey } from '../../graphql/batch';
import type { Provider } from './provider.entity';
import { ProviderRepository } from './provider.repository';

export function providerLoaders(db: EntityManager) {
  return {
    providerById: new DataLoader<string, Provider | null>(async (ids) => byKey(ids, await ProviderRepository.findByIds(db, ids), (p) => p.id)),
  };
}
