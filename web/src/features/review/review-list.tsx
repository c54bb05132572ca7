import type { ReviewPageFieldsFragment } from '@/gql/graphql';
import { formatDateLong } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';
import { reportReviewAction } from './review-actions';

const DONE = { reported: 'Thank you. An admin will look at the review you reported.' };

/**
 * A page of reviews, newest first, with a link to older ones. Anyone signed in can report a review; who reported it
 * is never shown. `path` is the page the list is on (the offering or the provider).
 */
export function ReviewList(props: {
  page: ReviewPageFieldsFragment;
  path: string;
  signedIn: boolean;
  showOffering?: boolean;
  /** ?review=: 'reported', or the error code of the last report. */
  outcome?: string;
  older?: boolean;
}) {
  const page = props.page;
  const reviews = page.edges.map((e) => e.node);
  return (
    <section aria-labelledby="reviews" className="reviews">
      <h2 className="heading-m" id="reviews" tabIndex={-1}>
        {props.older ? 'Older reviews' : 'What people said'}
      </h2>
      <Notice done={props.outcome} error={props.outcome && props.outcome !== 'reported' ? props.outcome : undefined} messages={DONE} />
      {reviews.length === 0 ? (
        <p>{props.older ? 'There are no older reviews.' : 'No reviews yet.'}</p>
      ) : (
        <ul className="review-list">
          {reviews.map((r) => (
            <li key={r.id} className="review">
              <p className="review__rating">
                <strong>Rated {r.rating} out of 5</strong>
                {props.showOffering && <span className="secondary"> for {r.offeringTitle}</span>}
              </p>
              {r.comment && <blockquote className="review__text">{r.comment}</blockquote>}
              <p className="secondary">
                {r.authorName}, {formatDateLong(r.createdAt)}
              </p>
              {props.signedIn && (
                <details className="details">
                  <summary className="details__summary">
                    Report this review<span className="visually-hidden"> by {r.authorName}</span>
                  </summary>
                  <form action={reportReviewAction}>
                    <input type="hidden" name="reviewId" value={r.id} />
                    <input type="hidden" name="back" value={props.path} />
                    <div className="form-group">
                      <label className="label" htmlFor={`report-${r.id}`}>
                        What is wrong with it?
                      </label>
                      <div className="hint" id={`report-${r.id}-hint`}>
                        For example, it names someone, it is offensive, or it is not about this support. The provider is not told who reported it.
                      </div>
                      <textarea className="textarea" id={`report-${r.id}`} name="reason" rows={3} maxLength={1000} aria-describedby={`report-${r.id}-hint`} required />
                    </div>
                    <button className="button button--secondary" type="submit">
                      Report review
                    </button>
                  </form>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <p>
          <a href={`${props.path}?reviews=${encodeURIComponent(page.pageInfo.endCursor)}#reviews`}>Older reviews</a>
        </p>
      )}
      {props.older && (
        <p>
          <a href={`${props.path}#reviews`}>Newest reviews</a>
        </p>
      )}
    </section>
  );
}
