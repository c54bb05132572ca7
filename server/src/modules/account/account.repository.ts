import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import type { Role } from './role';
import { toUser, type User, type UserRow } from './user.entity';

const USER_COLUMNS = 'id, email, name, role, local_authority_code, created_at';

export const AccountRepository = {
  async insertUser(db: EntityManager, u: { email: string; name: string; role: Role; passwordHash: string; localAuthorityCode: string | null }): Promise<User | null> {
    // ON CONFLICT keeps a duplicate sign-up from ever surfacing as a database error.
    const row = await one<UserRow>(
      db,
      `INSERT INTO app_user (email, name, role, password_hash, local_authority_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [u.email, u.name, u.role, u.passwordHash, u.localAuthorityCode],
    );
    return row ? toUser(row) : null;
  },

  async findCredentialsByEmail(db: EntityManager, email: string): Promise<(User & { passwordHash: string }) | null> {
    const row = await one<UserRow & { password_hash: string }>(db, `SELECT ${USER_COLUMNS}, password_hash FROM app_user WHERE email = $1`, [email]);
    return row ? Object.assign(toUser(row), { passwordHash: row.password_hash }) : null;
  },

  async findUsersByIds(db: EntityManager, ids: readonly string[]): Promise<User[]> {
    const found = await rows<UserRow>(db, `SELECT ${USER_COLUMNS} FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
    return found.map(toUser);
  },

  async setPasswordAndRole(db: EntityManager, email: string, passwordHash: string, role: Role): Promise<void> {
    await db.query(`UPDATE app_user SET password_hash = $2, role = $3, local_authority_code = NULL WHERE email = $1`, [email, passwordHash, role]);
  },

  /**
   * Counts one sign-in attempt against each key (an email's and a client's counter) and answers every counter's
   * attempts in its window, in one statement: the upsert holds each row's lock until it commits, so concurrent
   * attempts are numbered one by one and no more than the limit ever reach the password check. A window older than
   * windowSeconds starts again at 1. Keys are locked in sorted order so two attempts never wait on each other in a
   * circle. (sign_in_throttle_pkey)
   */
  async countAttempt(db: EntityManager, keys: string[], windowSeconds: number): Promise<Array<{ key: string; attempts: number; retryAfterSeconds: number }>> {
    const found = await rows<{ key: string; attempts: number; retry_after: number }>(
      db,
      `INSERT INTO sign_in_throttle AS t (key, attempts, window_started_at)
       SELECT k, 1, now() FROM unnest($1::text[]) AS k ORDER BY k
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.attempts + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
       RETURNING key, attempts, greatest(1, ceil(extract(epoch FROM t.window_started_at + make_interval(secs => $2) - now())))::int AS retry_after`,
      [[...keys].sort(), windowSeconds],
    );
    return found.map((r) => ({ key: r.key, attempts: r.attempts, retryAfterSeconds: r.retry_after }));
  },

  /** A successful sign-in: the email's counter starts again, and the client's attempt is given back. */
  async releaseAttempt(db: EntityManager, emailKey: string, clientKey: string): Promise<void> {
    await db.query(
      `WITH cleared AS (DELETE FROM sign_in_throttle WHERE key = $1)
       UPDATE sign_in_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = $2`,
      [emailKey, clientKey],
    );
  },

  /** Counters whose window ended a day ago, so the table does not grow with every address ever seen. */
  async deleteStaleAttempts(db: EntityManager): Promise<void> {
    await db.query(`DELETE FROM sign_in_throttle WHERE window_started_at < now() - interval '1 day'`);
  },
};
