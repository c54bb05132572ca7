import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../graphql/batch';
import type { Conversation, Message } from './conversation.entity';
import { MessageRepository } from './message.repository';

export function messageLoaders(db: EntityManager) {
  const pages = new Map<string, DataLoader<string, Message[]>>();
  return {
    conversationById: new DataLoader<string, Conversation | null>(async (ids) => byKey(ids, await MessageRepository.findByIds(db, ids), (c) => c.id)),
    /** One loader per page shape, so conversations asking for the same page batch together. */
    messagePageByConversationId(first: number, after: [string, string] | null): DataLoader<string, Message[]> {
      const key = `${first}/${after?.join('/') ?? ''}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader<string, Message[]>(async (ids) => groupByKey(ids, await MessageRepository.findMessagePages(db, ids, first, after), (m) => m.conversationId));
        pages.set(key, loader);
      }
      return loader;
    },
  };
}
