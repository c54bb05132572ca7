import { cookies, headers } from 'next/headers';
import { ACTING_COOKIE, SESSION_COOKIE } from '@/lib/session-cookie';

// Not a 'use server' module: nothing here may be callable from the browser.
/** Seconds until the token's own expiry (the API's tokens carry `exp`), so the cookie never outlives it. */
function tokenLifetime(token: string): number {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp?: number };
    if (claims.exp) return Math.max(60, claims.exp - Math.floor(Date.now() / 1000));
  } catch {
    /* fall through */
  }
  return 12 * 3600;
}

/** Keeps the API's token in an httpOnly cookie on the web origin (never readable by scripts in the page). */
export async function startSession(token: string): Promise<void> {
  const proto = (await headers()).get('x-forwarded-proto');
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: proto === 'https' || process.env.COOKIE_SECURE === '1',
    path: '/',
    maxAge: tokenLifetime(token),
  });
}

/** Ends the session: signing out and deleting the account both end acting for someone too (features/supporter/acting.ts). */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  jar.delete(ACTING_COOKIE);
}
