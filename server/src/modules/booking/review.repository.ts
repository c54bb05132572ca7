import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { REVIEW_COLUMNS, toReview, type Review, type ReviewRow } from './review.entity';

export const ReviewRepository = {
  /** null when the booking already has a review (review_booking_key). */
  async insert(db: EntityManager, r: { bookingId: string; offeringId: string; providerId: string; personId: string; rating: number; comment: string | null }): Promise<Review | null> {
    const row = await one<ReviewRow>(
      db,
      `INSERT INTO review AS r (booking_id, offering_id, provider_id, person_id, rating, comment) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (booking_id) DO NOTHING RETURNING ${REVIEW_COLUMNS('r')}`,
      [r.bookingId, r.offeringId, r.providerId, r.personId, r.rating, r.comment],
    );
    return row ? toReview(row) : null;
  },

  /**
   * The rating columns of provider and offering are the reviews' roll-up and are written only here, in the review's
   * transaction. Provider before offering: the same order as a provider rename (which touches its offerings), so
   * the two never wait on each other in a cycle.
   */
  async rollUp(db: EntityManager, providerId: string, offeringId: string, rating: number): Promise<void> {
    await db.query(`UPDATE provider SET rating_count = rating_count + 1, rating_sum = rating_sum + $2 WHERE id = $1`, [providerId, rating]);
    await db.query(`UPDATE offering SET rating_count = rating_count + 1, rating_sum = rating_sum + $2 WHERE id = $1`, [offeringId, rating]);
  },

  // review_booking_key
  async findByBookingIds(db: EntityManager, bookingIds: readonly string[]): Promise<Review[]> {
    const found = await rows<ReviewRow>(db, `SELECT ${REVIEW_COLUMNS('r')} FROM review r WHERE r.booking_id = ANY($1::uuid[])`, [bookingIds]);
    return found.map(toReview);
  },
};
