import { AppError, badInput, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { countHits } from '../../db/throttle';
import { inOneStatement, inTransaction } from '../../db/transaction';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import type { PlanService } from '../plan/plan.service';
import { Concern, ConcernConnection, ConcernRaiser, ConcernStatus, type ConcernStep } from './concern.entity';
import type { ConcernsArgs, RaiseConcernInput, UpdateConcernArgs } from './concern.inputs';
import { ConcernRepository } from './concern.repository';
import { acknowledgeBy } from './working-days';

// Owns: anyone may raise a concern (signed out ones limited per client address); it is about a provider, and any
// offering or booking named must be that provider's (a booking only if the raiser may read its plan). Admins handle
// every concern, commissioners those in their area (the areas the provider served when it was raised); each moves
// RECEIVED -> ACKNOWLEDGED -> INVESTIGATING -> CLOSED (investigating may be skipped; closing needs an outcome) and
// every step is recorded with who and when. Only handlers ever see who raised one; the provider never does.
export const MOVES: Record<ConcernStatus, ConcernStatus[]> = {
  [ConcernStatus.RECEIVED]: [ConcernStatus.ACKNOWLEDGED],
  [ConcernStatus.ACKNOWLEDGED]: [ConcernStatus.INVESTIGATING, ConcernStatus.CLOSED],
  [ConcernStatus.INVESTIGATING]: [ConcernStatus.CLOSED],
  [ConcernStatus.CLOSED]: [],
};

const SIGNED_OUT_PER_CLIENT_PER_HOUR = 5;
const PER_ACCOUNT_PER_DAY = 20;

export class ConcernService {
  constructor(private readonly plans: PlanService) {}

  async raise(ctx: RequestContext, input: RaiseConcernInput): Promise<Concern> {
    const providerId = assertId(input.providerId, 'providerId');
    const description = input.description.trim();
    if (!description) throw badInput('Tell us what happened.', 'description');
    const provider = await ctx.loaders.providerById.load(providerId);
    if (!provider) throw notFound('That provider');
    let offeringId = input.offeringId ? assertId(input.offeringId, 'offeringId') : null;
    const bookingId = input.bookingId ? assertId(input.bookingId, 'bookingId') : null;
    if (offeringId) {
      const offering = await ctx.loaders.offeringById.load(offeringId);
      if (!offering || offering.providerId !== providerId) throw badInput('That offering is not one of this provider’s.', 'offeringId');
    }
    if (bookingId) {
      if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in to raise a concern about a booking.');
      const booking = await ctx.loaders.bookingById.load(bookingId);
      if (!booking) throw notFound('That booking');
      await this.plans.readable(ctx, booking.planId, 'bookingId');
      if (booking.providerId !== providerId) throw badInput('That booking is not with this provider.', 'bookingId');
      if (offeringId && booking.offeringId !== offeringId) throw badInput('That booking is not for this offering.', 'offeringId');
      offeringId = booking.offeringId;
    }
    await this.throttle(ctx);
    const raisedAt = new Date();
    return ConcernRepository.insert(ctx.db, {
      providerId,
      offeringId,
      bookingId,
      raisedBy: ctx.viewer?.id ?? null,
      contact: input.contact?.trim() || null,
      description,
      acknowledgeBy: acknowledgeBy(raisedAt),
    });
  }

  async update(ctx: RequestContext, args: UpdateConcernArgs): Promise<Concern> {
    const id = assertId(args.id);
    const note = args.note?.trim() || null;
    if (args.status === ConcernStatus.CLOSED && !note) throw badInput('Give the outcome: the person who raised it is told.', 'note');
    return inTransaction(ctx, async (tx) => {
      const current = await ConcernRepository.lockById(tx.db, id);
      if (!current) throw notFound('That concern');
      await this.assertHandles(tx, current);
      if (!MOVES[current.status].includes(args.status)) {
        throw new AppError('CONFLICT', `A concern that is ${current.status.toLowerCase()} cannot become ${args.status.toLowerCase()}.`, {
          from: current.status,
          to: args.status,
          allowed: MOVES[current.status],
        });
      }
      return ConcernRepository.move(tx.db, current, args.status, tx.viewer!.id, note);
    });
  }

  async list(ctx: RequestContext, args: ConcernsArgs): Promise<ConcernConnection> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, 'CONCERNS', 2) as [string, string] | null;
    const viewer = ctx.viewer!;
    const status = args.status ?? null;
    const found =
      viewer.role === 'ADMIN' ? await ConcernRepository.findPageAll(ctx.db, status, size, cursor)
      : viewer.role === 'COMMISSIONER' && viewer.localAuthorityCode ? await ConcernRepository.findPageInArea(ctx.db, viewer.localAuthorityCode, status, size, cursor)
      : await ConcernRepository.findPageRaisedBy(ctx.db, viewer.id, status, size, cursor);
    return Object.assign(new ConcernConnection(), toPage(found, size, (c) => encodeCursor('CONCERNS', c.sortKey)));
  }

  /** One concern, for those who handle it and whoever raised it; NOT_FOUND for anyone else (it says nothing exists). */
  async byId(ctx: RequestContext, rawId: string): Promise<Concern> {
    const concern = await ConcernRepository.findById(ctx.db, assertId(rawId));
    if (!concern) throw notFound('That concern');
    const handles = await this.handles(ctx, concern);
    if (!handles && concern.raisedById !== ctx.viewer!.id) throw notFound('That concern');
    return Object.assign(concern, { viewerHandles: handles });
  }

  /** Its steps: handlers see who made each; the person who raised it sees what and when. */
  async stepsOf(ctx: RequestContext, concern: Concern): Promise<ConcernStep[]> {
    const steps = await ctx.loaders.concernStepsByConcernId.load(concern.id);
    if (!concern.viewerHandles) return steps.map((s) => ({ ...s, actorName: null }));
    const users = await Promise.all(steps.map((s) => (s.actorId ? ctx.loaders.userById.load(s.actorId) : null)));
    return steps.map((s, i) => ({ ...s, actorName: i === 0 ? 'The person who raised it' : (users[i]?.name ?? null) }));
  }

  /** Who raised it: handlers only. */
  async raiserOf(ctx: RequestContext, concern: Concern): Promise<ConcernRaiser | null> {
    if (!concern.viewerHandles) return null;
    const user = concern.raisedById ? await ctx.loaders.userById.load(concern.raisedById) : null;
    return Object.assign(new ConcernRaiser(), { name: user?.name ?? null, email: user?.email ?? null, contact: concern.contactValue });
  }

  private async handles(ctx: RequestContext, concern: Concern): Promise<boolean> {
    const v = ctx.viewer!;
    if (v.role === 'ADMIN') return true;
    return v.role === 'COMMISSIONER' && !!v.localAuthorityCode && (await ConcernRepository.isInArea(ctx.db, concern.id, v.localAuthorityCode));
  }

  private async assertHandles(ctx: RequestContext, concern: Concern): Promise<void> {
    if (await this.handles(ctx, concern)) return;
    throw forbidden('Only admins and the commissioners of the areas this provider serves can handle this concern.');
  }

  /** Signed out: a few an hour per client address; signed in: a generous day's worth per account. */
  private async throttle(ctx: RequestContext): Promise<void> {
    const key = ctx.viewer ? `concern:account:${ctx.viewer.id}` : `concern:client:${ctx.http?.clientKey ?? 'local'}`;
    const [limit, window] = ctx.viewer ? [PER_ACCOUNT_PER_DAY, 24 * 3600] : [SIGNED_OUT_PER_CLIENT_PER_HOUR, 3600];
    const [hits] = await inOneStatement(ctx, (db) => countHits(db, [key], window));
    if (hits.hits > limit) {
      throw new AppError('RATE_LIMITED', 'We have had several concerns from here recently. Please try again later, or call the council’s safeguarding team if someone is at risk now.', {
        retryAfterSeconds: hits.retryAfterSeconds,
      });
    }
  }
}
