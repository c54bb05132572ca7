import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsUrl, Length, Matches, MaxLength, ValidateBy } from 'class-validator';
import { normaliseUkPhone } from './uk-phone';

const NO_MARKUP = /^[^<>]*$/;

function IsUkPhone(): PropertyDecorator {
  return ValidateBy({
    name: 'isUkPhone',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && normaliseUkPhone(v) !== null,
      defaultMessage: () => 'The phone number must be a UK number, like 0161 496 0123 or 07700 900123.',
    },
  });
}

@InputType({ description: 'Contact details. When given on an update, they replace the old ones (fields left out are cleared).' })
export class ContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'The email address must look like name@example.org.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A UK phone number.' })
  @IsOptional()
  @IsUkPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Providers: the organisation's website (the same as its website field)." })
  @IsOptional()
  @MaxLength(300)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'The website must be a full address starting with https://' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Offerings delivered in person or as a group only: where sessions happen (never a home).' })
  @IsOptional()
  @Length(3, 300, { message: 'The venue address must be 3 to 300 characters.' })
  @Matches(NO_MARKUP, { message: 'The venue address cannot contain < or >.' })
  venueAddress?: string | null;

  @Field(() => String, { nullable: true, description: "The venue's postcode district, e.g. M14." })
  @IsOptional()
  @MaxLength(10)
  venueOutcode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Offerings: the same list as OfferingInput.accessibility (either sets it).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(80, { each: true })
  @Matches(NO_MARKUP, { each: true, message: 'Accessibility features cannot contain < or >.' })
  accessibility?: string[] | null;

  @Field(() => String, { nullable: true, description: "Opening or contact hours in plain words, e.g. 'Mondays 10am to 4pm'." })
  @IsOptional()
  @MaxLength(200, { message: 'The hours must be at most 200 characters.' })
  @Matches(NO_MARKUP, { message: 'The hours cannot contain < or >.' })
  hours?: string | null;
}
