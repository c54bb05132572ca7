import { cookies } from 'next/headers';
import { STATEMENT_CSV_QUERY } from '@/features/plan/plan-operations';
import { query } from '@/lib/apollo/server-client';
import { SESSION_COOKIE } from '@/lib/session-cookie';

export const dynamic = 'force-dynamic';

// The budget statement as a CSV download, fetched with the person's own session.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await cookies()).get(SESSION_COOKIE)) return new Response('Please sign in first.', { status: 401 });
  try {
    const { data } = await query({ query: STATEMENT_CSV_QUERY });
    const budget = data?.myPlans.flatMap((p) => p.budgets).find((b) => b.id === id);
    if (!budget) return new Response('Not found.', { status: 404 });
    return new Response(budget.statementCsv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="budget-statement-${id.slice(0, 8)}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch {
    return new Response('Sorry, we could not make the statement. Please try again.', { status: 502 });
  }
}
