'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { MARK_READ_MUTATION, SET_PREFERENCES_MUTATION } from './notification-operations';

export async function markAllReadAction(): Promise<void> {
  let error: string | null = null;
  try {
    await getClient().mutate({ mutation: MARK_READ_MUTATION, variables: {} });
  } catch (e) {
    error = apiFailure(e).code;
  }
  // The header (in the layout) shows the unread badge: render it again.
  revalidatePath('/', 'layout');
  redirect(error ? `/notifications?error=${error}` : '/notifications?done=read');
}

export async function savePreferencesAction(form: FormData): Promise<void> {
  let error: string | null = null;
  try {
    await getClient().mutate({ mutation: SET_PREFERENCES_MUTATION, variables: { input: { email: form.get('email') === 'on', reminders: form.get('reminders') === 'on' } } });
  } catch (e) {
    error = apiFailure(e).code;
  }
  redirect(error ? `/notifications?error=${error}#settings` : '/notifications?done=saved#settings');
}
