'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { describedBy, Field } from '@/lib/ui/field';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { addWeeklySlotsAction } from './provider-actions';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Adds the same time every week: the action turns it into slots in UK time.
export function SlotPatternForm({ offeringId, minutes, from }: { offeringId: string; minutes: number; from: string }) {
  const [state, action] = useActionState(addWeeklySlotsAction, INITIAL_FORM_STATE);
  const err = (f: string) => errorFor(state, f);
  const v = (k: string, d: string) => state.values[k] ?? d;
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <input type="hidden" name="offeringId" value={offeringId} />
        <input type="hidden" name="minutes" value={minutes} />
        <div className="form-row">
          <Field id="weekday" label="Day" error={err('weekday')}>
            <select className="select" id="weekday" name="weekday" defaultValue={v('weekday', '2')} aria-describedby={describedBy('weekday', false, err('weekday'))}>
              {DAYS.map((d, i) => (
                <option key={d} value={i}>
                  {d}
                </option>
              ))}
            </select>
          </Field>
          <Field id="time" label="Start time" hint="24-hour clock, like 14:30" error={err('time')}>
            <input className="input input--short" id="time" name="time" type="time" defaultValue={v('time', '10:00')} aria-describedby={describedBy('time', true, err('time'))} />
          </Field>
        </div>
        <div className="form-row">
          <Field id="weeks" label="For how many weeks?" error={err('weeks')}>
            <input className="input input--short" id="weeks" name="weeks" inputMode="numeric" defaultValue={v('weeks', '4')} aria-describedby={describedBy('weeks', false, err('weeks'))} />
          </Field>
          <Field id="capacity" label="Places each time" error={err('capacity')}>
            <input className="input input--short" id="capacity" name="capacity" inputMode="numeric" defaultValue={v('capacity', '8')} aria-describedby={describedBy('capacity', false, err('capacity'))} />
          </Field>
          <Field id="from" label="Starting from" error={err('from')}>
            <input className="input input--short" id="from" name="from" type="date" defaultValue={v('from', from)} aria-describedby={describedBy('from', false, err('from'))} />
          </Field>
        </div>
        <p className="hint">Each session lasts {minutes} minutes.</p>
        <SubmitButton className="button button--secondary">Add these times</SubmitButton>
      </form>
    </>
  );
}
