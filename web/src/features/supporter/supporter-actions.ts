'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { SupporterAccess } from '@/gql/graphql';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { text } from '@/lib/form-state';
import { ACTING_COOKIE } from '@/lib/session-cookie';
import { ACCEPT_INVITATION_MUTATION, INVITE_SUPPORTER_MUTATION, MY_SUPPORTER_ROLES_QUERY, REVOKE_SUPPORTER_MUTATION } from './supporter-operations';

const ID = /^[0-9a-f-]{36}$/i;
const ACCESS = new Set(['VIEW', 'BOOK', 'MANAGE']);
const circle = (q: string) => `/plan?${q}&at=circle#circle`;

export async function inviteSupporterAction(form: FormData): Promise<void> {
  const planId = text(form, 'planId', 60);
  const email = text(form, 'email', 254);
  const relationship = text(form, 'relationship', 100);
  const access = text(form, 'access', 10);
  if (!ID.test(planId) || !email.includes('@') || !relationship || !ACCESS.has(access)) redirect(circle('error=INVITE_INCOMPLETE'));
  try {
    await getClient().mutate({ mutation: INVITE_SUPPORTER_MUTATION, variables: { input: { planId, email, relationship, access: access as SupporterAccess } } });
  } catch (e) {
    redirect(circle(`error=${apiFailure(e).code}`));
  }
  redirect(circle('done=invited'));
}

/** The person revokes from their circle (back to /plan), or a supporter steps down (back to /supporting). */
export async function revokeSupporterAction(form: FormData): Promise<void> {
  const id = text(form, 'id', 60);
  const back = text(form, 'back', 20) === 'supporting' ? '/supporting?' : null;
  const to = (q: string) => (back ? `${back}${q}` : circle(q));
  if (!ID.test(id)) redirect(to('error=NOT_FOUND'));
  try {
    await getClient().mutate({ mutation: REVOKE_SUPPORTER_MUTATION, variables: { id } });
  } catch (e) {
    redirect(to(`error=${apiFailure(e).code}`));
  }
  if (back) (await cookies()).delete(ACTING_COOKIE);
  redirect(to('done=revoked'));
}

export async function acceptInvitationAction(form: FormData): Promise<void> {
  const id = text(form, 'id', 60);
  if (!ID.test(id)) redirect('/supporting?error=NOT_FOUND');
  try {
    await getClient().mutate({ mutation: ACCEPT_INVITATION_MUTATION, variables: { id } });
  } catch (e) {
    redirect(`/supporting/invitations/${id}?error=${apiFailure(e).code}`);
  }
  redirect('/supporting?done=accepted');
}

/** Starts acting for the person whose plan this is, if the viewer supports them now; then opens their plan. */
export async function actForAction(form: FormData): Promise<void> {
  const planId = text(form, 'planId', 60);
  const { data } = await getClient().query({ query: MY_SUPPORTER_ROLES_QUERY });
  if (!ID.test(planId) || !data?.mySupporterRoles.some((r) => r.status === 'ACTIVE' && r.planId === planId)) redirect('/supporting?error=NOT_FOUND');
  const proto = (await headers()).get('x-forwarded-proto');
  (await cookies()).set(ACTING_COOKIE, planId, { httpOnly: true, sameSite: 'lax', path: '/', secure: proto === 'https' || process.env.COOKIE_SECURE === '1' });
  redirect('/plan');
}

export async function stopActingAction(): Promise<void> {
  (await cookies()).delete(ACTING_COOKIE);
  redirect('/supporting?done=stopped');
}
