import { graphql } from '@/gql';
import type { PersonBookingFragment } from '@/gql/graphql';
import { BOOKING_STATUS, formatDateTime, formatPence } from '@/lib/format';
import { cancelBookingAction, reviewBookingAction } from './booking-actions';
import { bookingReference } from './booking-calendar';

export const PERSON_BOOKING_FRAGMENT = graphql(`
  fragment PersonBooking on Booking {
    id
    status
    startsAt
    endsAt
    totalPence
    requestedBy
    offering {
      id
      title
      provider {
        id
        name
      }
    }
    review {
      rating
    }
  }
`);

const STARS = ['1 – poor', '2', '3 – okay', '4', '5 – very good'];

// A person's booking with what they can do next: cancel before it starts, review once it is done.
// `personName`: the person's name, so a booking a supporter made says so ("Booked by Jo (for Sam)"); `mayChange`:
// false for a supporter who may only look.
export function PersonBooking({ booking: b, highlight, personName, mayChange = true }: { booking: PersonBookingFragment; highlight?: boolean; personName?: string; mayChange?: boolean }) {
  const future = new Date(b.startsAt).getTime() > Date.now();
  const canCancel = mayChange && future && (b.status === 'REQUESTED' || b.status === 'CONFIRMED');
  const canReview = mayChange && b.status === 'COMPLETED' && !b.review;
  return (
    <li className={`booking${highlight ? ' booking--new' : ''}`}>
      <h3 className="heading-s booking__title">
        <a href={`/offerings/${b.offering.id}`}>{b.offering.title}</a>
      </h3>
      <p className="booking__meta">
        {formatDateTime(b.startsAt)} · {b.offering.provider.name} · {b.totalPence ? formatPence(b.totalPence) : 'Free'} · Reference {bookingReference(b.id)}
      </p>
      <p>
        <span className={`tag tag--${b.status.toLowerCase()}`}>{BOOKING_STATUS[b.status] ?? b.status}</span>
        {b.review && <span className="secondary"> You gave it {b.review.rating} out of 5.</span>}
      </p>
      {personName !== undefined && b.requestedBy && b.requestedBy !== personName && <p className="secondary">Booked by {b.requestedBy}</p>}
      <p>
        <a href={`/concerns/new?providerId=${b.offering.provider.id}&offeringId=${b.offering.id}&bookingId=${b.id}`}>
          Raise a concern<span className="visually-hidden"> about {b.offering.title}, {formatDateTime(b.startsAt)}</span>
        </a>
      </p>
      {canCancel && (
        <p>
          <a href={`/plan/bookings/${b.id}/calendar`} download>
            Add to your calendar<span className="visually-hidden">: {b.offering.title}</span> (.ics file)
          </a>
        </p>
      )}
      {canCancel && (
        <details className="details">
          <summary className="details__summary">
            Cancel this booking<span className="visually-hidden">: {b.offering.title}, {formatDateTime(b.startsAt)}</span>
          </summary>
          <form action={cancelBookingAction}>
            <input type="hidden" name="bookingId" value={b.id} />
            <input type="hidden" name="back" value="/plan" />
            <p>Cancelling is free before the session starts.{b.totalPence ? ` The ${formatPence(b.totalPence)} goes back to your budget.` : ''}</p>
            <div className="form-group">
              <label className="label" htmlFor={`reason-${b.id}`}>
                Reason (optional, the provider will see it)
              </label>
              <input className="input" id={`reason-${b.id}`} name="reason" maxLength={500} />
            </div>
            <button className="button button--warning" type="submit">
              Cancel booking
            </button>
          </form>
        </details>
      )}
      {canReview && (
        <details className="details">
          <summary className="details__summary">
            Review this<span className="visually-hidden">: {b.offering.title}</span>
          </summary>
          <form action={reviewBookingAction}>
            <input type="hidden" name="bookingId" value={b.id} />
            <input type="hidden" name="back" value="/plan" />
            <fieldset className="fieldset">
              <legend className="fieldset__legend">How good was it?</legend>
              <div className="radios radios--inline">
                {STARS.map((label, i) => (
                  <div className="radios__item" key={i}>
                    <input className="radios__input" type="radio" name="rating" value={i + 1} id={`rating-${b.id}-${i + 1}`} required />
                    <label className="radios__label" htmlFor={`rating-${b.id}-${i + 1}`}>
                      {label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <div className="form-group">
              <label className="label" htmlFor={`comment-${b.id}`}>
                Anything to say? (optional, shown to others on the offering&rsquo;s page)
              </label>
              <textarea className="textarea" id={`comment-${b.id}`} name="comment" rows={3} maxLength={2000} />
            </div>
            <div className="checkboxes">
              <div className="checkboxes__item">
                <input className="checkboxes__input" type="checkbox" name="showName" value="yes" id={`show-name-${b.id}`} />
                <label className="checkboxes__label" htmlFor={`show-name-${b.id}`}>
                  Show my first name with the review. If you leave this, it says &ldquo;A person who used it&rdquo;.
                </label>
              </div>
            </div>
            <button className="button" type="submit">
              Send review
            </button>
          </form>
        </details>
      )}
    </li>
  );
}

/** GOV.UK's confirmation panel, after a booking request: what happened, the reference, and what comes next. */
export function BookingConfirmation({ booking: b }: { booking: PersonBookingFragment }) {
  return (
    <div className="confirmation-panel" aria-labelledby="confirmation-title">
      <h3 className="confirmation-panel__title" id="confirmation-title">
        Booking requested
      </h3>
      <p className="confirmation-panel__body">
        Your reference
        <br />
        <strong data-testid="booking-reference">{bookingReference(b.id)}</strong>
      </p>
      <p>
        {b.offering.title} with {b.offering.provider.name}, {formatDateTime(b.startsAt)}. {b.totalPence ? `${formatPence(b.totalPence)} is held in your budget.` : 'It is free: nothing is taken from any budget.'} {b.offering.provider.name} will confirm it; you will see it here.
      </p>
      <p>
        <a href={`/plan/bookings/${b.id}/calendar`} download>
          Add it to your calendar (.ics file)
        </a>
      </p>
    </div>
  );
}
