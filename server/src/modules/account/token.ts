import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Viewer } from '../../graphql/request-context';
import { Role } from './role';

// Signed bearer tokens (HMAC-SHA256). They carry the role and, for commissioners, the local authority; they expire
// after the configured lifetime. They also carry the account's token generation and a session id, so that they can
// be revoked: a request is signed in only if the generation matches the account's (or the token is the one session
// kept by a password change); see tokenStillValid, called where the viewer is loaded (http/app.ts).
interface Claims {
  sub: string;
  role: Role;
  la: string | null;
  exp: number;
  /** Token generation of the account when the token was issued (absent in tokens from before revocation: 0). */
  gen?: number;
  /** This sign-in's session id. */
  sid?: string;
}

export interface TokenSession {
  generation: number;
  id: string;
}

export type TokenClaims = Viewer & { session: TokenSession };

export const newSessionId = (): string => randomBytes(16).toString('base64url');

export function issueToken(secret: string, viewer: Viewer, ttlSeconds: number, now = Date.now(), session: TokenSession = { generation: 0, id: newSessionId() }): string {
  const claims: Claims = { sub: viewer.id, role: viewer.role, la: viewer.localAuthorityCode, exp: Math.floor(now / 1000) + ttlSeconds, gen: session.generation, sid: session.id };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `v1.${body}.${sign(secret, body)}`;
}

/** The viewer a token proves, with its session, or null for anything forged, malformed or expired. */
export function readToken(secret: string, token: string | undefined | null, now = Date.now()): TokenClaims | null {
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
    const session = { generation: Number.isInteger(c.gen) ? c.gen! : 0, id: typeof c.sid === 'string' ? c.sid : '' };
    return { id: c.sub, role: c.role, localAuthorityCode: c.la ?? null, session };
  } catch {
    return null;
  }
}

/**
 * The server-side revocation check: a token works while its generation is the account's, or when it is the session
 * the last password change kept (the one that made the change, which may change it again). A deleted or unknown
 * account has no valid tokens.
 */
export function tokenStillValid(session: TokenSession, account: { tokenGeneration: number; keptSessionId: string | null; deletedAt: Date | null } | null): boolean {
  if (!account || account.deletedAt) return false;
  if (session.generation === account.tokenGeneration) return true;
  return session.id !== '' && session.id === account.keptSessionId;
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
