'use server';
import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import type { FundingSource, LifeArea } from '@/gql/graphql';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { text } from '@/lib/form-state';
import { ADJUST_MUTATION, ALLOCATE_MUTATION, CREATE_COMMISSIONER_MUTATION, PUBLISH_MUTATION } from './console-operations';
import { penceFrom } from './money';

// Every console change is sent only from its "check" step (a summary the user confirms), so each action here is
// the confirmation. Errors come back to the page as ?error=CODE (worded by lib/api-errors).
async function run(op: () => Promise<unknown>, fail: string, done: string): Promise<never> {
  try {
    await op();
  } catch (e) {
    const f = apiFailure(e);
    redirect(`${fail}${fail.includes('?') ? '&' : '?'}error=${f.code}`);
  }
  redirect(done);
}

export async function createCommissionerAction(form: FormData): Promise<void> {
  const input = { name: text(form, 'name', 200), email: text(form, 'email', 320), localAuthorityCode: text(form, 'localAuthorityCode', 20), password: String(form.get('password') ?? '').slice(0, 200) };
  if (!input.name || !input.email || !input.localAuthorityCode || !input.password) redirect('/admin/commissioners?error=CONSOLE_INCOMPLETE');
  await run(() => getClient().mutate({ mutation: CREATE_COMMISSIONER_MUTATION, variables: { input } }), '/admin/commissioners', '/admin/commissioners?done=created');
}

export async function allocateAction(form: FormData): Promise<void> {
  const planId = text(form, 'planId', 60);
  const pence = penceFrom(text(form, 'amount', 20));
  const back = `/admin/plans/allocate?plan=${encodeURIComponent(planId)}`;
  if (pence === null) redirect(`${back}&error=CONSOLE_AMOUNT`);
  const input = {
    planId,
    fundingSource: text(form, 'fundingSource', 40) as FundingSource,
    allocatedPence: pence,
    periodStartDate: text(form, 'start', 10),
    periodEndDate: text(form, 'end', 10),
    note: text(form, 'note', 500) || null,
  };
  await run(() => getClient().mutate({ mutation: ALLOCATE_MUTATION, variables: { input } }), back, `/admin/plans?reference=${planId.slice(0, 8).toUpperCase()}&done=allocated`);
}

export async function adjustAction(form: FormData): Promise<void> {
  const budgetId = text(form, 'budgetId', 60);
  const pence = penceFrom(text(form, 'amount', 20));
  const sign = text(form, 'direction', 10) === 'remove' ? -1 : 1;
  const back = `/admin/plans/adjust?budget=${encodeURIComponent(budgetId)}&reference=${encodeURIComponent(text(form, 'reference', 8))}`;
  if (pence === null) redirect(`${back}&error=CONSOLE_AMOUNT`);
  // One key per confirmation page: a double submit or a retry adjusts once.
  const input = { budgetId, amountPence: sign * pence, note: text(form, 'note', 500), idempotencyKey: text(form, 'key', 100) || randomUUID() };
  await run(() => getClient().mutate({ mutation: ADJUST_MUTATION, variables: { input } }), back, `/admin/plans?reference=${encodeURIComponent(text(form, 'reference', 8))}&done=adjusted`);
}

export async function publishAction(form: FormData): Promise<void> {
  const code = text(form, 'localAuthorityCode', 20);
  const pencePerPoint = penceFrom(text(form, 'pencePerPoint', 20));
  const rates = JSON.parse(text(form, 'rates', 5000) || '[]') as { lifeArea: LifeArea; somePoints: number; substantialPoints: number; criticalPoints: number }[];
  const back = `/admin/allocation?la=${encodeURIComponent(code)}`;
  const input = { localAuthorityCode: code, pencePerPoint, rates, note: text(form, 'note', 1000) || null };
  await run(() => getClient().mutate({ mutation: PUBLISH_MUTATION, variables: { input } }), back, `${back}&done=published`);
}
