import { conflict, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/connection';
import { inTransaction } from '../../db/transaction';
import type { RequestContext } from '../../graphql/request-context';
import { BookingStatus, type Booking } from './booking.entity';
import type { HideReviewInput, ReportReviewInput, ReviewInput } from './booking.inputs';
import { BookingRepository } from './booking.repository';
import { ReviewConnection, type Review, type ReviewReport } from './review.entity';
import { ReviewRepository, type ReviewAfter, type ReviewOwner } from './review.repository';

// Owns: only the person of a COMPLETED booking reviews it, once, named by first name only if they chose so; the
// offering's and provider's rating roll-ups always equal their visible reviews (a review adds to them, hiding takes
// it out and showing again puts it back, each in its own transaction under the review's row lock); a hidden review
// is seen only by its author and admins; anyone signed in reports a review once, and never learns who else did.
export class ReviewService {
  async review(ctx: RequestContext, input: ReviewInput): Promise<Review> {
    const viewer = ctx.viewer!;
    const bookingId = assertId(input.bookingId, 'bookingId');
    return inTransaction(ctx, async (tx) => {
      // The booking's row lock serialises two reviews of one booking; review_booking_key would refuse the second anyway.
      const locked = await BookingRepository.lockById(tx.db, bookingId);
      if (!locked || locked.booking.personId !== viewer.id) throw notFound('That booking');
      const b = locked.booking;
      if (b.status !== BookingStatus.COMPLETED) throw conflict('Only a completed booking can be reviewed.');
      const rating = input.rating;
      const id = await ReviewRepository.insert(tx.db, {
        bookingId: b.id,
        offeringId: b.offeringId,
        providerId: b.providerId,
        personId: viewer.id,
        rating,
        comment: input.comment?.trim() || null,
        named: input.showName === true,
      });
      if (!id) throw conflict('You have already reviewed this booking.');
      await ReviewRepository.rollUp(tx.db, b.providerId, b.offeringId, rating);
      return (await ReviewRepository.findById(tx.db, id))!;
    });
  }

  /** Visible reviews of an offering or a provider, newest first; one statement per page for any number of them. */
  async visiblePage(ctx: RequestContext, owner: ReviewOwner, ownerId: string, first?: number | null, after?: string | null): Promise<ReviewConnection> {
    const size = pageSize(first);
    const position = decodeCursor(after, 'new', 2) as ReviewAfter;
    const found = await ctx.loaders.reviewPageByOwnerId(owner, size + 1, position).load(ownerId);
    return page(found, size, 'new');
  }

  /** The review of a booking: a hidden one only for its author and admins. */
  async ofBooking(ctx: RequestContext, b: Booking): Promise<Review | null> {
    const review = await ctx.loaders.reviewByBookingId.load(b.id);
    return review && mayRead(ctx, review) ? review : null;
  }

  async report(ctx: RequestContext, input: ReportReviewInput): Promise<Review> {
    const viewer = ctx.viewer!;
    const reviewId = assertId(input.reviewId, 'reviewId');
    return inTransaction(ctx, async (tx) => {
      const review = await ReviewRepository.lockById(tx.db, reviewId);
      if (!review || !mayRead(tx, review)) throw notFound('That review');
      // A second report by the same person while the first is open changes nothing (a double click, a retry).
      const existing = await ReviewRepository.findReport(tx.db, review.id, viewer.id);
      if (existing?.open) return review;
      await ReviewRepository.insertReport(tx.db, review.id, viewer.id, input.reason.trim());
      return (await ReviewRepository.findById(tx.db, review.id))!;
    });
  }

  /** Admins: hides the review everywhere and takes it out of the ratings; its open reports are dealt with. */
  async hide(ctx: RequestContext, input: HideReviewInput): Promise<Review> {
    const reviewId = assertId(input.reviewId, 'reviewId');
    return inTransaction(ctx, async (tx) => {
      const review = await ReviewRepository.lockById(tx.db, reviewId);
      if (!review) throw notFound('That review');
      if (review.hiddenAt) throw conflict('That review is already hidden.');
      await ReviewRepository.setHidden(tx.db, review.id, { by: tx.viewer!.id, reason: input.reason.trim() });
      await ReviewRepository.resolveReports(tx.db, review.id);
      await ReviewRepository.rollUp(tx.db, review.providerId, review.offeringId, review.rating, -1);
      return (await ReviewRepository.findById(tx.db, review.id))!;
    });
  }

  /** Admins: shows a hidden review again and puts it back into the ratings. */
  async unhide(ctx: RequestContext, id: string): Promise<Review> {
    const reviewId = assertId(id, 'reviewId');
    return inTransaction(ctx, async (tx) => {
      const review = await ReviewRepository.lockById(tx.db, reviewId);
      if (!review) throw notFound('That review');
      if (!review.hiddenAt) throw conflict('That review is not hidden.');
      await ReviewRepository.setHidden(tx.db, review.id, null);
      await ReviewRepository.rollUp(tx.db, review.providerId, review.offeringId, review.rating, 1);
      return (await ReviewRepository.findById(tx.db, review.id))!;
    });
  }

  /** Admins: keeps a reported review as it is; its open reports are dealt with. */
  async keep(ctx: RequestContext, id: string): Promise<Review> {
    const reviewId = assertId(id, 'reviewId');
    return inTransaction(ctx, async (tx) => {
      const review = await ReviewRepository.lockById(tx.db, reviewId);
      if (!review) throw notFound('That review');
      await ReviewRepository.resolveReports(tx.db, review.id);
      return (await ReviewRepository.findById(tx.db, review.id))!;
    });
  }

  async reportedPage(ctx: RequestContext, first?: number | null, after?: string | null): Promise<ReviewConnection> {
    const size = pageSize(first);
    const found = await ReviewRepository.findReportedPage(ctx.db, size + 1, decodeCursor(after, 'reported', 2) as ReviewAfter);
    return page(found, size, 'reported');
  }

  async hiddenPage(ctx: RequestContext, first?: number | null, after?: string | null): Promise<ReviewConnection> {
    const size = pageSize(first);
    const found = await ReviewRepository.findHiddenPage(ctx.db, size + 1, decodeCursor(after, 'hidden', 2) as ReviewAfter);
    return page(found, size, 'hidden');
  }

  /** Why a review was hidden: its author and admins only. */
  hiddenReason(ctx: RequestContext, review: Review): string | null {
    return mayModerate(ctx) || ctx.viewer?.id === review.personId ? review.hiddenReason : null;
  }

  /** Open reports: admins only (others get an empty list; who reported is never shown). */
  async openReports(ctx: RequestContext, review: Review): Promise<ReviewReport[]> {
    return mayModerate(ctx) && review.openReports > 0 ? ctx.loaders.openReportsByReviewId.load(review.id) : [];
  }
}

const mayModerate = (ctx: RequestContext) => ctx.viewer?.role === 'ADMIN';

function mayRead(ctx: RequestContext, review: Review): boolean {
  return !review.hiddenAt || mayModerate(ctx) || ctx.viewer?.id === review.personId;
}

function page(found: Review[], size: number, sort: string): ReviewConnection {
  return Object.assign(new ReviewConnection(), toPage(found, size, (r) => encodeCursor(sort, [r.sortKey!, r.id])));
}
