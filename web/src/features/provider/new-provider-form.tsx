'use client';
import { useActionState } from 'react';
import { describedBy, Field } from '@/lib/ui/field';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { PROVIDER_KIND } from '@/lib/format';
import { createProviderAction } from './provider-actions';

// A new organisation for the signed-in provider: the details people see on its page. Starts unverified. A refusal
// names the field it is about and keeps everything typed.
export function NewProviderForm({ open }: { open: boolean }) {
  const [state, action] = useActionState(createProviderAction, INITIAL_FORM_STATE);
  const err = (f: string) => errorFor(state, f);
  const v = state.values;
  const control = (id: string, hint = false) => ({ id, 'aria-describedby': describedBy(id, hint, err(id)), 'aria-invalid': err(id) ? true : undefined });
  return (
    <details className="details" open={open || state.errors.length > 0}>
      <summary className="details__summary">Organisation details</summary>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} noValidate>
        <Field id="org-name" label="Name" error={err('org-name')}>
          <input className={`input${err('org-name') ? ' input--error' : ''}`} {...control('org-name')} name="name" maxLength={200} autoComplete="organization" defaultValue={v.name ?? ''} />
        </Field>
        <Field id="org-kind" label="What kind of provider are you?" error={err('org-kind')}>
          <select className="select" {...control('org-kind')} name="kind" defaultValue={v.kind ?? ''} key={`kind-${state.attempt}`}>
            {Object.entries(PROVIDER_KIND).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="org-base" label="Postcode district you are based in" hint="The first part of a postcode, like M14 or LS1." error={err('org-base')}>
          <input className={`input input--short${err('org-base') ? ' input--error' : ''}`} {...control('org-base', true)} name="baseOutcode" maxLength={10} spellCheck={false} defaultValue={v.baseOutcode ?? ''} />
        </Field>
        <Field id="org-description" label="About you" error={err('org-description')}>
          <textarea className={`textarea${err('org-description') ? ' input--error' : ''}`} {...control('org-description')} name="description" rows={4} maxLength={5000} defaultValue={v.description ?? ''} />
        </Field>
        <Field id="org-website" label="Website (optional)" error={err('org-website')}>
          <input className={`input${err('org-website') ? ' input--error' : ''}`} {...control('org-website')} name="website" type="url" maxLength={300} defaultValue={v.website ?? ''} />
        </Field>
        <div className="checkboxes form-group">
          <div className="checkboxes__item">
            <input className="checkboxes__input" type="checkbox" id="org-peer" name="peerLed" value="1" defaultChecked={v.peerLed === '1'} key={`peer-${state.attempt}`} />
            <label className="checkboxes__label" htmlFor="org-peer">
              We are peer-led (run by, or employing, people with lived experience)
            </label>
          </div>
        </div>
        <SubmitButton>Add organisation</SubmitButton>
      </form>
    </details>
  );
}
