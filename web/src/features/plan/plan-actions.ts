'use server';
import { redirect } from 'next/navigation';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { text } from '@/lib/form-state';
import { ADD_GOAL_MUTATION, CREATE_PLAN_MUTATION, RECORD_OUTCOME_MUTATION, SET_STAYING_SAFE_MUTATION, WELLBEING_MUTATION } from './plan-operations';
import type { LifeArea } from '@/gql/graphql';

// `at` names the section the message belongs in: the page shows it under that section's heading, where the
// browser jumps (#anchor), so it is on screen rather than above the page's heading.
const back = (query: string, anchor: string) => `/plan?${query}&at=${anchor}#${anchor}`;

async function run(op: () => Promise<unknown>, done: string, anchor: string): Promise<never> {
  try {
    await op();
  } catch (e) {
    redirect(back(`error=${apiFailure(e).code}`, anchor));
  }
  redirect(back(`done=${done}`, anchor));
}

export async function recordOutcomeAction(form: FormData): Promise<void> {
  const score = Number(form.get('score'));
  if (!(score >= 1 && score <= 10)) redirect(back('error=BAD_USER_INPUT', 'goals'));
  await run(() => getClient().mutate({ mutation: RECORD_OUTCOME_MUTATION, variables: { input: { goalId: text(form, 'goalId', 60), score, note: text(form, 'note', 500) || undefined } } }), 'score', 'goals');
}

export async function wellbeingAction(form: FormData): Promise<void> {
  const items = Array.from({ length: 7 }, (_, i) => Number(form.get(`item${i}`)));
  if (items.some((v) => !(v >= 1 && v <= 5))) redirect(back('error=WELLBEING_INCOMPLETE', 'wellbeing'));
  await run(() => getClient().mutate({ mutation: WELLBEING_MUTATION, variables: { input: { planId: text(form, 'planId', 60), items } } }), 'wellbeing', 'wellbeing');
}

export async function addGoalAction(form: FormData): Promise<void> {
  const baselineScore = Number(form.get('baselineScore'));
  const description = text(form, 'description', 500);
  if (!description || !(baselineScore >= 1 && baselineScore <= 10)) redirect(back('error=GOAL_INCOMPLETE', 'goals'));
  await run(
    () => getClient().mutate({ mutation: ADD_GOAL_MUTATION, variables: { planId: text(form, 'planId', 60), input: { description, baselineScore, lifeArea: text(form, 'lifeArea', 40) as LifeArea } } }),
    'goal',
    'goals',
  );
}

export async function createPlanAction(form: FormData): Promise<void> {
  const outcode = text(form, 'outcode', 10);
  const needs = form.getAll('needs').map(String).slice(0, 20);
  if (!outcode) redirect('/plan?error=PLAN_INCOMPLETE');
  await run(() => getClient().mutate({ mutation: CREATE_PLAN_MUTATION, variables: { input: { outcode, needCategorySlugs: needs, goals: [] } } }), 'plan', 'main-content');
}

export async function stayingSafeAction(form: FormData): Promise<void> {
  const contacts: { name: string; phone: string }[] = [];
  for (let i = 0; i < 5; i++) {
    const name = text(form, `contactName${i}`, 100);
    const phone = text(form, `contactPhone${i}`, 30);
    if (!name && !phone) continue;
    if (!name || !phone) redirect(back('error=SAFETY_CONTACT', 'staying-safe'));
    contacts.push({ name, phone });
  }
  const input = { risksTaken: text(form, 'risksTaken', 4000) || null, whatHelps: text(form, 'whatHelps', 4000) || null, contacts };
  try {
    await getClient().mutate({ mutation: SET_STAYING_SAFE_MUTATION, variables: { planId: text(form, 'planId', 60), input } });
  } catch (e) {
    // The only input the API refuses here that the form does not check is a phone number that is not a UK one.
    const code = apiFailure(e).code;
    redirect(back(`error=${code === 'BAD_USER_INPUT' ? 'SAFETY_CONTACT' : code}`, 'staying-safe'));
  }
  redirect(back('done=safe', 'staying-safe'));
}
