import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../graphql/batch';
import type { Provider } from './provider.entity';
import { ProviderRepository } from './provider.repository';
import type { Verification, VerificationKind } from './verification.entity';
import { VerificationRepository } from './verification.repository';

export function providerLoaders(db: EntityManager) {
  return {
    providerById: new DataLoader<string, Provider | null>(async (ids) => byKey(ids, await ProviderRepository.findByIds(db, ids), (p) => p.id)),
    verificationsByProviderId: new DataLoader<string, Verification[]>(async (ids) => groupByKey(ids, await VerificationRepository.findByProviders(db, ids), (v) => v.providerId)),
    requiredEvidenceByProviderId: new DataLoader<string, VerificationKind[]>(async (ids) =>
      byKey(ids, await VerificationRepository.requiredByProviders(db, ids), (r) => r.id).map((r) => r?.kinds ?? []),
    ),
  };
}
