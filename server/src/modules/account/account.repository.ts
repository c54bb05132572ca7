import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import type { Role } from './role';
import { toUser, type User, type UserRow } from './user.entity';

const USER_COLUMNS = 'id, email, name, role, local_authority_code, created_at, token_generation, kept_session_id, deleted_at';

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

  /**
   * Sign-up in one statement whichever way it goes (issue 13, finding 13): a new email makes the account; an email
   * already registered makes nothing and tells its owner by email instead (at most once an hour: the event key), so
   * the answer cannot say which happened. The notice CTE reads the table as it was before the insert.
   */
  async insertUserOrTellOwner(db: EntityManager, u: { email: string; name: string; role: Role; passwordHash: string }): Promise<User | null> {
    const row = await one<UserRow>(
      db,
      `WITH ins AS (
         INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}
       ), notice AS (
         SELECT notify(u.id, 'PASSWORD_RESET', 'Someone tried to make an account with your email',
           'Someone tried to make a new Support Market account with this email address, which already has an account. '
           || 'If it was you, sign in instead, or reset your password if you have forgotten it. If it was not you, you '
           || 'can ignore this email: nothing has changed.', '/forgot-password', 'sign-up-attempt:' || to_char(now(), 'YYYY-MM-DD"T"HH24')) AS id
           FROM app_user u WHERE u.email = $1 AND u.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM ins)
       )
       SELECT ins.* FROM (SELECT count(*) FROM notice) n LEFT JOIN ins ON true`,
      [u.email, u.name, u.role, u.passwordHash],
    );
    return row?.id ? toUser(row) : null;
  },

  async findCredentialsByEmail(db: EntityManager, email: string): Promise<(User & { passwordHash: string }) | null> {
    const row = await one<UserRow & { password_hash: string }>(db, `SELECT ${USER_COLUMNS}, password_hash FROM app_user WHERE email = $1 AND deleted_at IS NULL`, [email]);
    return row ? Object.assign(toUser(row), { passwordHash: row.password_hash }) : null;
  },

  /** Locked, so two password changes or a change and a deletion of one account run one after the other. */
  async lockCredentialsById(db: EntityManager, id: string): Promise<(User & { passwordHash: string }) | null> {
    const row = await one<UserRow & { password_hash: string }>(db, `SELECT ${USER_COLUMNS}, password_hash FROM app_user WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [id]);
    return row ? Object.assign(toUser(row), { passwordHash: row.password_hash }) : null;
  },

  /** A new password: every token issued so far stops working, except the kept session's (null: none kept). */
  async setPasswordRevokingTokens(db: EntityManager, id: string, passwordHash: string, keptSessionId: string | null): Promise<User> {
    const row = await one<UserRow>(
      db,
      `UPDATE app_user SET password_hash = $2, token_generation = token_generation + 1, kept_session_id = $3 WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [id, passwordHash, keptSessionId],
    );
    return toUser(row!);
  },

  /** See db/functions/password-reset.sql. */
  async requestPasswordReset(db: EntityManager, email: string, tokenHash: Buffer, link: string): Promise<boolean> {
    const row = await one<{ found: boolean }>(db, `SELECT request_password_reset($1, $2, $3) AS found`, [email, tokenHash, link]);
    return row!.found;
  },

  /** Uses a reset token: it works once, within its hour, and only the newest of an account's. (password_reset_pkey) */
  async useResetToken(db: EntityManager, tokenHash: Buffer): Promise<string | null> {
    const row = await one<{ user_id: string }>(
      db,
      `UPDATE password_reset SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [tokenHash],
    );
    return row?.user_id ?? null;
  },

  async findUsersByIds(db: EntityManager, ids: readonly string[]): Promise<User[]> {
    const found = await rows<UserRow>(db, `SELECT ${USER_COLUMNS} FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
    return found.map(toUser);
  },

  async setPasswordAndRole(db: EntityManager, email: string, passwordHash: string, role: Role): Promise<void> {
    await db.query(`UPDATE app_user SET password_hash = $2, role = $3, local_authority_code = NULL WHERE email = $1`, [email, passwordHash, role]);
  },
};
