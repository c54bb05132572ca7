import { AppError, badInput, conflict, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { pageSize } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { inTransaction } from '../../db/transaction';
import type { Provider } from './provider.entity';
import { ProviderRepository } from './provider.repository';
import { canManage, type ProviderService } from './provider.service';
import { publicView, VerificationStatus, type Verification, type VerificationKind } from './verification.entity';
import type { ReviewVerificationArgs, VerificationInput } from './verification.inputs';
import { VerificationRepository } from './verification.repository';

// Owns: evidence is submitted by the provider's owner (or an admin) and checked only by an admin, once, with who
// and when; a rejection says why. Nobody sets "Checked provider": the database derives provider.verified from
// verified, unexpired evidence against what the provider must hold (db/functions/provider-checked.sql). Reference
// numbers and notes are for the provider's owner and admins only.
export class VerificationService {
  constructor(private readonly providers: ProviderService) {}

  async submit(ctx: RequestContext, providerId: string, input: VerificationInput): Promise<Verification> {
    const provider = await this.providers.loadManaged(ctx, providerId);
    const reference = input.reference.trim();
    if (!reference) throw badInput('Give the certificate, registration or policy number.', 'reference');
    const expiresOn = input.expiresOn ?? null;
    if (expiresOn !== null) {
      const d = new Date(`${expiresOn}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== expiresOn) throw badInput('expiresOn is not a real date.', 'expiresOn');
      if (expiresOn < new Date().toISOString().slice(0, 10)) throw badInput('This has already run out: send the current one.', 'expiresOn');
    }
    return VerificationRepository.insert(ctx.db, provider.id, ctx.viewer!.id, { kind: input.kind, reference, expiresOn });
  }

  async review(ctx: RequestContext, args: ReviewVerificationArgs): Promise<Verification> {
    const note = args.note?.trim() || null;
    if (!args.approve && !note) throw badInput('Say why it is rejected, so the provider knows what to send instead.', 'note');
    return inTransaction(ctx, async (tx) => {
      const current = await VerificationRepository.lockById(tx.db, assertId(args.id));
      if (!current) throw notFound('That evidence');
      if (current.status !== VerificationStatus.SUBMITTED) throw conflict(`This evidence was already checked (${current.status.toLowerCase()}).`);
      if (args.approve && current.expiresOn && current.expiresOn < new Date().toISOString().slice(0, 10)) {
        throw new AppError('CONFLICT', 'This evidence has run out since it was sent: reject it and ask for the current one.');
      }
      return (await VerificationRepository.review(tx.db, current.id, args.approve, tx.viewer!.id, note))!;
    });
  }

  /** The old one-step mark (verifyProvider): approves every piece the provider has waiting. */
  async approveAllWaiting(ctx: RequestContext, id: string): Promise<Provider> {
    return inTransaction(ctx, async (tx) => {
      const provider = await ProviderRepository.lockById(tx.db, assertId(id));
      if (!provider) throw notFound('That provider');
      await VerificationRepository.approveAllWaiting(tx.db, provider.id, tx.viewer!.id);
      return (await ProviderRepository.findByIds(tx.db, [provider.id]))[0];
    });
  }

  async queue(ctx: RequestContext, first: number | null | undefined, after: string | null | undefined): Promise<Verification[]> {
    return VerificationRepository.findQueuePage(ctx.db, pageSize(first), after ? assertId(after, 'after') : null);
  }

  /** Everything for the provider's owner and admins; for anyone else what was checked (not rejected), without the reference. */
  async ofProvider(ctx: RequestContext, provider: Provider): Promise<Verification[]> {
    const all = await ctx.loaders.verificationsByProviderId.load(provider.id);
    if (canManage(ctx, provider)) return all;
    return all.filter((v) => v.status !== VerificationStatus.REJECTED).map(publicView);
  }

  required(ctx: RequestContext, provider: Provider): Promise<VerificationKind[]> {
    return ctx.loaders.requiredEvidenceByProviderId.load(provider.id);
  }
}
