import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ViewerQuery } from '@/gql/graphql';
import { query } from '@/lib/apollo/server-client';
import { SESSION_COOKIE } from '@/lib/session-cookie';
import { VIEWER_QUERY } from './account-operations';

export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type Role = Viewer['role'];

/** The signed-in user for this request, or null. Asked once per request however many components need it. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  if (!(await cookies()).get(SESSION_COOKIE)) return null;
  try {
    const { data } = await query({ query: VIEWER_QUERY });
    return data?.viewer ?? null;
  } catch {
    // An expired or unreadable token behaves like no sign-in at all.
    return null;
  }
});

/**
 * The viewer, or a redirect to sign in (and back here afterwards). A signed-in user of another role is told the page
 * is not for their account (signing in again would not help).
 */
export async function requireViewer(returnTo: string, roles?: Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (roles && !roles.includes(viewer.role)) redirect(`/wrong-account?page=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** Where each kind of account starts after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'PERSON':
      return '/plan';
    case 'PROVIDER':
      return '/provider';
    case 'COMMISSIONER':
    case 'ADMIN':
      return '/commissioner';
    default:
      return '/';
  }
}
