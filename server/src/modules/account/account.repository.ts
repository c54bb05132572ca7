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
};
