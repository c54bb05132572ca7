import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { MODERATION_QUERY } from '@/features/review/review-operations';
import { hideReviewAction, keepReviewAction, unhideReviewAction } from '@/features/review/review-actions';
import { query } from '@/lib/apollo/server-client';
import { formatDateLong } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reported reviews – Console – Support Market' };

const DONE = { hidden: 'The review is hidden. It no longer shows anywhere or counts in ratings.', shown: 'The review shows again and counts in ratings.', kept: 'The review stays as it is. Its reports are closed.' };

export default async function ReviewsConsolePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/admin/reviews', ['ADMIN']);
  const sp = await searchParams;
  const { data } = await query({ query: MODERATION_QUERY, variables: { reportedAfter: sp.reported ?? null, hiddenAfter: sp.hidden ?? null } });
  const reported = data?.reportedReviews.edges.map((e) => e.node) ?? [];
  const hidden = data?.hiddenReviews.edges.map((e) => e.node) ?? [];
  return (
    <>
      <a className="back-link" href="/admin">
        Back to the console
      </a>
      <h1 className="heading-xl">Reported reviews</h1>
      <div id="reviews" tabIndex={-1}>
        <Notice done={sp.done} error={sp.error} messages={DONE} />
      </div>
      <h2 className="heading-l">Waiting for a decision</h2>
      {reported.length === 0 ? (
        <p>No reviews are waiting.</p>
      ) : (
        <ul className="review-list">
          {reported.map((r) => (
            <li key={r.id} className="review">
              <p className="review__rating">
                <strong>Rated {r.rating} out of 5</strong> <span className="secondary">for {r.offeringTitle}</span>
              </p>
              {r.comment && <blockquote className="review__text">{r.comment}</blockquote>}
              <p className="secondary">
                {r.authorName}, {formatDateLong(r.createdAt)}
              </p>
              <h3 className="heading-s">Why people reported it</h3>
              <ul className="list">
                {r.reports.map((rep, i) => (
                  <li key={i}>
                    {rep.reason} <span className="secondary">({formatDateLong(rep.reportedAt)})</span>
                  </li>
                ))}
              </ul>
              <form action={hideReviewAction}>
                <input type="hidden" name="reviewId" value={r.id} />
                <div className="form-group">
                  <label className="label" htmlFor={`hide-${r.id}`}>
                    Why hide it? <span className="visually-hidden">(review of {r.offeringTitle} by {r.authorName})</span>
                  </label>
                  <p className="hint" id={`hide-${r.id}-hint`}>
                    The person who wrote it is told this reason.
                  </p>
                  <input className="input" id={`hide-${r.id}`} name="reason" maxLength={500} required aria-describedby={`hide-${r.id}-hint`} />
                </div>
                <button className="button button--warning" type="submit">
                  Hide review
                </button>
              </form>
              <form action={keepReviewAction}>
                <input type="hidden" name="reviewId" value={r.id} />
                <button className="button button--secondary" type="submit">
                  Keep review<span className="visually-hidden"> of {r.offeringTitle} by {r.authorName}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {data?.reportedReviews.pageInfo.hasNextPage && (
        <p>
          <a href={`/admin/reviews?reported=${encodeURIComponent(data.reportedReviews.pageInfo.endCursor!)}`}>More reported reviews</a>
        </p>
      )}
      <h2 className="heading-l">Hidden reviews</h2>
      {hidden.length === 0 ? (
        <p>No reviews are hidden.</p>
      ) : (
        <ul className="review-list">
          {hidden.map((r) => (
            <li key={r.id} className="review">
              <p className="review__rating">
                <strong>Rated {r.rating} out of 5</strong> <span className="secondary">for {r.offeringTitle}</span>
              </p>
              {r.comment && <blockquote className="review__text">{r.comment}</blockquote>}
              <p className="secondary">
                Hidden on {formatDateLong(r.hiddenAt!)}: {r.hiddenReason}
              </p>
              <form action={unhideReviewAction}>
                <input type="hidden" name="reviewId" value={r.id} />
                <button className="button button--secondary" type="submit">
                  Show again<span className="visually-hidden">: review of {r.offeringTitle} by {r.authorName}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {data?.hiddenReviews.pageInfo.hasNextPage && (
        <p>
          <a href={`/admin/reviews?hidden=${encodeURIComponent(data.hiddenReviews.pageInfo.endCursor!)}`}>More hidden reviews</a>
        </p>
      )}
    </>
  );
}
