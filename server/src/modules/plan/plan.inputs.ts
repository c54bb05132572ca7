import { Field, Float, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
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
import { DeliveryMode } from '../catalogue/catalogue.enums';
import { LifeArea } from '../catalogue/life-area';
import { DeliveryModeList, LanguageCodes } from '../catalogue/catalogue.validators';

export const MAX_GOALS = 10;
export const MAX_NEEDS = 18;

@InputType()
export class GoalInput {
  @Field(() => LifeArea)
  @IsIn(Object.values(LifeArea))
  lifeArea: LifeArea;

  @Field(() => String)
  @Length(1, 500, { message: 'Describe the goal in 1 to 500 characters.' })
  @Matches(/\S/, { message: 'Describe the goal.' })
  description: string;

  @Field(() => Int, { description: '1-10: how things are now, in your own view' })
  @IsInt()
  @Min(1, { message: 'Scores run from 1 to 10.' })
  @Max(10, { message: 'Scores run from 1 to 10.' })
  baselineScore: number;
}

@InputType({ description: 'Fields left out are unchanged. The baseline score is fixed once set, so change can be measured from it.' })
export class UpdateGoalInput {
  @Field(() => LifeArea, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(LifeArea))
  lifeArea?: LifeArea | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500, { message: 'Describe the goal in 1 to 500 characters.' })
  @Matches(/\S/, { message: 'Describe the goal.' })
  description?: string | null;
}

@InputType()
export class PreferencesInput {
  @Field(() => [String], { nullable: true, description: 'Language codes, e.g. en, cy, ur, pl, bfi' })
  @IsOptional()
  @LanguageCodes()
  languages?: string[] | null;

  @Field(() => [DeliveryMode], { nullable: true })
  @IsOptional()
  @DeliveryModeList()
  deliveryModes?: DeliveryMode[] | null;

  @Field(() => Float, { nullable: true, description: 'How far you will travel to in-person support, 0-200 km (default 10).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'The travel distance cannot be negative.' })
  @Max(200, { message: 'The travel distance must be at most 200 km.' })
  maxTravelKm?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  prefersPeerSupport?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Access needs, e.g. "step-free access", "hearing loop", "quiet space".' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(80, { each: true })
  accessibility?: string[] | null;
}

@InputType()
export class CreateSupportPlanInput {
  @Field(() => String, { description: 'Postcode district (or full postcode); the local authority follows from it.' })
  @MaxLength(10)
  outcode: string;

  @Field(() => [GoalInput])
  @ArrayMaxSize(MAX_GOALS, { message: `A plan can have up to ${MAX_GOALS} goals.` })
  @ValidateNested({ each: true })
  goals: GoalInput[];

  @Field(() => [String])
  @ArrayMaxSize(MAX_NEEDS)
  @ArrayUnique()
  @MaxLength(60, { each: true })
  needCategorySlugs: string[];

  @Field(() => PreferencesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  preferences?: PreferencesInput | null;

  @Field(() => Int, { nullable: true, description: 'Optional. Without it, offerings limited to particular ages are left out of matches.' })
  @IsOptional()
  @IsInt()
  @Min(16, { message: 'Plans are for people aged 16 or over.' })
  @Max(120)
  age?: number | null;
}

@InputType({ description: 'Fields left out are unchanged.' })
export class UpdateSupportPlanInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10)
  outcode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the kinds of support needed.' })
  @IsOptional()
  @ArrayMaxSize(MAX_NEEDS)
  @ArrayUnique()
  @MaxLength(60, { each: true })
  needCategorySlugs?: string[] | null;

  @Field(() => PreferencesInput, { nullable: true, description: 'Preference fields left out are unchanged.' })
  @IsOptional()
  @ValidateNested()
  preferences?: PreferencesInput | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(16, { message: 'Plans are for people aged 16 or over.' })
  @Max(120)
  age?: number | null;
}

export const MAX_SAFETY_CONTACTS = 5;

@InputType()
export class SafetyContactInput {
  @Field(() => String)
  @Length(1, 100, { message: 'Give each contact a name, in up to 100 characters.' })
  @Matches(/\S/, { message: 'Give each contact a name.' })
  name: string;

  @Field(() => String, { description: 'A UK phone number, e.g. 07700 900123.' })
  @Length(1, 30, { message: 'Give each contact a UK phone number, like 07700 900123.' })
  phone: string;
}

@InputType({ description: 'Replaces the whole section: what is left out or empty is cleared.' })
export class StayingSafeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, { message: 'Write up to 4,000 characters about the risks you choose to take.' })
  risksTaken?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, { message: 'Write up to 4,000 characters about what helps you stay safe.' })
  whatHelps?: string | null;

  @Field(() => [SafetyContactInput], { nullable: true, description: `Up to ${MAX_SAFETY_CONTACTS}.` })
  @IsOptional()
  @ArrayMaxSize(MAX_SAFETY_CONTACTS, { message: `Give up to ${MAX_SAFETY_CONTACTS} people to call.` })
  @ValidateNested({ each: true })
  contacts?: SafetyContactInput[] | null;
}
