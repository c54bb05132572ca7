import { badInput, conflict, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { inTransaction } from '../../db/transaction';
import type { RequestContext } from '../../graphql/request-context';
import type { Provider } from '../provider/provider.entity';
import { canManage } from '../provider/provider.service';
import type { SuspendProviderArgs } from './concern.inputs';
import { SuspensionRepository } from './suspension.repository';

// Owns: only an admin suspends or lifts, with a reason; while suspended a provider's offerings are out of search,
// matches, compare, the Open Referral feed and booking (they are paused under a hold it cannot lift itself), people
// with upcoming bookings are told and keep them until they or the provider cancel; lifting restores exactly what
// the suspension paused.
export class SuspensionService {
  async suspend(ctx: RequestContext, args: SuspendProviderArgs): Promise<Provider> {
    const id = assertId(args.id);
    const reason = args.reason.trim();
    if (!reason) throw badInput('Give the reason for the suspension.', 'reason');
    return inTransaction(ctx, async (tx) => {
      const done = await SuspensionRepository.suspend(tx.db, id, tx.viewer!.id, reason);
      if (done) return done;
      throw (await tx.loaders.providerById.load(id)) ? conflict('This provider is already suspended.') : notFound('That provider');
    });
  }

  async lift(ctx: RequestContext, rawId: string): Promise<Provider> {
    const id = assertId(rawId);
    return inTransaction(ctx, async (tx) => {
      const done = await SuspensionRepository.lift(tx.db, id);
      if (done) return done;
      throw (await tx.loaders.providerById.load(id)) ? conflict('This provider is not suspended.') : notFound('That provider');
    });
  }

  /** The reason: admins and the provider's owner. */
  reasonOf(ctx: RequestContext, provider: Provider): string | null {
    return canManage(ctx, provider) ? provider.suspensionReason : null;
  }
}
