import type { Metadata } from 'next';
import type { BookingStatus } from '@/gql/graphql';
import { requireViewer } from '@/features/account/viewer';
import { BOOKING_STATUSES, BookingStatusFilter } from '@/features/provider/booking-status-filter';
import { PROVIDER_BOOKINGS_QUERY } from '@/features/provider/provider-operations';
import { ProviderBookingTable } from '@/features/provider/provider-booking';
import { query } from '@/lib/apollo/server-client';
import { BOOKING_STATUS } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Bookings – Support Market' };

export default async function ProviderBookingsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/provider/bookings', ['PROVIDER', 'ADMIN']);
  const sp = await searchParams;
  const status = BOOKING_STATUSES.includes(sp.status as BookingStatus) ? (sp.status as BookingStatus) : null;
  const { data } = await query({ query: PROVIDER_BOOKINGS_QUERY, variables: { status, after: sp.after ?? null } });
  const page = data!.providerBookings;
  const back = `/provider/bookings${status ? `?status=${status}` : ''}`;
  return (
    <>
      <a className="back-link" href="/provider">
        Back to the provider portal
      </a>
      <Notice
        done={sp.done}
        error={sp.error}
        messages={{ confirmed: 'Booking confirmed.', declined: 'Booking declined. The money went back to the person.', completed: 'Marked as done. The payment is made from their budget.', 'no-show': 'Marked as missed.' }}
      />
      <h1 className="heading-xl">Bookings</h1>
      <BookingStatusFilter status={status} />
      {page.edges.length ? <ProviderBookingTable bookings={page.edges.map((e) => e.node)} caption={status ? BOOKING_STATUS[status] : 'All bookings'} back={back} /> : <p>No bookings to show.</p>}
      {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <p>
          <a href={`/provider/bookings?${status ? `status=${status}&` : ''}after=${encodeURIComponent(page.pageInfo.endCursor)}`}>Next page</a>
        </p>
      )}
    </>
  );
}
