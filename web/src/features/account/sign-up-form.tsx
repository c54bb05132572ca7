'use client';
import { useActionState } from 'react';
import { describedBy, Field } from '@/lib/ui/field';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { signUpAction } from './account-actions';

export function SignUpForm({ next = '', email = '' }: { next?: string; email?: string }) {
  const [state, action] = useActionState(signUpAction, INITIAL_FORM_STATE);
  const err = (f: string) => errorFor(state, f);
  const typeError = err('accountType-PERSON');
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <input type="hidden" name="next" value={next} />
        <div className={`form-group${typeError ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={typeError ? 'accountType-error' : undefined}>
            <legend className="fieldset__legend">What do you want to do?</legend>
            {typeError && (
              <p className="error-message" id="accountType-error">
                <span className="visually-hidden">Error:</span> {typeError}
              </p>
            )}
            <div className="radios">
              <div className="radios__item">
                <input className="radios__input" id="accountType-PERSON" name="accountType" type="radio" value="PERSON" defaultChecked={state.values.accountType === 'PERSON'} aria-describedby="accountType-PERSON-hint" />
                <label className="radios__label" htmlFor="accountType-PERSON">
                  Find and book support for myself or someone I help
                </label>
                <p className="hint radios__hint" id="accountType-PERSON-hint">
                  Helping someone else? They invite you from their plan, using your email address. Create your account
                  with that address, then accept the invitation in <a href="/supporting">People you support</a>.
                </p>
              </div>
              <div className="radios__item">
                <input className="radios__input" id="accountType-PROVIDER" name="accountType" type="radio" value="PROVIDER" defaultChecked={state.values.accountType === 'PROVIDER'} />
                <label className="radios__label" htmlFor="accountType-PROVIDER">
                  Offer support as a group, organisation or personal assistant
                </label>
              </div>
            </div>
          </fieldset>
        </div>
        <Field id="name" label="Your name" error={err('name')}>
          <input className="input" id="name" name="name" type="text" autoComplete="name" defaultValue={state.values.name ?? ''} aria-describedby={describedBy('name', false, err('name'))} aria-invalid={err('name') ? true : undefined} />
        </Field>
        <Field id="email" label="Email address" error={err('email')}>
          <input className="input" id="email" name="email" type="email" autoComplete="email" spellCheck={false} defaultValue={state.values.email ?? email} aria-describedby={describedBy('email', false, err('email'))} aria-invalid={err('email') ? true : undefined} />
        </Field>
        <Field id="password" label="Choose a password" hint="Use 10 or more characters. A few words together are easy to remember." error={err('password')}>
          <input className="input" id="password" name="password" type="password" autoComplete="new-password" aria-describedby={describedBy('password', true, err('password'))} aria-invalid={err('password') ? true : undefined} />
        </Field>
        <SubmitButton>Create account</SubmitButton>
      </form>
    </>
  );
}
