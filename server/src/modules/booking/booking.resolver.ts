import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import { askedFields } from '../../graphql/selection';
import type { RequestContext } from '../../graphql/request-context';
import { Booking, BookingConnection } from './booking.entity';
import { BookingChangeArgs, ProviderBookingsArgs, RequestBookingInput, ReviewInput } from './booking.inputs';
import { Review } from './review.entity';
import { BookingService } from './booking.service';
import { ReviewService } from './review.service';

@Resolver(() => Booking)
export class BookingResolver {
  constructor(private readonly bookingService: BookingService, private readonly reviewService: ReviewService) {}

  @Query(() => Booking, { nullable: true, description: 'A booking of the viewer (as its person or its provider); null otherwise.' })
  @Access('SIGNED_IN')
  booking(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Booking | null> {
    return this.bookingService.visibleById(ctx, id);
  }

  @Query(() => BookingConnection, { description: "Bookings for the signed-in provider account's offerings." })
  @Access('PROVIDER', 'ADMIN')
  providerBookings(@Args(() => ProviderBookingsArgs) args: ProviderBookingsArgs, @Ctx() ctx: RequestContext): Promise<BookingConnection> {
    return this.bookingService.providerBookings(ctx, args);
  }

  @Mutation(() => Booking, {
    description:
      "The plan's person, or a BOOK or MANAGE supporter for them (the history names who asked); the budget must be the plan's. " +
      'Holds the cost against the budget (a free session may be booked with no budget: nothing is held). Codes: BUDGET_EXCEEDED, SLOT_FULL, SLOT_IN_PAST, BOOKING_OVERLAP ' +
      '(and NOT_FOUND, FORBIDDEN, CONFLICT, BAD_USER_INPUT). Repeating a request with its idempotency key returns the first booking.',
  })
  @Access('PERSON')
  requestBooking(@Arg('input', () => RequestBookingInput) input: RequestBookingInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Booking> {
    return this.bookingService.request(ctx, input, askedFields(info));
  }

  @Mutation(() => Booking, { description: 'Provider. REQUESTED -> CONFIRMED, until the session ends.' })
  @Access('PROVIDER', 'ADMIN')
  confirmBooking(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Booking> {
    return this.bookingService.confirm(ctx, id);
  }

  @Mutation(() => Booking, { description: 'Provider. REQUESTED -> DECLINED; releases the held cost.' })
  @Access('PROVIDER', 'ADMIN')
  declineBooking(@Args(() => BookingChangeArgs) args: BookingChangeArgs, @Ctx() ctx: RequestContext): Promise<Booking> {
    return this.bookingService.decline(ctx, args.id, args.reason);
  }

  @Mutation(() => Booking, { description: 'Person or provider, before the slot starts. Releases the held cost.' })
  @Access('PERSON', 'PROVIDER', 'ADMIN')
  cancelBooking(@Args(() => BookingChangeArgs) args: BookingChangeArgs, @Ctx() ctx: RequestContext): Promise<Booking> {
    return this.bookingService.cancel(ctx, args.id, args.reason);
  }

  @Mutation(() => Booking, { description: 'Provider, after the slot started. CONFIRMED -> COMPLETED; the held cost becomes spend.' })
  @Access('PROVIDER', 'ADMIN')
  completeBooking(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Booking> {
    return this.bookingService.complete(ctx, id);
  }

  @Mutation(() => Booking, {
    description:
      'Provider, after the slot started. CONFIRMED -> NO_SHOW; charged in full (the held cost becomes spend), because the place ' +
      'was kept for the person. Cancelling before the start is always free.',
  })
  @Access('PROVIDER', 'ADMIN')
  markNoShow(@Args(() => BookingChangeArgs) args: BookingChangeArgs, @Ctx() ctx: RequestContext): Promise<Booking> {
    return this.bookingService.markNoShow(ctx, args.id, args.reason);
  }

  @Mutation(() => Review, { description: 'Only the person who had a COMPLETED booking, once per booking.' })
  @Access('PERSON')
  reviewBooking(@Arg('input', () => ReviewInput) input: ReviewInput, @Ctx() ctx: RequestContext): Promise<Review> {
    return this.reviewService.review(ctx, input);
  }
}
