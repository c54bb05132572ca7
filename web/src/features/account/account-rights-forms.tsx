'use client';
import { useActionState } from 'react';
import { describedBy, Field } from '@/lib/ui/field';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { changePasswordAction, deleteAccountAction, requestPasswordResetAction, resetPasswordAction } from './account-rights-actions';

const PASSWORD_HINT = 'At least 10 characters. Three random words work well. Avoid passwords you use elsewhere.';

function PasswordInput({ id, autoComplete, error, hint }: { id: string; autoComplete: string; error?: string; hint?: boolean }) {
  return (
    <input
      className={`input${error ? ' input--error' : ''}`}
      id={id}
      name={id}
      type="password"
      autoComplete={autoComplete}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
    />
  );
}

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, INITIAL_FORM_STATE);
  const current = errorFor(state, 'currentPassword');
  const next = errorFor(state, 'newPassword');
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <Field id="currentPassword" label="Current password" error={current}>
          <PasswordInput id="currentPassword" autoComplete="current-password" error={current} />
        </Field>
        <Field id="newPassword" label="New password" hint={PASSWORD_HINT} error={next}>
          <PasswordInput id="newPassword" autoComplete="new-password" error={next} hint />
        </Field>
        <SubmitButton>Change password</SubmitButton>
      </form>
    </>
  );
}

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, INITIAL_FORM_STATE);
  const error = errorFor(state, 'email');
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <Field id="email" label="Email address" hint="The email address you use to sign in." error={error}>
          <input
            className={`input${error ? ' input--error' : ''}`}
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            defaultValue={state.values.email ?? ''}
            aria-describedby={describedBy('email', true, error)}
            aria-invalid={error ? true : undefined}
          />
        </Field>
        <SubmitButton>Send me a link</SubmitButton>
      </form>
    </>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, INITIAL_FORM_STATE);
  const error = errorFor(state, 'newPassword');
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <input type="hidden" name="token" value={token} />
        <Field id="newPassword" label="New password" hint={PASSWORD_HINT} error={error}>
          <PasswordInput id="newPassword" autoComplete="new-password" error={error} hint />
        </Field>
        <SubmitButton>Save new password</SubmitButton>
      </form>
    </>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, INITIAL_FORM_STATE);
  const password = errorFor(state, 'password');
  const understood = errorFor(state, 'understood');
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <div className={`form-group${understood ? ' form-group--error' : ''}`}>
          {understood && (
            <p className="error-message" id="understood-error">
              <span className="visually-hidden">Error:</span> {understood}
            </p>
          )}
          <div className="checkboxes__item">
            <input className="checkboxes__input" type="checkbox" id="understood" name="understood" value="yes" aria-describedby={understood ? 'understood-error' : undefined} />
            <label className="checkboxes__label" htmlFor="understood">
              I understand that deleting my account cannot be undone
            </label>
          </div>
        </div>
        <Field id="password" label="Your password" hint="To check it is you." error={password}>
          <PasswordInput id="password" autoComplete="current-password" error={password} hint />
        </Field>
        <SubmitButton className="button button--warning">Delete my account</SubmitButton>
      </form>
    </>
  );
}
