import { cookies } from 'next/headers';
import { EXPORT_MY_DATA_MUTATION } from '@/features/account/account-operations';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { SESSION_COOKIE } from '@/lib/session-cookie';

export const dynamic = 'force-dynamic';

// "Download your data" (UK GDPR Art. 15): everything the API holds about the signed-in account, as a JSON file.
// A POST from the account page's form (the proxy refuses a post from another site), fetched with the person's own
// session and never stored on the way.
export async function POST() {
  if (!(await cookies()).get(SESSION_COOKIE)) return new Response('Please sign in first.', { status: 401 });
  try {
    const { data } = await getClient().mutate({ mutation: EXPORT_MY_DATA_MUTATION });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(data!.exportMyData, {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="support-market-my-data-${day}.json"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (e) {
    const { code } = apiFailure(e);
    if (code === 'UNAUTHENTICATED') return new Response('Please sign in first.', { status: 401 });
    if (code === 'SERVICE_UNAVAILABLE') return new Response('The service is busy for a moment. Please try again.', { status: 503, headers: { 'retry-after': '1' } });
    return new Response('Sorry, we could not make your download. Please try again.', { status: 502 });
  }
}
