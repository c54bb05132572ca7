'use server';
import { redirect } from 'next/navigation';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure, messageFor } from '@/lib/api-errors';
import { formValues, text, type FieldError, type FormState } from '@/lib/form-state';
import { endSession, startSession } from './session';
import {
  CHANGE_PASSWORD_MUTATION,
  DELETE_MY_ACCOUNT_MUTATION,
  REQUEST_PASSWORD_RESET_MUTATION,
  RESET_PASSWORD_MUTATION,
} from './account-operations';

// Changing, resetting and forgetting a password, and deleting the account. The API says which field was wrong (its
// `field`), which maps onto this form's own field ids.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function failed(prev: FormState, form: FormData, errors: FieldError[]): FormState {
  return { errors, values: formValues(form, ['password', 'currentPassword', 'newPassword']), attempt: prev.attempt + 1 };
}

export async function changePasswordAction(prev: FormState, form: FormData): Promise<FormState> {
  const currentPassword = String(form.get('currentPassword') ?? '');
  const newPassword = String(form.get('newPassword') ?? '');
  const errors: FieldError[] = [];
  if (!currentPassword) errors.push({ field: 'currentPassword', message: 'Enter your current password' });
  if (newPassword.length < 10) errors.push({ field: 'newPassword', message: 'Choose a new password of 10 or more characters' });
  if (errors.length) return failed(prev, form, errors);
  try {
    await getClient().mutate({ mutation: CHANGE_PASSWORD_MUTATION, variables: { currentPassword, newPassword } });
  } catch (e) {
    const f = apiFailure(e);
    return failed(prev, form, [{ field: f.field === 'currentPassword' ? 'currentPassword' : 'newPassword', message: messageFor(f.code, f.apiMessage) }]);
  }
  // This session is the one the API keeps; every other one has stopped working.
  redirect('/account?done=password');
}

export async function requestPasswordResetAction(prev: FormState, form: FormData): Promise<FormState> {
  const email = text(form, 'email', 320);
  if (!email) return failed(prev, form, [{ field: 'email', message: 'Enter your email address' }]);
  if (!EMAIL.test(email)) return failed(prev, form, [{ field: 'email', message: 'Enter an email address like name@example.com' }]);
  try {
    await getClient().mutate({ mutation: REQUEST_PASSWORD_RESET_MUTATION, variables: { email } });
  } catch (e) {
    const f = apiFailure(e);
    return failed(prev, form, [{ field: 'email', message: messageFor(f.code, f.apiMessage) }]);
  }
  redirect('/forgot-password?sent=1');
}

export async function resetPasswordAction(prev: FormState, form: FormData): Promise<FormState> {
  const token = text(form, 'token', 100);
  const newPassword = String(form.get('newPassword') ?? '');
  if (newPassword.length < 10) return failed(prev, form, [{ field: 'newPassword', message: 'Choose a new password of 10 or more characters' }]);
  try {
    const { data } = await getClient().mutate({ mutation: RESET_PASSWORD_MUTATION, variables: { token, newPassword } });
    await startSession(data!.resetPassword.token);
  } catch (e) {
    const f = apiFailure(e);
    if (f.field === 'token') redirect('/reset-password?expired=1');
    return failed(prev, form, [{ field: 'newPassword', message: messageFor(f.code, f.apiMessage) }]);
  }
  redirect('/account?done=reset');
}

export async function deleteAccountAction(prev: FormState, form: FormData): Promise<FormState> {
  const password = String(form.get('password') ?? '');
  const errors: FieldError[] = [];
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  if (form.get('understood') !== 'yes') errors.push({ field: 'understood', message: 'Tick the box to say you understand that this cannot be undone' });
  if (errors.length) return failed(prev, form, errors);
  try {
    await getClient().mutate({ mutation: DELETE_MY_ACCOUNT_MUTATION, variables: { password } });
  } catch (e) {
    const f = apiFailure(e);
    return failed(prev, form, [{ field: 'password', message: messageFor(f.code, f.apiMessage) }]);
  }
  await endSession();
  redirect('/account/deleted');
}
