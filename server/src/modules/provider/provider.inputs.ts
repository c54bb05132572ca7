import { Field, InputType } from 'type-graphql';
import { IsIn, IsOptional, IsUrl, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ProviderKind } from './provider.enums';
import { ContactInput } from '../contact/contact.inputs';

@InputType()
export class CreateProviderInput {
  @Field(() => String)
  @Length(2, 120, { message: 'The organisation name must be 2 to 120 characters.' })
  @Matches(/\S/)
  name: string;

  @Field(() => ProviderKind)
  @IsIn(Object.values(ProviderKind))
  kind: ProviderKind;

  @Field(() => String)
  @MaxLength(5000, { message: 'The description must be at most 5,000 characters.' })
  description: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'The website must be a full address starting with https://' })
  website?: string | null;

  @Field(() => String)
  @MaxLength(10)
  baseOutcode: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  peerLed?: boolean | null;

  @Field(() => ContactInput, { nullable: true, description: 'Email, phone, hours and accessibility; its website, when given, is the website.' })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;
}

@InputType({ description: 'Fields left out are unchanged.' })
export class UpdateProviderInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 120)
  @Matches(/\S/)
  name?: string | null;

  @Field(() => ProviderKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ProviderKind))
  kind?: ProviderKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'The website must be a full address starting with https://' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10)
  baseOutcode?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  peerLed?: boolean | null;

  @Field(() => ContactInput, { nullable: true, description: 'Email, phone, hours and accessibility; its website, when given, is the website.' })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;
}
