import { cache } from 'react';
import { cookies } from 'next/headers';
import { ACTING_COOKIE } from '@/lib/session-cookie';
import type { SupporterAccess } from '@/gql/graphql';
import { query } from '@/lib/apollo/server-client';
import { getViewer } from '@/features/account/viewer';
import { MY_SUPPORTER_ROLES_QUERY } from './supporter-operations';

// Which person a supporter is acting for: the plan id in an httpOnly cookie on the web origin, set by "Act for ..."
// on /supporting and cleared by "Stop acting". The cookie only chooses; the API decides, on every request, what the
// supporter may do (a revoked supporter's cookie finds no active role here and is ignored). The cookie's name,
// ACTING_COOKIE, is in lib/session-cookie.ts beside the session's, as endSession() clears both.

export interface Acting {
  supporterId: string;
  planId: string;
  personName: string;
  access: SupporterAccess;
}

export const ACCESS_WORDS: Record<SupporterAccess, string> = {
  VIEW: 'can see the plan, money and bookings',
  BOOK: 'can see everything and book, cancel and send messages',
  MANAGE: 'can see everything, book, and change the plan and goals',
};

export const getActing = cache(async (): Promise<Acting | null> => {
  const planId = (await cookies()).get(ACTING_COOKIE)?.value;
  if (!planId) return null;
  const viewer = await getViewer();
  if (!viewer || viewer.role !== 'PERSON') return null;
  try {
    const { data } = await query({ query: MY_SUPPORTER_ROLES_QUERY });
    const role = data?.mySupporterRoles.find((r) => r.status === 'ACTIVE' && r.planId === planId);
    return role ? { supporterId: role.id, planId: role.planId, personName: role.personName, access: role.access } : null;
  } catch {
    return null;
  }
});

const RANK: Record<SupporterAccess, number> = { VIEW: 1, BOOK: 2, MANAGE: 3 };

/** Whether the supporter's level allows what the page offers (the API checks again). Not acting: the person's own. */
export const allows = (acting: Acting | null, level: SupporterAccess) => !acting || RANK[acting.access] >= RANK[level];
