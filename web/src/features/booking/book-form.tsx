'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { formatDateTime, formatPence, formatTime, FUNDING_SOURCE } from '@/lib/format';
import { requestBookingAction } from './booking-actions';

export interface BookSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  remaining: number;
}
export interface BookBudget {
  id: string;
  planId: string;
  fundingSource: string;
  availablePence: number;
  periodEndDate: string;
}

// Choose a time and a budget, see the cost and what would be left, confirm. Every figure is in the server-rendered
// HTML, so it works without JavaScript; the idempotency key makes a double press book once.
// A free session asks for no budget at all: it is booked with none, and nothing is held.
export function BookForm({ slots, budgets, goals, costPence, chosenSlot, idempotencyKey, planId }: { slots: BookSlot[]; budgets: BookBudget[]; goals: { id: string; description: string }[]; costPence: number; chosenSlot: string; idempotencyKey: string; planId: string }) {
  const free = costPence === 0;
  const [state, action] = useActionState(requestBookingAction, INITIAL_FORM_STATE);
  const slotError = errorFor(state, 'slot');
  const budgetError = errorFor(state, 'budget');
  const slotValue = state.values.slotId ?? chosenSlot;
  const budgetValue = state.values.budget ?? (budgets.length === 1 ? `${budgets[0].planId}:${budgets[0].id}` : '');
  if (state.review) {
    const slot = slots.find((x) => x.id === slotValue);
    const budget = budgets.find((b) => `${b.planId}:${b.id}` === budgetValue);
    const goalIds = (state.values.goalIds ?? '').split(',').filter(Boolean);
    const chosenGoals = goals.filter((g) => goalIds.includes(g.id));
    return (
      <form action={action} className="form" noValidate>
        <h2 className="heading-l" id="check-title" tabIndex={-1} autoFocus>
          Check your booking
        </h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Time</dt>
            <dd>{slot ? `${formatDateTime(slot.startsAt)} to ${formatTime(slot.endsAt)}` : 'Not chosen'}</dd>
          </div>
          {free ? (
            <div className="summary-list__row">
              <dt>Cost</dt>
              <dd>Free: nothing is taken from any budget</dd>
            </div>
          ) : (
            <>
              <div className="summary-list__row">
                <dt>Paid from</dt>
                <dd>{budget ? `${FUNDING_SOURCE[budget.fundingSource] ?? budget.fundingSource}: ${formatPence(budget.availablePence)} left now, ${formatPence(budget.availablePence - costPence)} after this` : 'Not chosen'}</dd>
              </div>
              <div className="summary-list__row">
                <dt>Cost</dt>
                <dd>{formatPence(costPence)}, held until the session</dd>
              </div>
            </>
          )}
          {goals.length > 0 && (
            <div className="summary-list__row">
              <dt>For your goals</dt>
              <dd>{chosenGoals.length ? chosenGoals.map((g) => g.description).join('; ') : 'None chosen'}</dd>
            </div>
          )}
        </dl>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="slotId" value={slotValue} />
        {free ? (
          <>
            <input type="hidden" name="free" value="1" />
            <input type="hidden" name="planId" value={planId} />
          </>
        ) : (
          <input type="hidden" name="budget" value={budgetValue} />
        )}
        {goalIds.map((g) => (
          <input type="hidden" name="goalIds" value={g} key={g} />
        ))}
        <p>The provider will confirm the booking. You can cancel it {free ? '' : 'free of charge '}before the session starts.</p>
        <div className="button-row">
          <SubmitButton name="step" value="confirm">
            Confirm booking
          </SubmitButton>
          <SubmitButton className="button button--secondary" name="step" value="change">
            Change your answers
          </SubmitButton>
        </div>
      </form>
    );
  }
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="step" value="check" />
        {free && (
          <>
            <input type="hidden" name="free" value="1" />
            <input type="hidden" name="planId" value={planId} />
          </>
        )}
        <div className={`form-group${slotError ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={slotError ? 'slot-error' : undefined}>
            <legend className="fieldset__legend fieldset__legend--m">1. Choose a time</legend>
            {slotError && (
              <p className="error-message" id="slot-error">
                <span className="visually-hidden">Error:</span> {slotError}
              </p>
            )}
            <div className="radios">
              {slots.map((s, i) => (
                <div className="radios__item" key={s.id}>
                  <input className="radios__input" type="radio" name="slotId" value={s.id} id={i === 0 ? 'slot' : `slot-${s.id}`} defaultChecked={slotValue === s.id} disabled={s.remaining < 1} />
                  <label className="radios__label" htmlFor={i === 0 ? 'slot' : `slot-${s.id}`}>
                    {formatDateTime(s.startsAt)} to {formatTime(s.endsAt)}
                    <span className="radios__hint">{s.remaining < 1 ? ' – full' : s.remaining === 1 ? ' – 1 place left' : ` – ${s.remaining} places left`}</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>

        {free ? (
          <p className="inset">This session is free. You do not need a budget: nothing is taken from any budget.</p>
        ) : (
        <div className={`form-group${budgetError ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={budgetError ? 'budget-cost budget-error' : 'budget-cost'}>
            <legend className="fieldset__legend fieldset__legend--m">2. Choose how to pay</legend>
            <p className="hint" id="budget-cost">
              This costs <strong>{formatPence(costPence)}</strong>. We hold the money until the session, and give it back if it is cancelled or declined.
            </p>
            {budgetError && (
              <p className="error-message" id="budget-error">
                <span className="visually-hidden">Error:</span> {budgetError}
              </p>
            )}
            <div className="radios">
              {budgets.map((b, i) => {
                const left = b.availablePence - costPence;
                const id = i === 0 ? 'budget' : `budget-${b.id}`;
                return (
                  <div className="radios__item" key={b.id}>
                    <input className="radios__input" type="radio" name="budget" value={`${b.planId}:${b.id}`} id={id} defaultChecked={budgetValue === `${b.planId}:${b.id}`} />
                    <label className="radios__label" htmlFor={id}>
                      {FUNDING_SOURCE[b.fundingSource] ?? b.fundingSource}: {formatPence(b.availablePence)} left now
                      <span className="radios__hint">
                        {left >= 0 ? ` – ${formatPence(left)} left after this booking` : ' – not enough money left for this'}
                      </span>
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        )}

        {goals.length > 0 && (
          <div className="form-group">
            <fieldset className="fieldset">
              <legend className="fieldset__legend fieldset__legend--m">{free ? '2' : '3'}. Which goals is this for? (optional)</legend>
              <div className="checkboxes">
                {goals.map((g) => (
                  <div className="checkboxes__item" key={g.id}>
                    <input className="checkboxes__input" type="checkbox" name="goalIds" value={g.id} id={`goal-${g.id}`} defaultChecked={(state.values.goalIds ?? '').split(',').includes(g.id)} />
                    <label className="checkboxes__label" htmlFor={`goal-${g.id}`}>
                      {g.description}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        <SubmitButton>Continue</SubmitButton>
      </form>
    </>
  );
}
