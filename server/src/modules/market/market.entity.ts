import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Category } from '../catalogue/category.entity';
import { ProviderKind } from '../provider/provider.enums';
import { Provider } from '../provider/provider.entity';
import { LocalAuthority } from '../place/place.entity';

export enum GapBand {
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
  VERY_HIGH = 'VERY_HIGH',
}
registerEnumType(GapBand, {
  name: 'GapBand',
  description: 'The gap index in words: LOW under 1 person in need per free weekly place, MODERATE 1 to 3, HIGH 3 to 10, VERY_HIGH 10 or more.',
});

@ObjectType()
export class MarketGap {
  categoryId: string;

  @Field(() => Category)
  category: Category;

  @Field(() => Int, { nullable: true, description: 'Active plans in the area that need this category (null when suppressed).' })
  demand: number | null;

  @Field(() => Int, { description: 'Published offerings of this category whose service area reaches the area.' })
  supply: number;

  @Field(() => Int, { description: 'Of supply: offerings delivered in person that reach the area (the rest are online or by phone).' })
  localSupply: number;

  @Field(() => Int, { description: 'Free places in the next four weeks in the offerings that reach the area.' })
  freePlaces: number;

  @Field(() => Int, { nullable: true, description: 'Searches in the area for this category that found nothing, plus reports of unmet need (null when suppressed).' })
  unmetSearches: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Higher means scarcer supply for the demand: (demand + unmet searches) per free place a week, from the published (rounded) figures. Null when they are suppressed.',
  })
  gapIndex: number | null;

  @Field(() => Boolean, { description: 'True when a person-derived count is under the disclosure threshold and was withheld.' })
  suppressed: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'The lowest the gap index can be, from the published figures and what a withheld count is known to be (1 to 7, or more than 7 when withheld to protect another row). Equals gapIndex when nothing is withheld.',
  })
  gapIndexLow: number | null;

  @Field(() => Float, { nullable: true, description: 'The highest it can be; null when a withheld count has no upper bound.' })
  gapIndexHigh: number | null;

  @Field(() => GapBand, {
    nullable: true,
    description: 'The band of the gap index, published whenever the whole range lies in one band, so a withheld count of 1 to 7 no longer hides the gap of a row with many people in need.',
  })
  gapBand: GapBand | null;

  @Field(() => Date, {
    description:
      'When these figures were computed (views are cached for up to a minute). Free places come from a national count shared by all areas and refreshed every minute: asOf is the time of that count when it is older.',
  })
  asOf: Date;
}

@ObjectType()
export class ProviderKindShare {
  @Field(() => ProviderKind)
  kind: ProviderKind;

  @Field(() => Int)
  providers: number;

  @Field(() => Float, { description: 'Share of spend (completed bookings) in the area, 0..1' })
  spendShare: number;
}

@ObjectType()
export class CategoryConcentration {
  categoryId: string;

  @Field(() => Category)
  category: Category;

  @Field(() => Int, { description: 'Providers with published offerings of this category reaching the area.' })
  providers: number;

  @Field(() => Float, { description: 'Herfindahl-Hirschman index of spend shares by provider within this category, 0..10000 (0 when there is no spend).' })
  hhi: number;

  @Field(() => Int)
  spentPence: number;
}

@ObjectType()
export class MarketDiversity {
  @Field(() => Int, { description: 'Providers with published offerings reaching the area.' })
  providerCount: number;

  @Field(() => Float, { description: 'Herfindahl-Hirschman index of spend shares by provider, 0..10000' })
  hhi: number;

  @Field(() => [ProviderKindShare])
  byKind: ProviderKindShare[];

  @Field(() => [CategoryConcentration])
  byCategory: CategoryConcentration[];

  @Field(() => Float, { description: 'Share of the providers reaching the area that are peer-led, 0..1' })
  peerLedProviderShare: number;

  @Field(() => Float, { description: 'Share of spend in the area that went to peer-led providers, 0..1' })
  peerLedSpendShare: number;

  @Field(() => Int, { description: 'Spend from council and NHS budgets (self-funded money is not counted) in the last 12 months.' })
  spentPence: number;

  @Field(() => Date)
  asOf: Date;
}

@ObjectType()
export class ProviderOutcome {
  providerId: string;

  @Field(() => Provider)
  provider: Provider;

  @Field(() => Int, { nullable: true })
  people: number | null;

