import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker';
import { validateArgs } from './validate-args';
import { leanFieldResolvers } from './lean-field-resolvers';
import type { ResolverContainer } from './resolver-container';
import { AccountResolver } from '../modules/account/account.resolver';
import { UserFieldResolver } from '../modules/account/user.field-resolver';
import { PlaceResolver } from '../modules/place/place.resolver';
import { CategoryResolver } from '../modules/catalogue/category.resolver';
import { OfferingResolver } from '../modules/catalogue/offering.resolver';
import { OfferingConnectionFieldResolver, OfferingFieldResolver, ProviderOfferingsFieldResolver, SlotFieldResolver } from '../modules/catalogue/offering.field-resolver';
import { ProviderResolver } from '../modules/provider/provider.resolver';
import { BookingResolver } from '../modules/booking/booking.resolver';
import { BookingFieldResolver, SupportPlanBookingsFieldResolver } from '../modules/booking/booking.field-resolver';
import { ReviewResolver } from '../modules/booking/review.resolver';
import { OfferingReviewsFieldResolver, ProviderReviewsFieldResolver, ReviewFieldResolver } from '../modules/booking/review.field-resolver';
import { MarketResolver, ProviderOutcomeFieldResolver } from '../modules/market/market.resolver';
import { PlanResolver } from '../modules/plan/plan.resolver';
import { PlanFieldResolver } from '../modules/plan/plan.field-resolver';
import { BudgetResolver } from '../modules/budget/budget.resolver';
import { BudgetFieldResolver, SupportPlanBudgetsFieldResolver, AreaPlanBudgetsFieldResolver } from '../modules/budget/budget.field-resolver';
import { AllocationResolver } from '../modules/allocation/allocation.resolver';
import { AllocationSchemeFieldResolver, IndicativeBudgetFieldResolver } from '../modules/allocation/allocation.field-resolver';
import { MatchingResolver } from '../modules/matching/matching.resolver';
import { OutcomeResolver } from '../modules/outcome/outcome.resolver';
import { GoalOutcomeFieldResolver, PlanOutcomeFieldResolver } from '../modules/outcome/outcome.field-resolver';
import { MessageResolver } from '../modules/message/message.resolver';
import { ConversationFieldResolver } from '../modules/message/conversation.field-resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { SupporterResolver } from '../modules/supporter/supporter.resolver';
import { SupporterFieldResolver, SupportPlanSupportersFieldResolver } from '../modules/supporter/supporter.field-resolver';
import { VerificationResolver } from '../modules/provider/verification.resolver';
import { ProviderVerificationsFieldResolver, VerificationFieldResolver } from '../modules/provider/verification.field-resolver';
import { ConcernResolver } from '../modules/safety/concern.resolver';
import { ConcernFieldResolver, ProviderSuspensionFieldResolver } from '../modules/safety/concern.field-resolver';

export const RESOLVERS = [
  AccountResolver,
  UserFieldResolver,
  PlaceResolver,
  CategoryResolver,
  ProviderResolver,
  ProviderOfferingsFieldResolver,
  OfferingResolver,
  OfferingFieldResolver,
  OfferingConnectionFieldResolver,
  SlotFieldResolver,
  BookingResolver,
  BookingFieldResolver,
  ReviewResolver,
  ReviewFieldResolver,
  OfferingReviewsFieldResolver,
  ProviderReviewsFieldResolver,
  SupportPlanBookingsFieldResolver,
  MarketResolver,
  ProviderOutcomeFieldResolver,
  PlanResolver,
  PlanFieldResolver,
  BudgetResolver,
  BudgetFieldResolver,
  SupportPlanBudgetsFieldResolver,
  AreaPlanBudgetsFieldResolver,
  AllocationResolver,
  AllocationSchemeFieldResolver,
  IndicativeBudgetFieldResolver,
  MatchingResolver,
  OutcomeResolver,
  GoalOutcomeFieldResolver,
  PlanOutcomeFieldResolver,
  MessageResolver,
  ConversationFieldResolver,
  NotificationResolver,
  SupporterResolver,
  SupporterFieldResolver,
  SupportPlanSupportersFieldResolver,
  VerificationResolver,
  ProviderVerificationsFieldResolver,
  VerificationFieldResolver,
  ConcernResolver,
  ConcernFieldResolver,
  ProviderSuspensionFieldResolver,
] as const;

/** The types of search results, matches and booking lists: their field resolvers are called once per row. */
export const HOT_LIST_TYPES = ['Offering', 'Provider', 'Slot', 'Category', 'Match', 'Booking'] as const;

/**
 * The app's schema, with resolvers built by `container` (see resolver-container.ts). Without one (emitting
 * schema.graphql) nothing can be resolved, only printed.
 */
export async function buildAppSchema(container?: ResolverContainer): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    container,
    authChecker,
    authMode: 'error',
    validate: true,
    validateFn: validateArgs,
    emitSchemaFile: false,
  });
  if (container) leanFieldResolvers(schema, HOT_LIST_TYPES, (cls) => container.get(cls));
  return schema;
}
