import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { REVIEW_SELECT, toReview, type Review, type ReviewReport, type ReviewRow } from './review.entity';

/** A keyset position in a review list: the sort key as PostgreSQL wrote it, then the id. */
export type ReviewAfter = [string, string] | null;

/** The public lists: one offering's or one provider's visible reviews (the partial indexes skip hidden ones). */
export type ReviewOwner = 'offering_id' | 'provider_id';

export const ReviewRepository = {
  /** null when the booking already has a review (review_booking_key). */
  async insert(db: EntityManager, r: { bookingId: string; offeringId: string; providerId: string; personId: string; rating: number; comment: string | null; named: boolean }): Promise<string | null> {
    const row = await one<{ id: string }>(
      db,
      `INSERT INTO review AS r (booking_id, offering_id, provider_id, person_id, rating, comment, named) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (booking_id) DO NOTHING RETURNING r.id`,
      [r.bookingId, r.offeringId, r.providerId, r.personId, r.rating, r.comment, r.named],
    );
    return row?.id ?? null;
  },

  /**
   * The rating columns of provider and offering are the visible reviews' roll-up and are written only here, in the
   * transaction that adds, hides or shows again a review (`sign` 1 or -1). Provider before offering: the same order
   * as a provider rename (which touches its offerings), so the two never wait on each other in a cycle.
   */
  async rollUp(db: EntityManager, providerId: string, offeringId: string, rating: number, sign: 1 | -1 = 1): Promise<void> {
    await db.query(`UPDATE provider SET rating_count = rating_count + $3, rating_sum = rating_sum + $2 * $3 WHERE id = $1`, [providerId, rating, sign]);
    await db.query(`UPDATE offering SET rating_count = rating_count + $3, rating_sum = rating_sum + $2 * $3 WHERE id = $1`, [offeringId, rating, sign]);
  },

  // review_booking_key
  async findByBookingIds(db: EntityManager, bookingIds: readonly string[]): Promise<Review[]> {
    const found = await rows<ReviewRow>(db, `${REVIEW_SELECT} WHERE r.booking_id = ANY($1::uuid[])`, [bookingIds]);
    return found.map(toReview);
  },

  async findById(db: EntityManager, id: string): Promise<Review | null> {
    const row = await one<ReviewRow>(db, `${REVIEW_SELECT} WHERE r.id = $1`, [id]);
    return row ? toReview(row) : null;
  },

  /** Row lock: reports, hiding and showing again of one review happen one at a time. */
  async lockById(db: EntityManager, id: string): Promise<Review | null> {
    const row = await one<ReviewRow>(db, `${REVIEW_SELECT} WHERE r.id = $1 FOR UPDATE OF r`, [id]);
    return row ? toReview(row) : null;
  },

  /**
   * `limit` visible reviews of each owner after the position, newest first, for any number of owners in one
   * statement (review_offering_visible_idx / review_provider_visible_idx, one index range per owner).
   */
  async findVisiblePages(db: EntityManager, owner: ReviewOwner, ownerIds: readonly string[], limit: number, after: ReviewAfter): Promise<Review[]> {
    const found = await rows<ReviewRow>(
      db,
      `SELECT p.* FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (
         ${REVIEW_SELECT.replace('SELECT ', 'SELECT r.created_at::text AS sort_key, ')}
         WHERE r.${owner} = k.id AND r.hidden_at IS NULL
           AND ($2::timestamptz IS NULL OR (r.created_at, r.id) < ($2::timestamptz, $3::uuid))
         ORDER BY r.created_at DESC, r.id DESC LIMIT $4
       ) p`,
      [ownerIds, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return found.map(toReview);
  },

  /** Reviews with reports not yet dealt with, most recently reported first (review_reported_idx). */
  async findReportedPage(db: EntityManager, limit: number, after: ReviewAfter): Promise<Review[]> {
    const found = await rows<ReviewRow>(
      db,
      `${REVIEW_SELECT.replace('SELECT ', 'SELECT r.last_reported_at::text AS sort_key, ')}
       WHERE r.open_reports > 0 AND ($1::timestamptz IS NULL OR (r.last_reported_at, r.id) < ($1::timestamptz, $2::uuid))
       ORDER BY r.last_reported_at DESC, r.id DESC LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return found.map(toReview);
  },

  /** Hidden reviews, most recently hidden first (review_hidden_idx). */
  async findHiddenPage(db: EntityManager, limit: number, after: ReviewAfter): Promise<Review[]> {
    const found = await rows<ReviewRow>(
      db,
      `${REVIEW_SELECT.replace('SELECT ', 'SELECT r.hidden_at::text AS sort_key, ')}
       WHERE r.hidden_at IS NOT NULL AND ($1::timestamptz IS NULL OR (r.hidden_at, r.id) < ($1::timestamptz, $2::uuid))
       ORDER BY r.hidden_at DESC, r.id DESC LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return found.map(toReview);
  },

  /** The reporter's report of the review, if any (review_report_once_key). */
  async findReport(db: EntityManager, reviewId: string, reporterId: string): Promise<{ open: boolean } | null> {
    const row = await one<{ open: boolean }>(db, `SELECT resolved_at IS NULL AS open FROM review_report WHERE review_id = $1 AND reporter_id = $2`, [reviewId, reporterId]);
    return row;
  },

  /** A new open report (or a report again after an admin kept the review); the review counts it. */
  async insertReport(db: EntityManager, reviewId: string, reporterId: string, reason: string): Promise<void> {
    await db.query(
      `INSERT INTO review_report (review_id, reporter_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (review_id, reporter_id) DO UPDATE SET reason = EXCLUDED.reason, created_at = now(), resolved_at = NULL`,
      [reviewId, reporterId, reason],
    );
    await db.query(`UPDATE review SET open_reports = open_reports + 1, last_reported_at = now() WHERE id = $1`, [reviewId]);
  },

  /** An admin dealt with the review: its reports are closed. */
  async resolveReports(db: EntityManager, reviewId: string): Promise<void> {
    await db.query(`UPDATE review_report SET resolved_at = now() WHERE review_id = $1 AND resolved_at IS NULL`, [reviewId]);
    await db.query(`UPDATE review SET open_reports = 0 WHERE id = $1`, [reviewId]);
  },

  async setHidden(db: EntityManager, reviewId: string, hidden: { by: string; reason: string } | null): Promise<void> {
    await db.query(
      `UPDATE review SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, hidden_reason = $2, hidden_by = $3 WHERE id = $1`,
      [reviewId, hidden?.reason ?? null, hidden?.by ?? null],
    );
  },

  // review_report_once_key (review_id first)
  async findOpenReportsByReviewIds(db: EntityManager, reviewIds: readonly string[]): Promise<(ReviewReport & { reviewId: string })[]> {
    return rows<ReviewReport & { reviewId: string }>(
      db,
      `SELECT review_id AS "reviewId", reason, created_at AS "reportedAt" FROM review_report
       WHERE review_id = ANY($1::uuid[]) AND resolved_at IS NULL ORDER BY review_id, created_at DESC`,
      [reviewIds],
    );
  },
};
