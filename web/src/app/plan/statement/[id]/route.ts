import { cookies } from 'next/headers';
import { STATEMENT_CSV_QUERY } from '@/features/plan/plan-operations';
import { getActing } from '@/features/supporter/acting';
import { ACTING_STATEMENT_CSV_QUERY } from '@/features/supporter/supporter-operations';
import { query } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { SESSION_COOKIE } from '@/lib/session-cookie';

export const dynamic = 'force-dynamic';

// The budget statement as a CSV download, fetched with the person's own session (or, for a supporter acting for
// them, from the plan they act for: the API checks the supporter's access on every request).
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await cookies()).get(SESSION_COOKIE)) return new Response('Please sign in first.', { status: 401 });
  try {
    const { data } = await query({ query: STATEMENT_CSV_QUERY });
    const acting = await getActing();
    const theirs = acting ? (await query({ query: ACTING_STATEMENT_CSV_QUERY, variables: { planId: acting.planId } })).data?.supportPlan?.budgets ?? [] : [];
    const budget = [...(data?.myPlans.flatMap((p) => p.budgets) ?? []), ...theirs].find((b) => b.id === id);
    if (!budget) return new Response('Not found.', { status: 404 });
    return new Response(budget.statementCsv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="budget-statement-${id.slice(0, 8)}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (e) {
    // Not a person's (a provider or commissioner asking), or not signed in any more: there is no such statement for
    // them (404), not a fault (issue 13, finding 14).
    const { code } = apiFailure(e);
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'UNAUTHENTICATED') return new Response('Not found.', { status: 404 });
    if (code === 'SERVICE_UNAVAILABLE') return new Response('The service is busy for a moment. Please try again.', { status: 503, headers: { 'retry-after': '1' } });
    return new Response('Sorry, we could not make the statement. Please try again.', { status: 502 });
  }
}
