'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { COMPARE_COOKIE, MAX_COMPARE } from '@/lib/session-cookie';
import { sameOriginPath } from '@/lib/same-origin-path';

// The compare list lives in a plain cookie so "Add to compare" works without JavaScript; the compare page itself
// reads its offerings from the URL (/compare?ids=...), so a comparison can be shared.
const ID = /^[0-9a-f-]{36}$/i;

export async function readCompareIds(): Promise<string[]> {
  const raw = (await cookies()).get(COMPARE_COOKIE)?.value ?? '';
  return raw.split(',').filter((id) => ID.test(id)).slice(0, MAX_COMPARE);
}

function backTo(form: FormData, fallback = '/'): string {
  return sameOriginPath(String(form.get('back') ?? '')) ?? fallback;
}

async function save(ids: string[]): Promise<void> {
  (await cookies()).set(COMPARE_COOKIE, ids.join(','), { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 30 * 24 * 3600 });
}

export async function toggleCompareAction(form: FormData): Promise<void> {
  const id = String(form.get('offeringId') ?? '');
  const ids = await readCompareIds();
  if (ID.test(id)) {
    if (ids.includes(id)) await save(ids.filter((x) => x !== id));
    else if (ids.length < MAX_COMPARE) await save([...ids, id]);
  }
  redirect(backTo(form));
}

export async function clearCompareAction(form: FormData): Promise<void> {
  await save([]);
  redirect(backTo(form));
}
