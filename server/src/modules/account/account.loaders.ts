import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { AccountRepository } from './account.repository';
import type { User } from './user.entity';
import { byKey } from '../../graphql/batch';

export function accountLoaders(db: EntityManager) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => byKey(ids, await AccountRepository.findUsersByIds(db, ids), (u) => u.id)),
  };
}
