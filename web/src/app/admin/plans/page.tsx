import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { AREA_PLANS_QUERY, COUNCILS_QUERY } from '@/features/console/console-operations';
import { query } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { FUNDING_SOURCE, formatDateLong, formatPence } from '@/lib/format';
import { Field } from '@/lib/ui/field';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Plans and budgets – Console – Support Market' };

const DONE = { allocated: 'The budget is added. The person can see it on their plan now.', adjusted: 'The budget is changed. The change shows on the person’s statement.' };

// Commissioners see only what they may fund: a plan's reference, district and start date, and the budgets their
// council funds. Nothing else of the plan (the person, goals, needs) is shown or asked for.
export default async function PlansConsolePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/admin/plans', ['ADMIN', 'COMMISSIONER']);
  const sp = await searchParams;
  const isAdmin = viewer.role === 'ADMIN';
  const councils = isAdmin ? [...((await query({ query: COUNCILS_QUERY })).data?.commissioningAuthorities ?? [])].sort((a, b) => a.councilName.localeCompare(b.councilName)) : [];
  const la = isAdmin ? sp.la || null : null;
  const reference = sp.reference?.trim() || null;
  const outcode = sp.outcode?.trim() || null;
  let error = sp.error;
  let plans = null;
  if (!isAdmin || la) {
    try {
      const { data } = await query({ query: AREA_PLANS_QUERY, variables: { after: sp.after ?? null, reference, outcode, localAuthorityCode: la } });
      plans = data?.areaPlans ?? null;
    } catch (e) {
      error = apiFailure(e).code;
    }
  }
  const keep = (extra: Record<string, string>) => new URLSearchParams({ ...(la ? { la } : {}), ...(reference ? { reference } : {}), ...(outcode ? { outcode } : {}), ...extra }).toString();
  return (
    <>
      <a className="back-link" href="/admin">
        Back to the console
      </a>
      <h1 className="heading-xl">Plans and budgets</h1>
      <Notice done={sp.done} error={error} messages={DONE} />
      <p>
        Find a plan by the reference the person gives you (it is on their plan page), or by postcode district. You see when each plan started and the
        budgets your council funds, nothing else.
      </p>
      <form method="get" action="/admin/plans" className="filters">
        {isAdmin && (
          <Field id="p-la" label="Council">
            <select className="select" id="p-la" name="la" defaultValue={la ?? ''}>
              <option value="">Choose a council</option>
              {councils.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.councilName}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field id="p-ref" label="Plan reference" hint="8 letters and digits, like 3F2A9C1B">
          <input className="input input--width-10" id="p-ref" name="reference" defaultValue={reference ?? ''} maxLength={8} autoComplete="off" spellCheck={false} aria-describedby="p-ref-hint" />
        </Field>
        <Field id="p-outcode" label="Postcode district (optional)">
          <input className="input input--width-5" id="p-outcode" name="outcode" defaultValue={outcode ?? ''} maxLength={4} autoComplete="off" />
        </Field>
        <button className="button button--secondary" type="submit">
          Find plans
        </button>
      </form>
      {plans && (plans.edges.length === 0 ? (
        <p>No plans match.</p>
      ) : (
        <table className="table">
          <caption className="table__caption">Plans, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">District</th>
              <th scope="col">Started</th>
              <th scope="col">Budgets your council funds</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.edges.map(({ node: p }) => (
              <tr key={p.id}>
                <th scope="row">{p.reference}</th>
                <td>{p.outcode}</td>
                <td>{formatDateLong(p.createdAt)}</td>
                <td>
                  {p.budgets.length === 0
                    ? 'None'
                    : p.budgets.map((b) => (
                        <p key={b.id}>
                          {FUNDING_SOURCE[b.fundingSource]}: {formatPence(b.allocatedPence)} from {formatDateLong(b.periodStartDate)} to {formatDateLong(b.periodEndDate)},{' '}
                          {formatPence(b.availablePence)} left.{' '}
                          <a href={`/admin/plans/adjust?budget=${b.id}&reference=${p.reference}${la ? `&la=${la}` : ""}`}>
                            Change<span className="visually-hidden"> the {FUNDING_SOURCE[b.fundingSource].toLowerCase()} of plan {p.reference}</span>
                          </a>
                        </p>
                      ))}
                </td>
                <td>
                  <a href={`/admin/plans/allocate?plan=${p.id}`}>
                    Add a budget<span className="visually-hidden"> to plan {p.reference}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {plans?.pageInfo.hasNextPage && (
        <p>
          <a href={`/admin/plans?${keep({ after: plans.pageInfo.endCursor! })}`}>More plans</a>
        </p>
      )}
    </>
  );
}
