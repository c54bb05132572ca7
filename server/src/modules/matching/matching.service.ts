import { pageSize } from '../../graphql/connection';
import { REMOTE_MODES, type DeliveryMode } from '../catalogue/catalogue.enums';
import type { RequestContext } from '../../graphql/request-context';
import { availableToday } from '../budget/budget.service';
import type { Taxonomy } from '../catalogue/taxonomy';
import type { PlaceDirectory } from '../place/place-directory';
import type { PlanService } from '../plan/plan.service';
import { Match, MatchReason } from './match.entity';
import { AVAILABILITY_WINDOW_DAYS, rank, type Candidate, type PlanProfile } from './match.scorer';
import { MatchingRepository } from './matching.repository';

// Owns: matches are shown only to those who may read the plan (its person or an admin; anyone else NOT_FOUND).
// Nothing out of reach, remote when remote does not suit the plan, already booked by the plan for a session to come,
// ineligible by age or costing more than the plan's available budget (so only free sessions without one) is ever returned: the
// one candidate query applies those constraints in SQL, and the pure scorer only ranks what it returns. A fixed
// number of SQL statements whatever `first` is: the plan, its goals, needs and budgets, and the candidates.
export const CANDIDATE_CAP = 300;

/** Remote support suits a plan that names no ways of getting support, or names online or phone among them. */
export function remoteSuits(modes: readonly DeliveryMode[]): boolean {
  return modes.length === 0 || modes.some((m) => REMOTE_MODES.includes(m));
}
export const DEFAULT_MATCHES = 10;

export class MatchingService {
  constructor(
    private readonly plans: PlanService,
    private readonly places: PlaceDirectory,
    private readonly taxonomy: Taxonomy,
  ) {}

  async matches(ctx: RequestContext, planId: string, first?: number | null): Promise<Match[]> {
    const size = pageSize(first, DEFAULT_MATCHES);
    const plan = await this.plans.readable(ctx, planId, 'planId');
    const [goals, needs, budgets] = await Promise.all([
      ctx.loaders.goalsByPlanId.load(plan.id),
      ctx.loaders.needsByPlanId.load(plan.id),
      ctx.loaders.budgetsByPlanId.load(plan.id),
    ]);
    const district = this.places.district(plan.outcode);
    const now = new Date();
    const profile: PlanProfile = {
      outcode: plan.outcode,
      needCategoryIds: new Set(needs),
      goals,
      languages: plan.preferences.languages,
      deliveryModes: plan.preferences.deliveryModes,
      maxTravelKm: plan.preferences.maxTravelKm,
      prefersPeerSupport: plan.preferences.prefersPeerSupport,
      accessibility: plan.preferences.accessibility,
      availablePence: availableToday(budgets, now.toISOString().slice(0, 10)),
    };
    const found = await MatchingRepository.findCandidates(ctx.db, {
      latitude: district.latitude,
      longitude: district.longitude,
      maxTravelKm: profile.maxTravelKm,
      needCategoryIds: [...new Set(needs)],
      goalLifeAreas: [...new Set(goals.map((g) => g.lifeArea))],
      age: plan.age,
      availablePence: profile.availablePence,
      planId: plan.id,
      remoteSuits: remoteSuits(profile.deliveryModes),
      now,
      windowEnd: new Date(now.getTime() + AVAILABILITY_WINDOW_DAYS * 86_400_000),
      limit: CANDIDATE_CAP,
    });
    const byId = new Map(found.map((r) => [r.offering.id, r]));
    for (const r of found) {
      // The candidate query already read these: Offering.nextAvailableSlot costs no further statement.
      ctx.loaders.offeringById.prime(r.offering.id, r.offering);
      ctx.loaders.nextSlotByOfferingId.prime(r.offering.id, r.nextSlot);
    }
    const candidates: Candidate[] = found.map((r) => ({
      offeringId: r.offering.id,
      categoryId: r.offering.categoryId,
      categoryName: this.taxonomy.byIdOrNull(r.offering.categoryId)?.name ?? 'This kind of support',
      lifeAreas: r.offering.lifeAreas,
      deliveryModes: r.offering.deliveryModes,
      languages: r.offering.languages,
      accessibility: r.offering.accessibility,
      pricePence: r.offering.pricePence,
      priceUnit: r.offering.priceUnit,
      sessionMinutes: r.offering.sessionMinutes,
      costPence: r.costPence,
      distanceKm: r.distanceKm,
      inPerson: r.inPerson,
      peerLed: r.peerLed,
      ratingCount: r.offering.ratingCount,
      ratingSum: r.offering.ratingSum,
      outcomePeople: r.outcomePeople,
      outcomeMeanChange: r.outcomeMeanChange,
      nextFreeAt: r.nextFreeAt,
      freeSlots: r.freeSlots,
    }));
    return rank(profile, candidates, now, size).map((s) =>
      Object.assign(new Match(), {
        offering: byId.get(s.offeringId)!.offering,
        score: s.score,
        sessionCostPence: byId.get(s.offeringId)!.costPence,
        reasons: s.reasons.map((r) => Object.assign(new MatchReason(), r)),
      }),
    );
  }
}
