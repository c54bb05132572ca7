'use server';
import { redirect } from 'next/navigation';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure, messageFor } from '@/lib/api-errors';
import { formValues, text, type FieldError, type FormState } from '@/lib/form-state';
import { sameOriginPath } from '@/lib/same-origin-path';
import { endSession, startSession } from './session';
import { homeFor, type Role } from './viewer';
import { SIGN_IN_MUTATION, SIGN_UP_MUTATION } from './account-operations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoSignInEnabled } from './demo-accounts';

// Sign-in happens server to server: the web server calls the API, takes the token and keeps it in an httpOnly
// cookie on the web origin (the same name the API uses), so scripts in the page can never read it.

/** Only same-site paths, so a crafted link cannot send people elsewhere after signing in. */
function safeNext(next: string, role: Role): string {
  return sameOriginPath(next) ?? homeFor(role);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const email = text(form, 'email', 320);
  const password = String(form.get('password') ?? '');
  const errors: FieldError[] = [];
  if (!email) errors.push({ field: 'email', message: 'Enter your email address' });
  else if (!EMAIL.test(email)) errors.push({ field: 'email', message: 'Enter an email address like name@example.com' });
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  const values = formValues(form);
  if (errors.length) return { errors, values, attempt: _prev.attempt + 1 };

  let role: Role;
  try {
    const { data } = await getClient().mutate({ mutation: SIGN_IN_MUTATION, variables: { input: { email, password } } });
    await startSession(data!.signIn.token);
    role = data!.signIn.user.role;
  } catch (e) {
    const f = apiFailure(e);
    const message = f.code === 'UNAUTHENTICATED' ? 'The email address or password is not right' : messageFor(f.code, f.apiMessage);
    return { errors: [{ field: 'email', message }], values, attempt: _prev.attempt + 1 };
  }
  redirect(safeNext(text(form, 'next', 500), role));
}

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const name = text(form, 'name', 200);
  const email = text(form, 'email', 320);
  const password = String(form.get('password') ?? '');
  const chosen = text(form, 'accountType');
  const accountType = chosen === 'PROVIDER' || chosen === 'PERSON' ? chosen : null;
  const errors: FieldError[] = [];
  if (!name) errors.push({ field: 'name', message: 'Enter your name' });
  if (!email) errors.push({ field: 'email', message: 'Enter your email address' });
  else if (!EMAIL.test(email)) errors.push({ field: 'email', message: 'Enter an email address like name@example.com' });
  if (password.length < 10) errors.push({ field: 'password', message: 'Choose a password of 10 or more characters' });
  if (!accountType) errors.push({ field: 'accountType-PERSON', message: 'Choose what you want to do' });
  const values = formValues(form);
  if (errors.length || !accountType) return { errors, values, attempt: _prev.attempt + 1 };

  let role: Role;
  try {
    const { data } = await getClient().mutate({
      mutation: SIGN_UP_MUTATION,
      variables: { input: { name, email, password, accountType } },
    });
    await startSession(data!.signUp.token);
    role = data!.signUp.user.role;
  } catch (e) {
    const f = apiFailure(e);
    const field = f.field === 'password' ? 'password' : f.field === 'name' ? 'name' : 'email';
    const message = f.code === 'CONFLICT' ? 'There is already an account with that email address. Try signing in.' : messageFor(f.code, f.apiMessage);
    return { errors: [{ field, message }], values, attempt: _prev.attempt + 1 };
  }
  // From an invitation to support someone: back to it, to accept.
  redirect(safeNext(String(form.get('next') ?? ''), role));
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect('/?signedOut=1');
}

/** Demo only (DEMO_SIGN_IN=1): one press signs in as a seeded account. */
export async function demoSignInAction(form: FormData): Promise<void> {
  if (!demoSignInEnabled()) redirect('/sign-in');
  const account = DEMO_ACCOUNTS.find((a) => a.email === form.get('email'));
  if (!account) redirect('/sign-in');
  let role: Role;
  try {
    const { data } = await getClient().mutate({ mutation: SIGN_IN_MUTATION, variables: { input: { email: account.email, password: DEMO_PASSWORD } } });
    await startSession(data!.signIn.token);
    role = data!.signIn.user.role;
  } catch (e) {
    redirect(`/sign-in?error=${apiFailure(e).code}`);
  }
  redirect(homeFor(role));
}
