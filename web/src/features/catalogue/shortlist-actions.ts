'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SHORTLIST_COOKIE, MAX_SHORTLIST } from '@/lib/session-cookie';

// The shortlist lives in a plain cookie, like the compare list, so "Save" works without JavaScript and without an
// account; /shortlist?ids=... is the list itself, so it can be shared or printed.
const ID = /^[0-9a-f-]{36}$/i;

export async function readShortlistIds(): Promise<string[]> {
  const raw = (await cookies()).get(SHORTLIST_COOKIE)?.value ?? '';
  return raw.split(',').filter((id) => ID.test(id)).slice(0, MAX_SHORTLIST);
}

/** Only a search (/?...), an offering page or the shortlist: a fixed set of local paths, never an address from outside. */
function returnPath(form: FormData): string {
  const back = String(form.get('back') ?? '');
  return /^\/(\?[^#\\]*)?(#[\w-]*)?$|^\/offerings\/[0-9a-f-]{36}(#[\w-]*)?$|^\/shortlist(\?ids=[0-9a-f,-]*)?$/i.test(back) ? back : '/shortlist';
}

export async function toggleShortlistAction(form: FormData): Promise<void> {
  const id = String(form.get('offeringId') ?? '');
  const ids = await readShortlistIds();
  if (ID.test(id)) {
    const next = ids.includes(id) ? ids.filter((x) => x !== id) : ids.length < MAX_SHORTLIST ? [...ids, id] : ids;
    (await cookies()).set(SHORTLIST_COOKIE, next.join(','), { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 90 * 24 * 3600 });
  }
  redirect(returnPath(form));
}
