import { Field, InputType } from 'type-graphql';
import { IsEmail, IsIn, Length, Matches, MaxLength } from 'class-validator';
import { AccountType } from './role';

// OWASP: at least 10 characters here (longer than the 8 minimum), long passphrases allowed, no composition rules.
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;

@InputType()
export class SignUpInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter a real email address, like name@example.com.' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  password: string;

  @Field(() => String)
  @Length(1, 120, { message: 'Enter your name (up to 120 characters).' })
  @Matches(/\S/, { message: 'Enter your name.' })
  name: string;

  @Field(() => AccountType)
  @IsIn(Object.values(AccountType))
  accountType: AccountType;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@InputType()
export class CreateCommissionerInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter a real email address, like name@example.com.' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  password: string;

  @Field(() => String)
  @Length(1, 120)
  @Matches(/\S/, { message: 'Enter a name.' })
  name: string;

  @Field(() => String)
  @Matches(/^[EWS]\d{8}$/, { message: 'Give a local authority GSS code, like E08000003.' })
  localAuthorityCode: string;
}
