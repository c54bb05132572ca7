import { Field, Float, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ContactInput } from '../contact/contact.inputs';
import { DeliveryMode, PriceUnit } from './catalogue.enums';
import { ProviderKind } from '../provider/provider.enums';
import { LifeArea } from './life-area';

import { DeliveryModeList, LANGUAGE_MESSAGE, LANGUAGE_TAG, LanguageCodes } from './catalogue.validators';

const MAX_PRICE_PENCE = 10_000_000;

@InputType()
export class OfferingInput {
  @Field(() => String)
  @MaxLength(60)
  categorySlug: string;

  @Field(() => String)
  @Length(3, 120, { message: 'The title must be 3 to 120 characters.' })
  @Matches(/\S/)
  title: string;

  @Field(() => String)
  @Length(1, 300, { message: 'The summary must be 1 to 300 characters.' })
  summary: string;

  @Field(() => String)
  @MaxLength(5000, { message: 'The description must be at most 5,000 characters.' })
  description: string;

  @Field(() => [LifeArea], { nullable: true, description: "Defaults to the category's life areas." })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(Object.values(LifeArea), { each: true })
  lifeAreas?: LifeArea[] | null;

  @Field(() => [DeliveryMode])
  @ArrayMinSize(1, { message: 'Choose at least one way the support is delivered.' })
  @DeliveryModeList()
  deliveryModes: DeliveryMode[];

  @Field(() => [String], { nullable: true, description: 'Language codes; defaults to ["en"].' })
  @IsOptional()
  @LanguageCodes()
  languages?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(80, { each: true })
  accessibility?: string[] | null;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'The price cannot be negative.' })
  @Max(MAX_PRICE_PENCE, { message: 'The price must be at most £100,000.' })
  pricePence: number;

  @Field(() => PriceUnit)
  @IsIn(Object.values(PriceUnit))
  priceUnit: PriceUnit;

  @Field(() => Int)
  @IsInt()
  @Min(5, { message: 'A session lasts at least 5 minutes.' })
  @Max(1440, { message: 'A session lasts at most 24 hours.' })
  sessionMinutes: number;

  @Field(() => String, { nullable: true, description: "Defaults to the provider's base." })
  @IsOptional()
  @MaxLength(10)
  baseOutcode?: string | null;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'The service radius cannot be negative.' })
  @Max(1000, { message: 'The service radius must be at most 1,000 km.' })
  serviceRadiusKm: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  maximumAge?: number | null;

  @Field(() => ContactInput, {
    nullable: true,
    description: "How to reach this offering (the provider's details show where it gives none) and its venue. Left out on an update: unchanged.",
  })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;
}

@InputType()
export class OfferingFilter {
  @Field(() => String, { nullable: true, description: 'Free text over title, summary, description, provider name and category.' })
  @IsOptional()
  @MaxLength(200, { message: 'Search words must be at most 200 characters.' })
  text?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @MaxLength(60, { each: true })
  categorySlugs?: string[] | null;

  @Field(() => [LifeArea], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  lifeAreas?: LifeArea[] | null;

  @Field(() => String, { nullable: true, description: 'Only offerings whose service area reaches this postcode district (or that are delivered remotely).' })
  @IsOptional()
  @MaxLength(10)
  nearOutcode?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'With nearOutcode: offerings that need travel must be based within this distance; remote ones (online, phone) still qualify.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1, { message: 'The distance must be at least 0.1 km.' })
  @Max(1000, { message: 'The distance must be at most 1,000 km.' })
  withinKm?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'The price cannot be negative.' })
  maxPricePence?: number | null;

  @Field(() => [DeliveryMode], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  deliveryModes?: DeliveryMode[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_TAG, { each: true, message: LANGUAGE_MESSAGE })
  languages?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  peerLed?: boolean | null;

  @Field(() => [ProviderKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  providerKinds?: ProviderKind[] | null;

  @Field(() => Date, { nullable: true, description: 'Only offerings with a free place in a slot starting in this window.' })
  @IsOptional()
  @IsDate()
  availableFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  availableTo?: Date | null;
}
