import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireViewer } from '@/features/account/viewer';
import { allocateAction } from '@/features/console/console-actions';
import { penceFrom } from '@/features/console/money';
import { FUNDING_SOURCE, formatDateLong, formatPence } from '@/lib/format';
import { Field } from '@/lib/ui/field';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add a budget – Console – Support Market' };

const SOURCES = ['DIRECT_PAYMENT', 'PERSONAL_HEALTH_BUDGET', 'INDIVIDUAL_SERVICE_FUND'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// Two steps, as GOV.UK does it: the details, then "Check before you add it" with the one button that adds the money.
export default async function AllocatePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/admin/plans', ['ADMIN', 'COMMISSIONER']);
  const sp = await searchParams;
  const planId = sp.plan ?? '';
  if (!/^[0-9a-f-]{36}$/i.test(planId)) notFound();
  const reference = planId.slice(0, 8).toUpperCase();
  const year = new Date().getUTCMonth() >= 3 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
  const v = {
    fundingSource: SOURCES.find((s) => s === sp.fundingSource) ?? 'DIRECT_PAYMENT',
    amount: sp.amount ?? '',
    start: sp.start ?? `${year}-04-01`,
    end: sp.end ?? `${year + 1}-03-31`,
    note: sp.note ?? '',
  };
  const pence = penceFrom(v.amount);
  const problems = sp.check
    ? [pence === null ? 'Give an amount of money, like 12000 or 12,000.50' : null, !DATE.test(v.start) || !DATE.test(v.end) || v.end < v.start ? 'Give the dates as YYYY-MM-DD, the end after the start' : null].filter(Boolean)
    : [];
  const checking = sp.check && problems.length === 0 && !sp.error;
  const changeLink = `/admin/plans/allocate?${new URLSearchParams({ plan: planId, fundingSource: v.fundingSource, amount: v.amount, start: v.start, end: v.end, note: v.note })}`;
  return (
    <>
      <a className="back-link" href={`/admin/plans?reference=${reference}`}>
        Back to plan {reference}
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
      {checking ? (
        <>
          <h1 className="heading-xl">Check before you add the budget</h1>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>Plan</dt>
              <dd>{reference}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Kind of budget</dt>
              <dd>{FUNDING_SOURCE[v.fundingSource]}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Amount</dt>
              <dd>{formatPence(pence!)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>For</dt>
              <dd>
                {formatDateLong(v.start)} to {formatDateLong(v.end)}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Note on the statement</dt>
              <dd>{v.note || 'None'}</dd>
            </div>
          </dl>
          <p>The person sees the budget on their plan straight away and can spend it on support.</p>
          <form action={allocateAction}>
            <input type="hidden" name="planId" value={planId} />
            <input type="hidden" name="fundingSource" value={v.fundingSource} />
            <input type="hidden" name="amount" value={v.amount} />
            <input type="hidden" name="start" value={v.start} />
            <input type="hidden" name="end" value={v.end} />
            <input type="hidden" name="note" value={v.note} />
            <button className="button" type="submit">
              Add budget of {formatPence(pence!)}
            </button>
          </form>
          <p>
            <a href={changeLink}>Change the details</a>
          </p>
        </>
      ) : (
        <>
          <h1 className="heading-xl">Add a budget to plan {reference}</h1>
          <form method="get" action="/admin/plans/allocate">
            <input type="hidden" name="plan" value={planId} />
            <input type="hidden" name="check" value="1" />
            <fieldset className="fieldset">
              <legend className="fieldset__legend">Kind of budget</legend>
              <div className="radios">
                {SOURCES.map((s) => (
                  <div className="radios__item" key={s}>
                    <input className="radios__input" type="radio" id={`src-${s}`} name="fundingSource" value={s} defaultChecked={v.fundingSource === s} />
                    <label className="radios__label" htmlFor={`src-${s}`}>
                      {FUNDING_SOURCE[s]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <Field id="a-amount" label="Amount for the whole period, in pounds" hint="For example, 12000">
              <input className="input input--width-10" id="a-amount" name="amount" inputMode="decimal" defaultValue={v.amount} required aria-describedby="a-amount-hint" />
            </Field>
            <Field id="a-start" label="From (YYYY-MM-DD)">
              <input className="input input--width-10" id="a-start" name="start" type="date" defaultValue={v.start} required />
            </Field>
            <Field id="a-end" label="To (YYYY-MM-DD)">
              <input className="input input--width-10" id="a-end" name="end" type="date" defaultValue={v.end} required />
            </Field>
            <Field id="a-note" label="Note on the statement (optional)">
              <input className="input" id="a-note" name="note" maxLength={500} defaultValue={v.note} />
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
