import { Field, describedBy } from '@/lib/ui/field';
import { LIFE_AREA } from '@/lib/format';
import { addGoalAction } from './plan-actions';

const DESCRIPTION_HINT = (
  <>
    For example, &ldquo;Get out of the house twice a week&rdquo;.
  </>
);

// A new goal for the plan, with how things are now (its baseline, which never changes once set).
// `incomplete`: the last try had no description; the form stays open with the message at the field.
export function AddGoalForm({ planId, incomplete }: { planId: string; incomplete?: boolean }) {
  const error = incomplete ? 'Describe what you want to change' : undefined;
  return (
    <details className="details" open={incomplete || undefined}>
      <summary className="details__summary">Add a goal</summary>
      <form action={addGoalAction}>
        <input type="hidden" name="planId" value={planId} />
        <Field id="goal-description" label="What do you want to change?" hint={DESCRIPTION_HINT} error={error}>
          <input
            className={`input${error ? ' input--error' : ''}`}
            id="goal-description"
            name="description"
            maxLength={500}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy('goal-description', DESCRIPTION_HINT, error)}
          />
        </Field>
        <Field id="goal-area" label="Part of life">
          <select className="select" id="goal-area" name="lifeArea">
            {Object.entries(LIFE_AREA).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        <Field id="goal-baseline" label="How are things now, from 1 (very hard) to 10 (very good)?">
          <select className="select" id="goal-baseline" name="baselineScore" defaultValue="5">
            {Array.from({ length: 10 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </Field>
        <button className="button button--secondary" type="submit">
          Add goal
        </button>
      </form>
    </details>
  );
}
