import type { EntityManager } from 'typeorm';
import type { Role } from '../modules/account/role';
import type { Loaders } from './loaders';
import type { SqlTally } from '../db/sql-counter';

export interface Viewer {
  id: string;
  role: Role;
  /** Commissioners only: the local authority whose market they see. */
  localAuthorityCode: string | null;
  /** The signed-in session's id (from its token): the one a password change keeps. */
  sessionId?: string;
}

/** Transport hooks a resolver may need (setting the session cookie); absent outside HTTP. */
export interface HttpHooks {
  setSessionCookie(token: string, maxAgeSeconds: number): void;
  clearSessionCookie(): void;
  /** Best-effort client identity for rate limiting (the remote address). */
  clientKey: string;
}

// Built fresh for every request: nothing per-user lives at module scope.
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  loaders: Loaders;
  /** The base manager, or a transaction's manager inside a mutation (see db/transaction.ts). */
  db: EntityManager;
  /** SQL statements sent for this request so far (db counts into it: see db/sql-counter.ts); absent outside HTTP. */
  sql?: SqlTally;
  http: HttpHooks | null;
}
