import { Field, describedBy } from '@/lib/ui/field';
import { createPlanAction } from './plan-actions';

const HINT = 'The first part of your postcode, like M14. We use it to find support near you.';

// The first step of a plan: where the person lives, which decides their council and the support near them.
export function StartPlanForm() {
  return (
    <form action={createPlanAction}>
      <Field id="outcode" label="Your postcode district" hint={HINT}>
        <input className="input input--short" id="outcode" name="outcode" autoComplete="postal-code" aria-describedby={describedBy('outcode', HINT)} />
      </Field>
      <button className="button" type="submit">
        Start my plan
      </button>
    </form>
  );
}
