import { cookies } from 'next/headers';
import { bookingIcs } from '@/features/booking/booking-calendar';
import { BOOKING_CALENDAR_QUERY } from '@/features/booking/booking-operations';
import { query } from '@/lib/apollo/server-client';
import { SESSION_COOKIE } from '@/lib/session-cookie';

export const dynamic = 'force-dynamic';

// "Add to calendar": the person's own booking as an .ics file, fetched with their session (the API checks it is theirs).
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return new Response('Not found.', { status: 404 });
  if (!(await cookies()).get(SESSION_COOKIE)) return new Response('Please sign in first.', { status: 401 });
  const b = await query({ query: BOOKING_CALENDAR_QUERY, variables: { id } })
    .then((r) => r.data?.booking ?? null)
    .catch(() => null);
  if (!b) return new Response('Not found.', { status: 404 });
  const url = new URL('/plan#bookings', req.url).toString();
  return new Response(bookingIcs({ id: b.id, title: b.offering.title, providerName: b.offering.provider.name, startsAt: b.startsAt, endsAt: b.endsAt, url, status: b.status }), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="booking-${id.slice(0, 8)}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
}
