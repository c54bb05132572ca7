'use server';
import { redirect } from 'next/navigation';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { text } from '@/lib/form-state';
import { getActing } from '@/features/supporter/acting';
import { MY_PLAN_IDS_QUERY, SEND_MESSAGE_MUTATION, START_CONVERSATION_MUTATION } from './message-operations';

const ID = /^[0-9a-f-]{36}$/i;

/** A person asks the provider of an offering a question (for their first plan), then reads the conversation. */
export async function askQuestionAction(form: FormData): Promise<void> {
  const offeringId = text(form, 'offeringId', 60);
  const body = text(form, 'body', 6000);
  const back = `/offerings/${ID.test(offeringId) ? offeringId : ''}`;
  if (!body) redirect(`${back}?error=EMPTY_MESSAGE#ask`);
  let outcome: { id: string } | { code: string };
  try {
    // A supporter acting for someone writes for that person's plan (signed "Jo (for Sam)" by the API).
    const acting = await getActing();
    const planId = acting ? acting.planId : (await getClient().query({ query: MY_PLAN_IDS_QUERY })).data?.myPlans[0]?.id;
    if (!planId) outcome = { code: 'NO_PLAN' };
    else {
      const r = await getClient().mutate({ mutation: START_CONVERSATION_MUTATION, variables: { input: { offeringId, planId, body } } });
      outcome = { id: r.data!.startConversation.id };
    }
  } catch (e) {
    outcome = { code: apiFailure(e).code };
  }
  if ('id' in outcome) redirect(`/messages/${outcome.id}?done=sent`);
  if (outcome.code === 'UNAUTHENTICATED') redirect(`/sign-in?next=${encodeURIComponent(back)}`);
  redirect(`${back}?error=${outcome.code}#ask`);
}

export async function replyAction(form: FormData): Promise<void> {
  const conversationId = text(form, 'conversationId', 60);
  const body = text(form, 'body', 6000);
  const back = `/messages/${ID.test(conversationId) ? conversationId : ''}`;
  if (!body) redirect(`${back}?error=EMPTY_MESSAGE#reply`);
  try {
    await getClient().mutate({ mutation: SEND_MESSAGE_MUTATION, variables: { conversationId, body } });
  } catch (e) {
    redirect(`${back}?error=${apiFailure(e).code}#reply`);
  }
  redirect(`${back}?done=sent#reply`);
}
