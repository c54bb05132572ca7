import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Viewer } from '../../graphql/request-context';
import { Role } from './role';

// Stateless signed bearer tokens (HMAC-SHA256): no SQL to authenticate a request. They carry the role and, for
// commissioners, the local authority; they expire after the configured lifetime.
interface Claims {
  sub: string;
  role: Role;
  la: string | null;
  exp: number;
}

export function issueToken(secret: string, viewer: Viewer, ttlSeconds: number, now = Date.now()): string {
  const claims: Claims = { sub: viewer.id, role: viewer.role, la: viewer.localAuthorityCode, exp: Math.floor(now / 1000) + ttlSeconds };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `v1.${body}.${sign(secret, body)}`;
}

/** The viewer a token proves, or null for anything forged, malformed or expired. */
export function readToken(secret: string, token: string | undefined | null, now = Date.now()): Viewer | null {
  if (!token || token.length > 1000) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1') return null;
  const expected = Buffer.from(sign(secret, parts[1]));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const c = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Claims;
    if (typeof c.exp !== 'number' || c.exp * 1000 <= now) return null;
    if (!Object.values(Role).includes(c.role) || typeof c.sub !== 'string') return null;
    return { id: c.sub, role: c.role, localAuthorityCode: c.la ?? null };
  } catch {
    return null;
  }
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
