import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { Budget } from '../budget/budget.entity';
import { Offering } from '../catalogue/offering.entity';
import { Slot } from '../catalogue/slot.entity';
import { SupportPlan } from '../plan/plan.entity';
import { Booking, BookingConnection, BookingEvent } from './booking.entity';
import { Review } from './review.entity';
import { BookingService } from './booking.service';
import { ReviewService } from './review.service';

// One line each, through a loader (or the service, where the viewer decides what may be seen): no field here
// queries the database directly.
@Resolver(() => Booking)
export class BookingFieldResolver {
  constructor(private readonly bookingService: BookingService, private readonly reviewService: ReviewService) {}

  @FieldResolver(() => Offering)
  async offering(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<Offering> {
    return (await ctx.loaders.offeringById.load(b.offeringId))!;
  }

  @FieldResolver(() => Slot)
  async slot(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<Slot> {
    return (await ctx.loaders.slotById.load(b.slotId))!;
  }

  @FieldResolver(() => SupportPlan, { description: "The person, their supporters and admins only (FORBIDDEN for the provider)." })
  plan(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return this.bookingService.planOf(ctx, b);
  }

  @FieldResolver(() => Budget, {
    description:
      'The person, their supporters and admins only (FORBIDDEN for the provider). A free session booked without a budget has none: NOT_FOUND ' +
      '(and requestBooking without a budgetId refuses to answer it). Prefer paidFrom, which is null then.',
  })
  budget(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<Budget> {
    return this.bookingService.budgetOf(ctx, b);
  }

  @FieldResolver(() => Budget, { nullable: true, description: 'The budget the booking is paid from; null for a free session booked without one. The person and admins only.' })
  paidFrom(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<Budget | null> {
    return this.bookingService.paidFromOf(ctx, b);
  }

  @FieldResolver(() => String, { description: 'The name of the person who booked, for the provider who delivers the session.' })
  personName(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<string> {
    return this.bookingService.personNameOf(ctx, b);
  }

  @FieldResolver(() => String, { description: 'Who asked for the booking: the person\'s name, or "Jo (for Sam)" when a supporter booked for them.' })
  requestedBy(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<string> {
    return this.bookingService.requestedByOf(ctx, b);
  }

  @FieldResolver(() => [BookingEvent], { description: 'Every status change, oldest first, with who made it and when.' })
  history(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<BookingEvent[]> {
    return ctx.loaders.eventsByBookingId.load(b.id);
  }

  @FieldResolver(() => Review, { nullable: true, description: "The person's review, once the booking is completed and reviewed (a hidden one: its author and admins only)." })
  review(@Root() b: Booking, @Ctx() ctx: RequestContext): Promise<Review | null> {
    return this.reviewService.ofBooking(ctx, b);
  }
}

@Resolver(() => SupportPlan)
export class SupportPlanBookingsFieldResolver {
  constructor(private readonly bookingService: BookingService) {}

  @FieldResolver(() => BookingConnection, { description: "Newest first. For the plan's person, their supporters and admins." })
  bookings(@Root() plan: SupportPlan, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<BookingConnection> {
    return this.bookingService.planBookings(ctx, plan, args.first, args.after);
  }
}
