import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import type { Role } from '../account/role';
import { PlanRead, Supporter, type SupporterAccess, type SupporterStatus } from './supporter.entity';

interface SupporterRow {
  id: string;
  plan_id: string;
  user_id: string | null;
  person_id: string;
  person_name: string;
  name: string;
  email: string;
  relationship: string;
  access: SupporterAccess;
  status: SupporterStatus;
  invited_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  authorised_reason: string | null;
}

// The supporter's columns with the names shown: the account's name once there is one (by user, else by the invited
// email), and the plan's person's name. Primary keys and app_user_email_key.
const SELECT = `SELECT s.id, s.plan_id, s.user_id, p.person_id, pu.name AS person_name,
       coalesce(su.name, eu.name, s.email) AS name, s.email, s.relationship, s.access, s.status, s.invited_at,
       s.accepted_at, s.revoked_at, s.authorised_reason
  FROM supporter s JOIN support_plan p ON p.id = s.plan_id JOIN app_user pu ON pu.id = p.person_id
  LEFT JOIN app_user su ON su.id = s.user_id
  LEFT JOIN app_user eu ON s.user_id IS NULL AND eu.email = s.email`;

const toSupporter = (r: SupporterRow): Supporter =>
  Object.assign(new Supporter(), {
    id: r.id,
    planId: r.plan_id,
    userId: r.user_id,
    personId: r.person_id,
    personName: r.person_name,
    name: r.name,
    email: r.email,
    relationship: r.relationship,
    access: r.access,
    status: r.status,
    invitedAt: r.invited_at,
    acceptedAt: r.accepted_at,
    revokedAt: r.revoked_at,
    authorisedReason: r.authorised_reason,
  });

export interface NewSupporter {
  planId: string;
  email: string;
  relationship: string;
  access: SupporterAccess;
  invitedBy: string;
  authorisedReason: string | null;
}

