import type { Metadata } from 'next';
import { CalculatorForm, CalculatorResult, LIFE_AREAS } from '@/features/plan/calculator';
import { CALCULATOR_QUERY } from '@/features/plan/plan-operations';
import { query } from '@/lib/apollo/server-client';
import { apiFailure, messageFor } from '@/lib/api-errors';
import { ErrorSummary } from '@/lib/ui/error-summary';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Budget calculator – Support Market' };

export default async function CalculatorPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const la = /^[A-Z]\d{8}$/.test(sp.la ?? '') ? sp.la! : '';
  const levels: Record<string, number> = {};
  for (const a of LIFE_AREAS) levels[a] = Math.max(0, Math.min(3, Number(sp[a]) || 0));
  const answers = LIFE_AREAS.map((lifeArea) => ({ lifeArea, level: levels[lifeArea] }));
  const result = await query({
    query: CALCULATOR_QUERY,
    variables: { input: { localAuthorityCode: la || 'E08000003', answers }, withResult: Boolean(la) },
    errorPolicy: 'all',
  }).catch((e: unknown) => ({ data: undefined, error: e }));
  const failure = result.error ? apiFailure(result.error) : null;
  // The form was sent (la is in the URL) without a council: say so at the field, GOV.UK style.
  const laError = sp.la !== undefined && !la ? 'Choose your council' : undefined;
  return (
    <div className="two-thirds">
      {laError && <ErrorSummary errors={[{ field: 'la', message: laError }]} />}
      <h1 className="heading-xl">Budget calculator</h1>
      <p className="lead">Get an idea of the personal budget your council might give you. Answer for how things are most days.</p>
      {result.data?.indicativeBudget && <CalculatorResult result={result.data.indicativeBudget} />}
      {failure && la && (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">{failure.code === 'NOT_FOUND' ? 'That council has not published how it works out budgets yet.' : messageFor(failure.code, failure.apiMessage)}</p>
        </div>
      )}
      <CalculatorForm authorities={result.data?.commissioningAuthorities ?? []} la={la} levels={levels} laError={laError} />
    </div>
  );
}
