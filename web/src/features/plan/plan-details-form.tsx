'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { describedBy, Field } from '@/lib/ui/field';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { DELIVERY_MODE, languageName } from '@/lib/format';
import { KM_PER_MILE } from '@/features/catalogue/search-params';
import { updatePlanAction } from './plan-details-actions';

export interface PlanDetails {
  id: string;
  outcode: string;
  age: number | null;
  needs: string[];
  languages: string[];
  deliveryModes: string[];
  maxTravelKm: number;
  prefersPeerSupport: boolean;
  accessibility: string[];
}

const LANGUAGES = ['en', 'bfi', 'cy', 'ur', 'pa', 'bn', 'gu', 'pl', 'ar', 'so', 'zh'];
const MODES = ['IN_PERSON', 'GROUP', 'HOME_VISIT', 'ONLINE', 'PHONE'];

/** A group of checkboxes; after a failed save the boxes show what was sent, not what is stored. */
function Checkboxes({ name, legend, hint, options, checked, error }: { name: string; legend: string; hint?: string; options: [string, string][]; checked: string[]; error?: string }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="fieldset__legend fieldset__legend--s">{legend}</legend>
        {hint && (
          <p className="hint" id={`${name}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="error-message" id={`${name}-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="checkboxes">
          {options.map(([value, label], i) => (
            <div className="checkboxes__item" key={value}>
              <input className="checkboxes__input" type="checkbox" name={name} value={value} id={i === 0 ? name : `${name}-${value}`} defaultChecked={checked.includes(value)} />
              <label className="checkboxes__label" htmlFor={i === 0 ? name : `${name}-${value}`}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

// Everything in the plan that decides which support is suggested, in one form. Works without JavaScript; after a
// refusal every answer stays as typed, each message sits by its field and the summary links to it.
export function PlanDetailsForm({ plan, categories }: { plan: PlanDetails; categories: { slug: string; name: string }[] }) {
  const [state, action] = useActionState(updatePlanAction, INITIAL_FORM_STATE);
  const sent = state.attempt > 0;
  const v = state.values;
  const list = (name: string, stored: string[]) => (sent ? (v[name] ?? '').split(',').filter(Boolean) : stored);
  const languages = [...LANGUAGES, ...plan.languages.filter((l) => !LANGUAGES.includes(l))];
  const miles = Math.round((plan.maxTravelKm / KM_PER_MILE) * 10) / 10;
  const e = (f: string) => errorFor(state, f);
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <input type="hidden" name="planId" value={plan.id} />
        <Field id="outcode" label="Postcode district" hint="The first part of your postcode, like M14 or LS6. It decides your council and how far away support is." error={e('outcode')}>
          <input className="input input--short" id="outcode" name="outcode" defaultValue={sent ? v.outcode : plan.outcode} autoComplete="postal-code" aria-describedby={describedBy('outcode', true, e('outcode'))} />
        </Field>
        <Field id="age" label="Your age (optional)" hint="Some support is only for some ages. Leave it blank if you would rather not say." error={e('age')}>
          <input className="input input--short" id="age" name="age" inputMode="numeric" defaultValue={sent ? v.age : (plan.age ?? '')} aria-describedby={describedBy('age', true, e('age'))} />
        </Field>
        <Checkboxes name="needs" legend="Kinds of support you need" hint="Choose all that apply." options={categories.map((c) => [c.slug, c.name])} checked={list('needs', plan.needs)} error={e('needs')} />
        <Checkboxes name="languages" legend="Languages you would like support in" hint="Leave them all unticked if any language is fine." options={languages.map((l) => [l, languageName(l)])} checked={list('languages', plan.languages)} error={e('languages')} />
        <Checkboxes
          name="modes"
          legend="How you would like to get support"
          hint="We only suggest online or phone support if you tick one of those, or leave them all unticked."
          options={MODES.map((m) => [m, DELIVERY_MODE[m] ?? m])}
          checked={list('modes', plan.deliveryModes)}
          error={e('modes')}
        />
        <Field id="travel" label="How far you would travel, in miles" hint="For support in person. Support that comes to your home does not count." error={e('travel')}>
          <input className="input input--short" id="travel" name="travel" inputMode="decimal" defaultValue={sent ? v.travel : String(miles)} aria-describedby={describedBy('travel', true, e('travel'))} />
        </Field>
        <div className="form-group">
          <div className="checkboxes">
            <div className="checkboxes__item">
              <input className="checkboxes__input" type="checkbox" name="peer" id="peer" defaultChecked={sent ? v.peer === 'on' : plan.prefersPeerSupport} />
              <label className="checkboxes__label" htmlFor="peer">
                I would like peer support, from people who have been through something similar
              </label>
            </div>
          </div>
        </div>
        <Field id="accessibility" label="Access needs (optional)" hint="One on each line, like: step-free access, hearing loop, quiet space." error={e('accessibility')}>
          <textarea className="textarea" id="accessibility" name="accessibility" rows={3} defaultValue={sent ? v.accessibility : plan.accessibility.join('\n')} aria-describedby={describedBy('accessibility', true, e('accessibility'))} />
        </Field>
        <SubmitButton>Save your plan</SubmitButton>
      </form>
    </>
  );
}
