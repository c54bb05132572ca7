import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { requireViewer } from '@/features/account/viewer';
import { adjustAction } from '@/features/console/console-actions';
import { AREA_PLANS_QUERY } from '@/features/console/console-operations';
import { penceFrom } from '@/features/console/money';
import { query } from '@/lib/apollo/server-client';
import { FUNDING_SOURCE, formatDateLong, formatPence } from '@/lib/format';
import { Field } from '@/lib/ui/field';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change a budget – Console – Support Market' };

// Add money to a budget or take some back, with a reason, then check before it is done. Money already held for
// bookings or spent can never be taken back (the API refuses with BUDGET_EXCEEDED).
export default async function AdjustPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/admin/plans', ['ADMIN', 'COMMISSIONER']);
  const sp = await searchParams;
  const reference = sp.reference ?? '';
  if (!/^[0-9A-Fa-f]{8}$/.test(reference) || !/^[0-9a-f-]{36}$/i.test(sp.budget ?? '')) notFound();
  const { data } = await query({ query: AREA_PLANS_QUERY, variables: { reference, localAuthorityCode: sp.la ?? null } }).catch(() => ({ data: null }));
  const budget = data?.areaPlans.edges.flatMap((e) => e.node.budgets).find((b) => b.id === sp.budget);
  if (!budget) notFound();
  const direction = sp.direction === 'remove' ? 'remove' : 'add';
  const amount = sp.amount ?? '';
  const note = sp.note ?? '';
  const pence = penceFrom(amount);
  const problems = sp.check ? [pence === null ? 'Give an amount of money, like 500' : null, note.trim() ? null : 'Say why, for the statement'].filter(Boolean) : [];
  const checking = sp.check && problems.length === 0 && !sp.error;
  const name = FUNDING_SOURCE[budget.fundingSource].toLowerCase();
  return (
    <>
      <a className="back-link" href={`/admin/plans?reference=${reference}`}>
        Back to plan {reference.toUpperCase()}
      </a>
      <Notice error={sp.error} />
      {problems.length > 0 && (
        <div className="notice notice--error" role="alert">
          <h2 className="notice__title">There is a problem</h2>
          <ul className="list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        The {name} of plan {reference.toUpperCase()}: {formatPence(budget.allocatedPence)} from {formatDateLong(budget.periodStartDate)} to{' '}
        {formatDateLong(budget.periodEndDate)}. {formatPence(budget.availablePence)} is left to spend ({formatPence(budget.committedPence)} held for bookings,{' '}
        {formatPence(budget.spentPence)} spent).
      </p>
      {checking ? (
        <>
          <h1 className="heading-xl">Check before you change the budget</h1>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>Change</dt>
              <dd>
                {direction === 'add' ? 'Add' : 'Take back'} {formatPence(pence!)}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>New total</dt>
              <dd>{formatPence(budget.allocatedPence + (direction === 'add' ? pence! : -pence!))}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Why (on the statement)</dt>
              <dd>{note}</dd>
            </div>
          </dl>
          <form action={adjustAction}>
            <input type="hidden" name="budgetId" value={budget.id} />
            <input type="hidden" name="reference" value={reference} />
            <input type="hidden" name="direction" value={direction} />
            <input type="hidden" name="amount" value={amount} />
            <input type="hidden" name="note" value={note} />
            <input type="hidden" name="key" value={randomUUID()} />
            <button className="button" type="submit">
              {direction === 'add' ? 'Add' : 'Take back'} {formatPence(pence!)}
            </button>
          </form>
          <p>
            <a href={`/admin/plans/adjust?${new URLSearchParams({ budget: budget.id, reference, direction, amount, note })}`}>Change the details</a>
          </p>
        </>
      ) : (
        <>
          <h1 className="heading-xl">Change the {name}</h1>
          <form method="get" action="/admin/plans/adjust">
            <input type="hidden" name="budget" value={budget.id} />
            <input type="hidden" name="reference" value={reference} />
            {sp.la && <input type="hidden" name="la" value={sp.la} />}
            <input type="hidden" name="check" value="1" />
            <fieldset className="fieldset">
              <legend className="fieldset__legend">Add money or take some back?</legend>
              <div className="radios">
                <div className="radios__item">
                  <input className="radios__input" type="radio" id="dir-add" name="direction" value="add" defaultChecked={direction === 'add'} />
                  <label className="radios__label" htmlFor="dir-add">
                    Add money
                  </label>
                </div>
                <div className="radios__item">
                  <input className="radios__input" type="radio" id="dir-remove" name="direction" value="remove" defaultChecked={direction === 'remove'} />
                  <label className="radios__label" htmlFor="dir-remove">
                    Take money back (never more than is left)
                  </label>
                </div>
              </div>
            </fieldset>
            <Field id="j-amount" label="Amount, in pounds">
              <input className="input input--width-10" id="j-amount" name="amount" inputMode="decimal" defaultValue={amount} required />
            </Field>
            <Field id="j-note" label="Why (shown on the person’s statement)">
              <input className="input" id="j-note" name="note" maxLength={500} defaultValue={note} required />
            </Field>
            <button className="button" type="submit">
              Continue
            </button>
          </form>
        </>
      )}
    </>
  );
}
