import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { UUID } from '../../common/ids';
import { PageArgs } from '../../graphql/connection';
import { BookingStatus } from './booking.entity';

const ID_MESSAGE = (field: string) => ({ message: `"${field}" is not a valid id.` });

@InputType()
export class RequestBookingInput {
  @Field(() => ID)
  @Matches(UUID, ID_MESSAGE('slotId'))
  slotId: string;

  @Field(() => ID)
  @Matches(UUID, ID_MESSAGE('planId'))
  planId: string;

  @Field(() => ID, { nullable: true, description: 'Required unless the session is free (a free session holds and spends nothing).' })
  @IsOptional()
  @Matches(UUID, ID_MESSAGE('budgetId'))
  budgetId?: string | null;

  @Field(() => String, { description: 'Repeating a request with the same key returns the first booking and books nothing more.' })
  @Length(8, 100, { message: 'The idempotency key must be 8 to 100 characters.' })
  @Matches(/^[\x21-\x7e]+$/, { message: 'The idempotency key may use only visible ASCII characters (no spaces).' })
  idempotencyKey: string;

  @Field(() => [ID], { nullable: true, description: "Goals of the plan this booking works towards (at most 10)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(UUID, { each: true, message: 'Each of "goalIds" must be a valid id.' })
  goalIds?: string[] | null;
}

@InputType()
export class ReviewInput {
  @Field(() => ID)
  @Matches(UUID, ID_MESSAGE('bookingId'))
  bookingId: string;

  @Field(() => Int, { description: '1-5' })
  @IsInt()
  @Min(1, { message: 'The rating must be from 1 to 5.' })
  @Max(5, { message: 'The rating must be from 1 to 5.' })
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'The comment must be at most 2,000 characters.' })
  comment?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Show the reviewer\'s first name with the review; otherwise it says "A person who used it". Default: not named.',
  })
  @IsOptional()
  showName?: boolean | null;
}

@InputType()
export class ReportReviewInput {
  @Field(() => ID)
  @Matches(UUID, ID_MESSAGE('reviewId'))
  reviewId: string;

  @Field(() => String, { description: 'What is wrong with it, for the admins (up to 1,000 characters). Who reported it is never shown.' })
  @Length(1, 1000, { message: 'Say what is wrong with the review, in up to 1,000 characters.' })
  @Matches(/\S/, { message: 'Say what is wrong with the review.' })
  reason: string;
}

@InputType()
export class HideReviewInput {
  @Field(() => ID)
  @Matches(UUID, ID_MESSAGE('reviewId'))
  reviewId: string;

  @Field(() => String, { description: 'Why it is hidden (kept for admins and shown to its author, up to 500 characters).' })
  @Length(1, 500, { message: 'Say why the review is hidden, in up to 500 characters.' })
  @Matches(/\S/, { message: 'Say why the review is hidden.' })
  reason: string;
}

@ArgsType()
export class BookingChangeArgs {
  @Field(() => ID)
  @Matches(UUID, ID_MESSAGE('id'))
  id: string;

  @Field(() => String, { nullable: true, description: 'Shown to the other side and kept in the booking history.' })
  @IsOptional()
  @MaxLength(500, { message: 'The reason must be at most 500 characters.' })
  reason?: string | null;
}

@ArgsType()
export class ProviderBookingsArgs extends PageArgs {
  @Field(() => BookingStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(BookingStatus))
  status?: BookingStatus | null;

  @Field(() => ID, { nullable: true, description: "Only this organisation's bookings (one of the viewer's)." })
  @IsOptional()
  @Matches(UUID, ID_MESSAGE('providerId'))
  providerId?: string | null;
}
