import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../graphql/batch';
import type { Booking, BookingEvent } from './booking.entity';
import { BookingRepository } from './booking.repository';
import type { Review, ReviewReport } from './review.entity';
import { ReviewRepository, type ReviewAfter, type ReviewOwner } from './review.repository';

export function bookingLoaders(db: EntityManager) {
  const planPages = new Map<string, DataLoader<string, Booking[]>>();
  const reviewPages = new Map<string, DataLoader<string, Review[]>>();
  return {
    bookingById: new DataLoader<string, Booking | null>(async (ids) => byKey(ids, await BookingRepository.findByIds(db, ids), (b) => b.id)),
    eventsByBookingId: new DataLoader<string, BookingEvent[]>(async (ids) =>
      groupByKey(ids, await BookingRepository.findEventsByBookingIds(db, ids), (e) => e.bookingId),
    ),
    reviewByBookingId: new DataLoader<string, Review | null>(async (ids) => byKey(ids, await ReviewRepository.findByBookingIds(db, ids), (r) => r.bookingId)),
    openReportsByReviewId: new DataLoader<string, ReviewReport[]>(async (ids) =>
      groupByKey(ids, await ReviewRepository.findOpenReportsByReviewIds(db, ids), (r) => r.reviewId),
    ),
    /** One loader per list and page shape, so offerings (or providers) asking for the same page batch together. */
    reviewPageByOwnerId(owner: ReviewOwner, limit: number, after: ReviewAfter): DataLoader<string, Review[]> {
      const key = `${owner}/${limit}/${after?.join('/') ?? ''}`;
      let loader = reviewPages.get(key);
      if (!loader) {
        loader = new DataLoader<string, Review[]>(async (ids) =>
          groupByKey(ids, await ReviewRepository.findVisiblePages(db, owner, ids, limit, after), (r) => (owner === 'offering_id' ? r.offeringId : r.providerId)),
        );
        reviewPages.set(key, loader);
      }
      return loader;
    },
    /** One loader per page shape, so plans asking for the same page batch together ("first + 1" rows each). */
    bookingPageByPlanId(first: number, after: [string, string] | null): DataLoader<string, Booking[]> {
      const key = `${first}/${after?.join('/') ?? ''}`;
      let loader = planPages.get(key);
      if (!loader) {
        loader = new DataLoader<string, Booking[]>(async (ids) => groupByKey(ids, await BookingRepository.findPagesByPlans(db, ids, first, after), (b) => b.planId));
        planPages.set(key, loader);
      }
      return loader;
    },
  };
}
