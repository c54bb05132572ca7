import { AppError, badInput, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import type { Log } from '../../common/logger';
import type { RequestContext, Viewer } from '../../graphql/request-context';
import { inTransaction } from '../../db/transaction';
import type { Taxonomy } from '../catalogue/taxonomy';
import type { PlaceDirectory } from '../place/place-directory';
import type { Goal, SupportPlan } from './plan.entity';
import { normaliseUkPhone } from '../contact/uk-phone';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/connection';
import { AreaPlanConnection, type AreaPlansArgs } from './area-plan.entity';
import { emptyStayingSafe, type StayingSafe } from './staying-safe.entity';
import { MAX_GOALS, type StayingSafeInput, type CreateSupportPlanInput, type GoalInput, type PreferencesInput, type UpdateGoalInput, type UpdateSupportPlanInput } from './plan.inputs';
import { PlanRepository, type PlanFields } from './plan.repository';
import { mayOnPlan, planGrant, PlanLevel } from './plan-access';

// Owns: a plan belongs to the person who made it; that person, admins, and the person's supporters at their level
// (plan-access.ts: VIEW reads, BOOK books, MANAGE changes) read or change it; any other caller gets NOT_FOUND whether
// or not the plan exists, and the attempt is logged. Reads by anyone but the person are recorded (SupportPlan.readLog). The plan's local authority always
// follows from its postcode district (a trigger in the database). A goal's baseline never changes once set.
export const DEFAULT_MAX_TRAVEL_KM = 10;

export class PlanService {
  constructor(
    private readonly places: PlaceDirectory,
    private readonly taxonomy: Taxonomy,
    private readonly log: Log,
  ) {}

  async create(ctx: RequestContext, input: CreateSupportPlanInput): Promise<SupportPlan> {
    const district = this.places.district(input.outcode, 'outcode');
    const needIds = this.needIds(input.needCategorySlugs);
    const prefs = input.preferences ?? {};
    const fields: PlanFields = {
      outcode: district.outcode,
      age: input.age ?? null,
      ...preferenceFields(prefs, null),
    };
    return inTransaction(ctx, async (tx) => {
      const plan = await PlanRepository.insert(tx.db, tx.viewer!.id, district.commissioningAuthorityCode, fields);
      await PlanRepository.replaceNeeds(tx.db, plan.id, needIds);
      await PlanRepository.insertGoals(tx.db, plan.id, input.goals.map(goalFields), 0);
      return plan;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateSupportPlanInput): Promise<SupportPlan> {
    const district = input.outcode ? this.places.district(input.outcode, 'outcode') : null;
    const needIds = input.needCategorySlugs ? this.needIds(input.needCategorySlugs) : null;
    return inTransaction(ctx, async (tx) => {
      const current = await this.lockForChange(tx, id);
      if (needIds) await PlanRepository.replaceNeeds(tx.db, current.id, needIds);
      return PlanRepository.update(tx.db, current.id, {
        outcode: district?.outcode ?? current.outcode,
        age: input.age === undefined ? current.age : input.age,
        ...preferenceFields(input.preferences ?? {}, current),
      });
    });
  }

  async addGoal(ctx: RequestContext, planId: string, input: GoalInput): Promise<Goal> {
    return inTransaction(ctx, async (tx) => {
      const plan = await this.lockForChange(tx, planId);
      const { count, nextPosition } = await PlanRepository.countGoals(tx.db, plan.id);
      if (count >= MAX_GOALS) throw badInput(`A plan can have up to ${MAX_GOALS} goals.`, 'planId');
      const [goal] = await PlanRepository.insertGoals(tx.db, plan.id, [goalFields(input)], nextPosition);
      return goal;
    });
  }

  async updateGoal(ctx: RequestContext, goalId: string, input: UpdateGoalInput): Promise<Goal> {
    return inTransaction(ctx, async (tx) => {
      const { goal } = await this.lockGoalForChange(tx, goalId);
      return PlanRepository.updateGoal(tx.db, goal.id, {
        lifeArea: input.lifeArea ?? goal.lifeArea,
        description: input.description?.trim() ?? goal.description,
      });
    });
  }

  /**
   * Replaces the plan's "staying safe" section. Whoever may change the plan may write it (lockForChange's check), and
   * it is read only through the plan, so it is exactly as private as the rest of the plan.
   */
  async setStayingSafe(ctx: RequestContext, planId: string, input: StayingSafeInput): Promise<StayingSafe> {
    const contacts = (input.contacts ?? []).map((c, i) => {
      const phone = normaliseUkPhone(c.phone);
      if (!phone) throw badInput(`Contact ${i + 1}: give a UK phone number, like 07700 900123.`, `contacts.${i}.phone`);
      return { name: c.name.trim(), phone };
    });
    const risksTaken = input.risksTaken?.trim() || null;
    const whatHelps = input.whatHelps?.trim() || null;
    return inTransaction(ctx, async (tx) => {
      const plan = await this.lockForChange(tx, planId);
      return PlanRepository.upsertStayingSafe(tx.db, plan.id, { risksTaken, whatHelps, contacts }, tx.viewer!.id);
    });
  }

  /** The plan's "staying safe" section (empty when nothing is written); the plan was checked readable already. */
  async stayingSafe(ctx: RequestContext, plan: SupportPlan): Promise<StayingSafe> {
    return (await ctx.loaders.stayingSafeByPlanId.load(plan.id)) ?? emptyStayingSafe(plan.id);
  }

  /**
   * Plans a commissioner may fund (those of their own area), or an admin any area's: only what AreaPlan shows, never
   * the plan itself. A commissioner asking for another area is refused rather than silently shown their own.
   */
  async areaPlans(ctx: RequestContext, args: AreaPlansArgs): Promise<AreaPlanConnection> {
    const viewer = ctx.viewer!;
    let code = args.localAuthorityCode ?? null;
    if (viewer.role === 'COMMISSIONER') {
      if (!viewer.localAuthorityCode) throw forbidden('Your account is not linked to a council.');
      if (code && code !== viewer.localAuthorityCode) throw forbidden('Commissioners see the plans of their own council only.');
      code = viewer.localAuthorityCode;
    }
    if (!code) throw badInput("Give the council's GSS code, like E08000003.", 'localAuthorityCode');
    const outcode = args.outcode ? this.places.district(args.outcode, 'outcode').outcode : null;
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 'area', 2) as [string, string] | null;
    const found = await PlanRepository.findAreaPage(ctx.db, { localAuthorityCode: code, outcode, reference: args.reference ?? null }, size + 1, after);
    return Object.assign(new AreaPlanConnection(), toPage(found, size, (p) => encodeCursor('area', [p.sortKey, p.id])));
  }

  async mine(ctx: RequestContext): Promise<SupportPlan[]> {
    const plans = await PlanRepository.findByPerson(ctx.db, ctx.viewer!.id);
    for (const p of plans) ctx.loaders.planById.prime(p.id, p);
    return plans;
  }

  /**
   * A plan the viewer holds at least `level` on (plan-access.ts); anything else is NOT_FOUND, logged. A granted read
   * by anyone but the person is recorded for SupportPlan.readLog.
   */
  async readable(ctx: RequestContext, id: string, field = 'id', level = PlanLevel.VIEW): Promise<SupportPlan> {
    const plan = await ctx.loaders.planById.load(assertId(id, field));
    if (!plan) throw this.denied(ctx, id, false);
    await this.check(ctx, plan, level);
    return plan;
  }

  /** Throws the logged NOT_FOUND unless the viewer holds at least `level` on the plan; records reads by others. */
  async check(ctx: RequestContext, plan: SupportPlan, level: PlanLevel, what = 'That plan'): Promise<void> {
    const grant = await planGrant(ctx, plan);
    if (!grant || grant.level < level) throw this.denied(ctx, plan.id, true, what);
    if (grant.as !== 'PERSON') await ctx.loaders.planReadRecorder.load(`${plan.id}:${ctx.viewer!.id}:${ctx.viewer!.role}`);
  }

  /** Whether the viewer holds at least `level` on the plan (no logging, no read recorded). */
  allows(ctx: RequestContext, plan: SupportPlan, level: PlanLevel): Promise<boolean> {
    return mayOnPlan(ctx, plan, level);
  }

  /**
   * Locks a plan for a change inside the caller's transaction. By default its person, an admin or a MANAGE
   * supporter may change it; `allowed` states another rule (who may fund which plan). Refusals are NOT_FOUND, logged.
   */
  async lockForChange(
    tx: RequestContext,
    id: string,
    allowed: PlanLevel | ((viewer: Viewer, plan: SupportPlan) => boolean) = PlanLevel.MANAGE,
    field = 'planId',
    what = 'That plan',
  ): Promise<SupportPlan> {
    const plan = await PlanRepository.lockById(tx.db, assertId(id, field));
    const ok = !!plan && !!tx.viewer && (typeof allowed === 'function' ? allowed(tx.viewer, plan) : await mayOnPlan(tx, plan, allowed));
    if (!ok) throw this.denied(tx, id, plan !== null, what);
    return plan!;
  }

  /** Locks a goal (so its scores are recorded one at a time) after checking that the viewer may manage its plan. */
  async lockGoalForChange(tx: RequestContext, goalId: string): Promise<{ goal: Goal; plan: SupportPlan }> {
    const goal = await PlanRepository.lockGoal(tx.db, assertId(goalId, 'goalId'));
    if (!goal) throw notFound('That goal');
    const [plan] = await PlanRepository.findByIds(tx.db, [goal.planId]);
    if (!(await mayOnPlan(tx, plan, PlanLevel.MANAGE))) throw this.denied(tx, plan.id, true, 'That goal');
    return { goal, plan };
  }

  /** Logs a refused plan access and returns the error to throw: the same NOT_FOUND whether or not the plan exists. */
  denied(ctx: RequestContext, planId: string, exists: boolean, what = 'That plan'): AppError {
    this.log.warn('plan.access_denied', { requestId: ctx.requestId, viewer: ctx.viewer?.id ?? null, role: ctx.viewer?.role ?? null, planId, exists });
    return notFound(what);
  }

  private needIds(slugs: string[]): string[] {
    return [...new Set(slugs.map((s) => this.taxonomy.slug(s, 'needCategorySlugs').id))];
  }
}

function goalFields(g: GoalInput) {
  return { lifeArea: g.lifeArea, description: g.description.trim(), baselineScore: g.baselineScore };
}

/** Preference fields from the input, falling back to the current plan's (or the defaults) for those left out. */
function preferenceFields(p: PreferencesInput, current: SupportPlan | null): Omit<PlanFields, 'outcode' | 'age'> {
  const was = current?.preferences;
  const unique = (list: string[]) => [...new Set(list)];
  return {
    languages: p.languages ? unique(p.languages.map((l) => l.trim().toLowerCase())) : (was?.languages ?? []),
    deliveryModes: p.deliveryModes ? unique(p.deliveryModes) as PlanFields['deliveryModes'] : (was?.deliveryModes ?? []),
    maxTravelKm: p.maxTravelKm ?? was?.maxTravelKm ?? DEFAULT_MAX_TRAVEL_KM,
    prefersPeerSupport: p.prefersPeerSupport ?? was?.prefersPeerSupport ?? false,
    accessibility: p.accessibility ? unique(p.accessibility.map((a) => a.trim()).filter(Boolean)) : (was?.accessibility ?? []),
  };
}
