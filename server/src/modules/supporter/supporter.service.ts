import { badInput, conflict, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { inTransaction } from '../../db/transaction';
import type { RequestContext } from '../../graphql/request-context';
import { normaliseEmail } from '../account/account.service';
import { planGrant, PlanLevel } from '../plan/plan-access';
import type { SupportPlan } from '../plan/plan.entity';
import type { PlanService } from '../plan/plan.service';
import { SupporterAccess, SupporterStatus, type PlanRead, type Supporter } from './supporter.entity';
import type { AppointAuthorisedPersonInput, InviteSupporterInput } from './supporter.inputs';
import { SupporterRepository } from './supporter.repository';

// Owns a person's circle of support: the person (or an admin) invites by email; only the signed-in person's account
// whose email is the invited one accepts; the person or the supporter themself revokes, for good, from the next
// request on (nothing about access outlives a request: plan-access.ts). A commissioner appoints an authorised person
// (Care Act s.32) for a plan in their own area, with the reason recorded; the appointee accepts like any invitee.
// Who may do what with a plan once accepted is plan-access.ts's; this service never grants more than the level given.
export const MAX_SUPPORTERS = 20;
export const AUTHORISED_PERSON = 'Authorised person (Care Act s.32)';
const READ_LOG_SIZE = 50;

export class SupporterService {
  constructor(private readonly plans: PlanService) {}

  async invite(ctx: RequestContext, input: InviteSupporterInput): Promise<Supporter> {
    const email = normaliseEmail(input.email);
    const relationship = input.relationship.trim();
    if (!relationship) throw badInput('Say how they know you, in up to 100 characters.', 'relationship');
    return inTransaction(ctx, async (tx) => {
      const plan = await this.plans.lockForChange(tx, input.planId, PlanLevel.OWNER);
      await this.assertNotThePerson(tx, plan, email);
      if (await SupporterRepository.findLive(tx.db, plan.id, email)) {
        throw conflict('This email is already invited or supporting this plan. Revoke it first to change the access.');
      }
      if ((await SupporterRepository.countLive(tx.db, plan.id)) >= MAX_SUPPORTERS) {
        throw conflict(`A plan can have up to ${MAX_SUPPORTERS} supporters. Revoke one you no longer need first.`);
      }
      const id = await SupporterRepository.insert(tx.db, { planId: plan.id, email, relationship, access: input.access, invitedBy: tx.viewer!.id, authorisedReason: null });
      return (await SupporterRepository.findById(tx.db, id))!;
    });
  }

  /**
   * A commissioner of the plan's area appoints an authorised person: MANAGE, with the reason recorded. An existing
   * live invitation or supporter with that email is raised to it; otherwise a new invitation, accepted as any other.
   */
  async appointAuthorisedPerson(ctx: RequestContext, input: AppointAuthorisedPersonInput): Promise<Supporter> {
    const email = normaliseEmail(input.email);
    const reason = input.reason.trim();
    return inTransaction(ctx, async (tx) => {
      const plan = await this.plans.lockForChange(
        tx,
        input.planId,
        (v, p) => v.role === 'COMMISSIONER' && v.localAuthorityCode !== null && v.localAuthorityCode === p.localAuthorityCode,
      );
      await this.assertNotThePerson(tx, plan, email);
      const live = await SupporterRepository.findLive(tx.db, plan.id, email);
      if (live) {
        await SupporterRepository.appoint(tx.db, live.id, AUTHORISED_PERSON, reason);
        return (await SupporterRepository.findById(tx.db, live.id))!;
      }
      const id = await SupporterRepository.insert(tx.db, {
        planId: plan.id,
        email,
        relationship: AUTHORISED_PERSON,
        access: SupporterAccess.MANAGE,
        invitedBy: tx.viewer!.id,
        authorisedReason: reason,
      });
      return (await SupporterRepository.findById(tx.db, id))!;
    });
  }

  /** Only by the signed-in person's account with the invited email; anyone else is told it does not exist. */
  async accept(ctx: RequestContext, rawId: string): Promise<Supporter> {
    const viewer = ctx.viewer!;
    return inTransaction(ctx, async (tx) => {
      const s = await SupporterRepository.lockById(tx.db, assertId(rawId));
      const me = await tx.loaders.userById.load(viewer.id);
      if (!s || !me || (s.email !== me.email && s.userId !== viewer.id)) throw notFound('That invitation');
      if (viewer.role !== 'PERSON') throw forbidden("Supporters use a personal account. Sign up with 'for myself or someone I help', then accept the invitation.");
      if (s.status === SupporterStatus.ACTIVE) return s;
      if (s.status === SupporterStatus.REVOKED) throw conflict('This invitation was withdrawn. Ask the person to invite you again.');
      if (s.personId === viewer.id) throw badInput('You cannot be your own supporter.', 'id');
      await SupporterRepository.accept(tx.db, s.id, viewer.id);
      return (await SupporterRepository.findById(tx.db, s.id))!;
    });
  }

  /** The plan's person, or the supporter themself; refusals are NOT_FOUND. Revoking twice is harmless. */
  async revoke(ctx: RequestContext, rawId: string): Promise<Supporter> {
    const viewer = ctx.viewer!;
    return inTransaction(ctx, async (tx) => {
      const s = await SupporterRepository.lockById(tx.db, assertId(rawId));
      const me = s && !s.userId ? await tx.loaders.userById.load(viewer.id) : null;
      const themself = !!s && (s.userId === viewer.id || (!!me && me.email === s.email));
      if (!s || !(s.personId === viewer.id || themself)) throw notFound('That supporter');
      if (s.status === SupporterStatus.REVOKED) return s;
      await SupporterRepository.revoke(tx.db, s.id, viewer.id);
      return (await SupporterRepository.findById(tx.db, s.id))!;
    });
  }

  /** Invitations to the viewer's email, and the people they support now. */
  async mine(ctx: RequestContext): Promise<Supporter[]> {
    const me = await ctx.loaders.userById.load(ctx.viewer!.id);
    return me ? SupporterRepository.findRolesOf(ctx.db, me.id, me.email) : [];
  }

  /** SupportPlan.supporters: the person and admins only (a supporter does not see the rest of the circle). */
  async ofPlan(ctx: RequestContext, plan: SupportPlan): Promise<Supporter[]> {
    await this.assertOwner(ctx, plan, 'Only the person and admins can see who is in their circle of support.');
    return ctx.loaders.supportersByPlanId.load(plan.id);
  }

  /** SupportPlan.readLog: the person and admins only. */
  async readLog(ctx: RequestContext, plan: SupportPlan): Promise<PlanRead[]> {
    await this.assertOwner(ctx, plan, 'Only the person and admins can see who has read the plan.');
    return SupporterRepository.findReads(ctx.db, plan.id, READ_LOG_SIZE);
  }

  /** A supporter who may read the plan is told FORBIDDEN (they know it exists); anyone else NOT_FOUND. */
  private async assertOwner(ctx: RequestContext, plan: SupportPlan, why: string): Promise<void> {
    const grant = await planGrant(ctx, plan);
    if (grant?.level === PlanLevel.OWNER) return;
    if (grant) throw forbidden(why);
    throw this.plans.denied(ctx, plan.id, true);
  }

  /** Supporter.plan: for those who may read it (an invitee who has not accepted may not). */
  planOf(ctx: RequestContext, s: Supporter): Promise<SupportPlan> {
    return this.plans.readable(ctx, s.planId, 'planId');
  }

  private async assertNotThePerson(tx: RequestContext, plan: SupportPlan, email: string): Promise<void> {
    const person = await tx.loaders.userById.load(plan.personId);
    if (person?.email === email) throw badInput('That is the email of the person whose plan this is. Invite someone else.', 'email');
  }
}
