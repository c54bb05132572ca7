import { conflict, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { inTransaction } from '../../db/transaction';
import type { RequestContext } from '../../graphql/request-context';
import { BookingStatus } from './booking.entity';
import type { ReviewInput } from './booking.inputs';
import { BookingRepository } from './booking.repository';
import type { Review } from './review.entity';
import { ReviewRepository } from './review.repository';

// Owns: only the person of a COMPLETED booking reviews it, once; each review adds to its offering's and its
// provider's rating roll-ups in the same transaction, so the averages always equal the reviews.
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
      const review = await ReviewRepository.insert(tx.db, {
        bookingId: b.id,
        offeringId: b.offeringId,
        providerId: b.providerId,
        personId: viewer.id,
        rating: input.rating,
        comment: input.comment?.trim() || null,
      });
      if (!review) throw conflict('You have already reviewed this booking.');
      await ReviewRepository.rollUp(tx.db, b.providerId, b.offeringId, review.rating);
      return review;
    });
  }
}
