'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { describedBy, Field } from '@/lib/ui/field';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { addOwnMoneyAction } from './plan-details-actions';

// A person's own money, kept apart from any council budget: a self-funded pot that only they can add to. The first
// time it makes the pot (for a year from today); after that it adds to the pot they have.
export function OwnMoneyForm({ planId, pot, idempotencyKey }: { planId: string; pot: { id: string; periodEndDate: string } | null; idempotencyKey: string }) {
  const [state, action] = useActionState(addOwnMoneyAction, INITIAL_FORM_STATE);
  const error = errorFor(state, 'amount');
  return (
    <section className="card" aria-labelledby="own-money-title" id="own-money">
      <h3 className="heading-m" id="own-money-title">
        {pot ? 'Add more of your own money' : 'Add your own money'}
      </h3>
      <p>
        You can pay for support with your own money, as well as (or instead of) a budget from your council or the NHS. We keep it as a separate
        &ldquo;self-funded&rdquo; budget, so it never mixes with council money and you can always see what it paid for.
      </p>
      <p>
        No money changes hands here: this records how much you have set aside, so we can hold it for your bookings and show what is left.
        {pot ? '' : ' It lasts for a year from today.'}
      </p>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <input type="hidden" name="planId" value={planId} />
        {pot && <input type="hidden" name="budgetId" value={pot.id} />}
        <input type="hidden" name="key" value={idempotencyKey} />
        <Field id="amount" label="How much do you want to add?" hint="In pounds, like 25 or 25.50." error={error}>
          <div className="input-prefix">
            <span className="input-prefix__sign" aria-hidden="true">
              £
            </span>
            <input className={`input input--short${error ? ' input--error' : ''}`} id="amount" name="amount" inputMode="decimal" defaultValue={state.values.amount ?? ''} aria-describedby={describedBy('amount', true, error)} />
          </div>
        </Field>
        <SubmitButton>{pot ? 'Add to my own money' : 'Add my own money'}</SubmitButton>
      </form>
    </section>
  );
}