  @Field(() => Float, { nullable: true })
  meanScoreChange: number | null;

  @Field(() => Int)
  spentPence: number;
}

@ObjectType()
export class CategoryOutcome {
  categoryId: string;

  @Field(() => Category)
  category: Category;

  @Field(() => Int, { nullable: true, description: 'People with a recorded outcome (null when suppressed)' })
  people: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean change in goal score from baseline (null when suppressed)' })
  meanScoreChange: number | null;

  @Field(() => Int)
  spentPence: number;

  @Field(() => Boolean)
  suppressed: boolean;

  @Field(() => [ProviderOutcome], { description: 'Providers with enough people to publish (the others are not listed).' })
  byProvider: ProviderOutcome[];

  @Field(() => Date)
  asOf: Date;
}

@ObjectType({ description: "One lower-tier district of a commissioning authority (a county's shire district, or a unitary itself)." })
export class DistrictMarket {
  @Field(() => LocalAuthority)
  localAuthority: LocalAuthority;

  @Field(() => [String], { description: 'Its postcode districts (outward codes).' })
  postcodeDistricts: string[];

  @Field(() => Int, { nullable: true, description: 'Active plans in the district with at least one need (null when withheld).' })
  demand: number | null;

  @Field(() => Int, { nullable: true, description: 'Searches in the last 90 days that found nothing, plus reports of unmet need (null when withheld).' })
  unmetSearches: number | null;

  @Field(() => Int, { description: 'Published in-person offerings whose service area reaches the district (online and phone offerings reach everywhere).' })
  localSupply: number;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType({ description: 'The lower quartile, median and upper quartile of a price across offerings, in pence.' })
export class PriceQuartiles {
  @Field(() => Int)
  lowerQuartilePence: number;

  @Field(() => Int)
  medianPence: number;

  @Field(() => Int)
  upperQuartilePence: number;
}

@ObjectType({ description: 'What a kind of support costs in the area and in Great Britain. Prices are public facts: no disclosure control.' })
export class CategoryPrices {
  categoryId: string;

  @Field(() => Category)
  category: Category;

  @Field(() => Int, { description: 'Published offerings reaching the area (in person or remote) that the figures are taken from.' })
  offerings: number;

  @Field(() => PriceQuartiles, { nullable: true, description: 'What one session costs (as a booking is charged): null when no offering reaches the area.' })
  session: PriceQuartiles | null;

  @Field(() => PriceQuartiles, { nullable: true, description: 'The session cost spread over the advertised session length, per hour.' })
  hourly: PriceQuartiles | null;

  @Field(() => Int)
  nationalOfferings: number;

  @Field(() => PriceQuartiles, { nullable: true })
  nationalSession: PriceQuartiles | null;

  @Field(() => PriceQuartiles, { nullable: true })
  nationalHourly: PriceQuartiles | null;

  @Field(() => Float, { nullable: true, description: 'The area median hourly cost over the national one (1.1 = 10% dearer); null when either is missing.' })
  hourlyVsNational: number | null;

  @Field(() => Date)
  asOf: Date;
}

@ObjectType({ description: 'One calendar month of an area, oldest first; the last month is the current one, so far. Person-derived counts pass the same disclosure control as the gap table.' })
export class MarketMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { nullable: true, description: 'Active plans with a need at the end of the month (null when withheld).' })
  demand: number | null;

  @Field(() => Int, { description: 'Published offerings reaching the area (in person or remote) by the end of the month.' })
  supply: number;

  @Field(() => Int, { description: 'Places left free in the sessions of the month (for the current month: free so far).' })
  freePlaces: number;

  @Field(() => Int, { nullable: true, description: 'Searches that found nothing and reports of unmet need in the month (null when withheld).' })
  unmetSearches: number | null;

  @Field(() => Int, { description: 'Spend from council and NHS budgets in the month.' })
  spentPence: number;

  @Field(() => Int, { nullable: true, description: 'People with a goal score recorded in the month (null when withheld).' })
  outcomePeople: number | null;

  @Field(() => Float, { nullable: true, description: "Their mean goal score change from baseline (null when withheld with the people)." })
  meanScoreChange: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType({ description: 'In-person offerings reaching an authority, counted by the postcode district they are based in (public facts).' })
export class OutcodeSupply {
  @Field(() => String)
  outcode: string;

  @Field(() => Int)
  offerings: number;
}
