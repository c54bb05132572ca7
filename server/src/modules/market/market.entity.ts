import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Category } from '../catalogue/category.entity';
import { ProviderKind } from '../catalogue/catalogue.enums';
import { Provider } from '../provider/provider.entity';
import { LocalAuthority } from '../place/place.entity';

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
