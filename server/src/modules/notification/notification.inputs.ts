import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, MaxLength } from 'class-validator';

@InputType()
export class NotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  email?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  reminders?: boolean | null;
}

@ArgsType()
export class NotificationsArgs {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  unreadOnly?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  ids?: string[] | null;
}
