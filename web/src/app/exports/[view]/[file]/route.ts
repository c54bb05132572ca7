import { cookies } from 'next/headers';
import { SESSION_COOKIE } from '@/lib/session-cookie';

export const dynamic = 'force-dynamic';

const VIEWS = new Set(['market-gaps', 'market-diversity', 'market-districts', 'market-prices', 'market-trends', 'outcomes']);

// The API's CSV exports, fetched server to server with the viewer's token: the browser only ever talks to the web
// origin. The API applies the same access rules and disclosure control as the GraphQL queries.
export async function GET(_req: Request, { params }: { params: Promise<{ view: string; file: string }> }) {
  const { view, file } = await params;
  if (!VIEWS.has(view) || !/^[A-Z]\d{8}\.csv$/.test(file)) return new Response('Not found.', { status: 404 });
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return new Response('Please sign in first.', { status: 401 });
  const api = new URL(process.env.API_URL || 'http://localhost:4000/graphql');
  const res = await fetch(new URL(`/exports/${view}/${file}`, api), { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' }).catch(() => null);
  if (!res) return new Response('Sorry, the service is not answering. Please try again.', { status: 502 });
  if (res.status === 400) {
    // Bad input says what was wrong (a district council's code names the county that commissions its care).
    const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    return new Response(body?.errors?.[0]?.message ?? 'Sorry, we could not make that download.', { status: 400 });
  }
  if (!res.ok) return new Response(res.status === 403 ? 'This download is only for your own area.' : 'Sorry, we could not make that download.', { status: res.status });
  return new Response(res.body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': res.headers.get('content-disposition') ?? `attachment; filename="${view}-${file}"`,
      'cache-control': 'private, no-store',
    },
  });
}