export const SupporterRepository = {
  async findById(db: EntityManager, id: string): Promise<Supporter | null> {
    const r = await one<SupporterRow>(db, `${SELECT} WHERE s.id = $1`, [id]);
    return r ? toSupporter(r) : null;
  },

  /** Locks the row (accepting and revoking run one at a time), then reads it with its names. */
  async lockById(db: EntityManager, id: string): Promise<Supporter | null> {
    const locked = await one<{ id: string }>(db, `SELECT id FROM supporter WHERE id = $1 FOR UPDATE`, [id]);
    return locked ? this.findById(db, id) : null;
  },

  // supporter_plan_idx
  async findByPlanIds(db: EntityManager, planIds: readonly string[]): Promise<Supporter[]> {
    const found = await rows<SupporterRow>(db, `${SELECT} WHERE s.plan_id = ANY($1::uuid[]) ORDER BY s.plan_id, s.invited_at, s.id`, [planIds]);
    return found.map(toSupporter);
  },

  /** A user's live roles: the plans they support, and invitations to their email (supporter_user_plan_idx, supporter_email_idx). */
  async findRolesOf(db: EntityManager, userId: string, email: string): Promise<Supporter[]> {
    const found = await rows<SupporterRow>(
      db,
      `${SELECT} WHERE (s.user_id = $1 AND s.status = 'ACTIVE') OR (s.email = $2 AND s.status = 'INVITED') ORDER BY pu.name, s.invited_at, s.id`,
      [userId, email],
    );
    return found.map(toSupporter);
  },

  // supporter_plan_email_live_key
  async findLive(db: EntityManager, planId: string, email: string): Promise<Supporter | null> {
    const r = await one<SupporterRow>(db, `${SELECT} WHERE s.plan_id = $1 AND s.email = $2 AND s.status <> 'REVOKED'`, [planId, email]);
    return r ? toSupporter(r) : null;
  },

  async countLive(db: EntityManager, planId: string): Promise<number> {
    const r = await one<{ n: number }>(db, `SELECT count(*)::int AS n FROM supporter WHERE plan_id = $1 AND status <> 'REVOKED'`, [planId]);
    return r!.n;
  },

  /** The invitation trigger (db/functions/supporter.sql) notifies the invitee in this transaction. */
  async insert(db: EntityManager, s: NewSupporter): Promise<string> {
    const r = await one<{ id: string }>(
      db,
      `INSERT INTO supporter (plan_id, email, relationship, access, invited_by, authorised_reason) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [s.planId, s.email, s.relationship, s.access, s.invitedBy, s.authorisedReason],
    );
    return r!.id;
  },

  async appoint(db: EntityManager, id: string, relationship: string, reason: string): Promise<void> {
    await db.query(`UPDATE supporter SET access = 'MANAGE', relationship = $2, authorised_reason = $3 WHERE id = $1`, [id, relationship, reason]);
  },

  async accept(db: EntityManager, id: string, userId: string): Promise<void> {
    await db.query(`UPDATE supporter SET status = 'ACTIVE', user_id = $2, accepted_at = now() WHERE id = $1`, [id, userId]);
  },

  async revoke(db: EntityManager, id: string, byUserId: string): Promise<void> {
    await db.query(`UPDATE supporter SET status = 'REVOKED', revoked_at = now(), revoked_by = $2 WHERE id = $1`, [id, byUserId]);
  },

  /**
   * The access level of each (user, plan) pair with an ACTIVE supporter row, in one statement
   * (supporter_user_plan_idx). Read afresh on every request: nothing about access is cached across requests, so a
   * revocation holds from the next request on.
   */
  async findActiveAccess(db: EntityManager, pairs: readonly { userId: string; planId: string }[]): Promise<{ userId: string; planId: string; access: SupporterAccess }[]> {
    const found = await rows<{ user_id: string; plan_id: string; access: SupporterAccess }>(
      db,
      `SELECT s.user_id, s.plan_id, s.access FROM supporter s
        JOIN unnest($1::uuid[], $2::uuid[]) AS k(user_id, plan_id) ON k.user_id = s.user_id AND k.plan_id = s.plan_id
       WHERE s.status = 'ACTIVE'`,
      [pairs.map((p) => p.userId), pairs.map((p) => p.planId)],
    );
    return found.map((r) => ({ userId: r.user_id, planId: r.plan_id, access: r.access }));
  },

  /**
   * Records that these users read these plans: at most one row per reader, plan and hour (plan_read_hour_key), so a
   * busy reader costs one statement a request and no growth.
   */
  async recordReads(db: EntityManager, reads: readonly { readerId: string; role: Role; planId: string }[]): Promise<void> {
    await db.query(
      `INSERT INTO plan_read (plan_id, reader_id, reader_role, hour)
       SELECT k.plan_id, k.reader_id, k.role, date_trunc('hour', now()) FROM unnest($1::uuid[], $2::uuid[], $3::user_role[]) AS k(plan_id, reader_id, role)
       ON CONFLICT ON CONSTRAINT plan_read_hour_key DO NOTHING`,
      [reads.map((r) => r.planId), reads.map((r) => r.readerId), reads.map((r) => r.role)],
    );
  },

  // plan_read_plan_idx; a supporter's relationship from their newest row for the plan.
  async findReads(db: EntityManager, planId: string, limit: number): Promise<PlanRead[]> {
    const found = await rows<{ id: string; name: string; reader_role: Role; relationship: string | null; read_at: Date }>(
      db,
      `SELECT r.id, u.name, r.reader_role, rel.relationship, r.read_at
         FROM plan_read r JOIN app_user u ON u.id = r.reader_id
         LEFT JOIN LATERAL (SELECT s.relationship FROM supporter s WHERE s.plan_id = r.plan_id AND s.user_id = r.reader_id
                             ORDER BY s.invited_at DESC LIMIT 1) rel ON true
        WHERE r.plan_id = $1 ORDER BY r.read_at DESC, r.id DESC LIMIT $2`,
      [planId, limit],
    );
    return found.map((r) => Object.assign(new PlanRead(), { id: String(r.id), readerName: r.name, readerRole: r.reader_role, relationship: r.relationship, readAt: r.read_at }));
  },

  /**
   * For deleting an account (issue 15 part 4, on the accounts branch): revokes every supporter row the user holds or
   * was invited to by email, and every supporter of the user's own plans, and erases the invited email addresses.
   */
  async forgetUser(db: EntityManager, userId: string, email: string): Promise<void> {
    await db.query(
      `UPDATE supporter SET status = 'REVOKED', revoked_at = coalesce(revoked_at, now()), email = 'erased-' || id || '@invalid'
        WHERE user_id = $1 OR email = $2 OR plan_id IN (SELECT id FROM support_plan WHERE person_id = $1)`,
      [userId, email.trim().toLowerCase()],
    );
  },
};
