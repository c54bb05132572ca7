import { graphql } from '@/gql';
import type { ProviderBookingFragment } from '@/gql/graphql';
import { BOOKING_STATUS, formatDateTime, formatPence } from '@/lib/format';
import { providerBookingAction } from '../booking/booking-actions';

export const PROVIDER_BOOKING_FRAGMENT = graphql(`
  fragment ProviderBooking on Booking {
    id
    status
    startsAt
    endsAt
    totalPence
    personName
    offering {
      id
      title
    }
  }
`);

function Action({ id, op, label, title, back, danger }: { id: string; op: string; label: string; title: string; back: string; danger?: boolean }) {
  return (
    <form action={providerBookingAction} className="inline-form">
      <input type="hidden" name="bookingId" value={id} />
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="back" value={back} />
      <button className={`button button--small${danger ? ' button--warning' : ' button--secondary'}`} type="submit">
        {label}
        <span className="visually-hidden">: {title}</span>
      </button>
    </form>
  );
}

/** Declining and marking a no-show (charged in full) ask for a reason and a confirmation before anything happens. */
function ConfirmWithReason({ id, op, label, title, back, warning }: { id: string; op: string; label: string; title: string; back: string; warning: string }) {
  return (
    <details className="details">
      <summary className="details__summary">
        {label}
        <span className="visually-hidden">: {title}</span>
      </summary>
      <form action={providerBookingAction}>
        <input type="hidden" name="bookingId" value={id} />
        <input type="hidden" name="op" value={op} />
        <input type="hidden" name="back" value={back} />
        <div className="form-group">
          <label className="label" htmlFor={`reason-${op}-${id}`}>
            Reason (the person sees it)
          </label>
          <textarea className="textarea" id={`reason-${op}-${id}`} name="reason" rows={2} maxLength={500} required />
        </div>
        <div className="checkboxes__item">
          <input className="checkboxes__input" type="checkbox" id={`confirm-${op}-${id}`} name="confirmed" required />
          <label className="checkboxes__label" htmlFor={`confirm-${op}-${id}`}>
            {warning}
          </label>
        </div>
        <button className="button button--small button--warning" type="submit">
          {label}
          <span className="visually-hidden">: {title}</span>
        </button>
      </form>
    </details>
  );
}

// An incoming booking and the provider's next steps: confirm or decline a request; after the session starts,
// complete it or mark that the person did not come.
export function ProviderBookingRow({ booking: b, back }: { booking: ProviderBookingFragment; back: string }) {
  const started = new Date(b.startsAt).getTime() <= Date.now();
  const title = `${b.offering.title}, ${formatDateTime(b.startsAt)}`;
  return (
    <tr>
      <td>{formatDateTime(b.startsAt)}</td>
      <td>{b.personName}</td>
      <td>
        <a href={`/provider/offerings/${b.offering.id}`}>{b.offering.title}</a>
      </td>
      <td className="numeric">{formatPence(b.totalPence)}</td>
      <td>
        <span className={`tag tag--${b.status.toLowerCase()}`}>{BOOKING_STATUS[b.status] ?? b.status}</span>
      </td>
      <td>
        <div className="button-row">
          {b.status === 'REQUESTED' && (
            <>
              <Action id={b.id} op="confirm" label="Confirm" title={title} back={back} />
              <ConfirmWithReason id={b.id} op="decline" label="Decline" title={title} back={back} warning="Yes, decline this booking. The money goes back to the person." />
            </>
          )}
          {b.status === 'CONFIRMED' && started && (
            <>
              <Action id={b.id} op="complete" label="Mark as done" title={title} back={back} />
              <ConfirmWithReason id={b.id} op="no-show" label="Did not come" title={title} back={back} warning="Yes, they did not come. They are charged in full." />
            </>
          )}
        </div>
      </td>
    </tr>
  );
}

export function ProviderBookingTable({ bookings, caption, back }: { bookings: ProviderBookingFragment[]; caption: string; back: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col" className="numeric">
              Cost
            </th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {bookings.map((b) => (
            <ProviderBookingRow key={b.id} booking={b} back={back} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
