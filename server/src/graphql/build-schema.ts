import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker';
import { leanFieldResolvers } from './lean-field-resolvers';
import { AccountResolver } from '../modules/account/account.resolver';
import { UserFieldResolver } from '../modules/account/user.field-resolver';
import { PlaceResolver } from '../modules/place/place.resolver';
import { CategoryResolver } from '../modules/catalogue/category.resolver';
import { OfferingResolver } from '../modules/catalogue/offering.resolver';
import { OfferingConnectionFieldResolver, OfferingFieldResolver, SlotFieldResolver } from '../modules/catalogue/offering.field-resolver';
import { ProviderResolver } from '../modules/provider/provider.resolver';
import { ProviderFieldResolver } from '../modules/provider/provider.field-resolver';
import { BookingResolver } from '../modules/booking/booking.resolver';
import { BookingFieldResolver, SupportPlanBookingsFieldResolver } from '../modules/booking/booking.field-resolver';
import { MarketResolver, ProviderOutcomeFieldResolver } from '../modules/market/market.resolver';
import { PlanResolver } from '../modules/plan/plan.resolver';
import { PlanFieldResolver } from '../modules/plan/plan.field-resolver';
import { BudgetResolver } from '../modules/budget/budget.resolver';
import { BudgetFieldResolver } from '../modules/budget/budget.field-resolver';
import { AllocationResolver } from '../modules/allocation/allocation.resolver';
import { AllocationSchemeFieldResolver, IndicativeBudgetFieldResolver } from '../modules/allocation/allocation.field-resolver';
import { MatchingResolver } from '../modules/matching/matching.resolver';
import { OutcomeResolver } from '../modules/outcome/outcome.resolver';
import { GoalOutcomeFieldResolver, PlanOutcomeFieldResolver } from '../modules/outcome/outcome.field-resolver';
import { MessageResolver } from '../modules/message/message.resolver';
import { ConversationFieldResolver } from '../modules/message/conversation.field-resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';

export const RESOLVERS = [
  AccountResolver,
  UserFieldResolver,
  PlaceResolver,
  CategoryResolver,
  ProviderResolver,
  ProviderFieldResolver,
  OfferingResolver,
  OfferingFieldResolver,
  OfferingConnectionFieldResolver,
  SlotFieldResolver,
  BookingResolver,
  BookingFieldResolver,
  SupportPlanBookingsFieldResolver,
  MarketResolver,
  ProviderOutcomeFieldResolver,
  PlanResolver,
  PlanFieldResolver,
  BudgetResolver,
  BudgetFieldResolver,
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
] as const;

/** The types of search results, matches and booking lists: their field resolvers are called once per row. */
export const HOT_LIST_TYPES = ['Offering', 'Provider', 'Slot', 'Category', 'Match', 'Booking'] as const;

let cached: Promise<GraphQLSchema> | null = null;

/** The schema is immutable once built, so one build serves the whole process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: true,
    emitSchemaFile: false,
  }).then((schema) => {
    leanFieldResolvers(schema, HOT_LIST_TYPES);
    return schema;
  });
  return cached;
}
