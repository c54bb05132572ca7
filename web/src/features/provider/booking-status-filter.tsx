import type { BookingStatus } from '@/gql/graphql';
import { BOOKING_STATUS } from '@/lib/format';

export const BOOKING_STATUSES = Object.keys(BOOKING_STATUS) as BookingStatus[];

// Which bookings the provider's list shows: a plain GET form, so the choice is in the address and can be bookmarked.
export function BookingStatusFilter({ status }: { status: BookingStatus | null }) {
  return (
    <form method="get" action="/provider/bookings" className="form-row">
      <label className="label" htmlFor="status">
        Show
      </label>
      <select className="select" id="status" name="status" defaultValue={status ?? ''}>
        <option value="">All bookings</option>
        {BOOKING_STATUSES.map((s) => (
          <option key={s} value={s}>
            {BOOKING_STATUS[s]}
          </option>
        ))}
      </select>
      <button className="button button--secondary" type="submit">
        Show
      </button>
    </form>
  );
}
