'use client';
import { useActionState } from 'react';
import { describedBy, Field } from '@/lib/ui/field';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { signInAction } from './account-actions';

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, INITIAL_FORM_STATE);
  const emailError = errorFor(state, 'email');
  const passwordError = errorFor(state, 'password');
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <input type="hidden" name="next" value={next} />
        <Field id="email" label="Email address" error={emailError}>
          <input
            className={`input${emailError ? ' input--error' : ''}`}
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            defaultValue={state.values.email ?? ''}
            aria-describedby={describedBy('email', false, emailError)}
            aria-invalid={emailError ? true : undefined}
          />
        </Field>
        <Field id="password" label="Password" error={passwordError}>
          <input
            className={`input${passwordError ? ' input--error' : ''}`}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-describedby={describedBy('password', false, passwordError)}
            aria-invalid={passwordError ? true : undefined}
          />
        </Field>
        <SubmitButton>Sign in</SubmitButton>
      </form>
    </>
  );
}
