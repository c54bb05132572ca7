import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { VERIFICATION_COLUMNS, toVerification, type Verification, type VerificationKind, type VerificationRow } from './verification.entity';

export const VerificationRepository = {
  async insert(db: EntityManager, providerId: string, submittedBy: string, f: { kind: VerificationKind; reference: string; expiresOn: string | null }): Promise<Verification> {
    const row = await one<VerificationRow>(
      db,
      `INSERT INTO provider_verification (provider_id, kind, reference, expires_on, submitted_by) VALUES ($1, $2, $3, $4::date, $5)
       RETURNING ${VERIFICATION_COLUMNS}`,
      [providerId, f.kind, f.reference, f.expiresOn, submittedBy],
    );
    return toVerification(row!);
  },

  async lockById(db: EntityManager, id: string): Promise<Verification | null> {
    const row = await one<VerificationRow>(db, `SELECT ${VERIFICATION_COLUMNS} FROM provider_verification WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toVerification(row) : null;
  },

  /** Approves or rejects a piece still waiting; null when it was not SUBMITTED (someone else got there first). */
  async review(db: EntityManager, id: string, approve: boolean, adminId: string, note: string | null): Promise<Verification | null> {
    const row = await one<VerificationRow>(
      db,
      `UPDATE provider_verification SET status = $2::verification_status, checked_by = $3, checked_at = now(), review_note = $4
       WHERE id = $1 AND status = 'SUBMITTED' RETURNING ${VERIFICATION_COLUMNS}`,
      [id, approve ? 'VERIFIED' : 'REJECTED', adminId, note],
    );
    return row ? toVerification(row) : null;
  },

  /** verifyProvider: every piece the provider has waiting, approved at once. */
  async approveAllWaiting(db: EntityManager, providerId: string, adminId: string): Promise<number> {
    const r = await db.query(
      `UPDATE provider_verification SET status = 'VERIFIED', checked_by = $2, checked_at = now(), review_note = 'Approved with the provider.'
       WHERE provider_id = $1 AND status = 'SUBMITTED'`,
      [providerId, adminId],
    );
    return Array.isArray(r) && typeof r[1] === 'number' ? r[1] : 0;
  },

  /**
   * A provider that renames itself or changes its kind must be checked again (issue 13, finding 11): its verified
   * evidence goes back to the queue, so "Checked provider" comes off until an admin looks again.
   */
  async sendBackForChecking(db: EntityManager, providerId: string): Promise<void> {
    await db.query(
      `UPDATE provider_verification SET status = 'SUBMITTED', review_note = 'Sent back for checking: the provider changed its name or kind.'
       WHERE provider_id = $1 AND status = 'VERIFIED'`,
      [providerId],
    );
  },

  // provider_verification_provider_idx: each provider's evidence, newest first, for a page of providers in one statement.
  async findByProviders(db: EntityManager, providerIds: readonly string[]): Promise<Verification[]> {
    const found = await rows<VerificationRow>(
      db,
      `SELECT ${VERIFICATION_COLUMNS} FROM provider_verification WHERE provider_id = ANY($1::uuid[]) ORDER BY provider_id, submitted_at DESC, id DESC`,
      [providerIds],
    );
    return found.map(toVerification);
  },

  async requiredByProviders(db: EntityManager, providerIds: readonly string[]): Promise<Array<{ id: string; kinds: VerificationKind[] }>> {
    return rows(db, `SELECT id, provider_required_evidence(id)::text[] AS kinds FROM unnest($1::uuid[]) id`, [providerIds]);
  },

  // provider_verification_queue_idx: oldest first, so nothing waits for ever.
  // The list is plain (the contract's), so the cursor is the last row's id; its sort key is read in the statement.
  async findQueuePage(db: EntityManager, first: number, afterId: string | null): Promise<Verification[]> {
    const found = await rows<VerificationRow>(
      db,
      `SELECT ${VERIFICATION_COLUMNS} FROM provider_verification
       WHERE status = 'SUBMITTED'
         AND ($1::uuid IS NULL OR (submitted_at, id) > (SELECT a.submitted_at, a.id FROM provider_verification a WHERE a.id = $1::uuid))
       ORDER BY submitted_at, id LIMIT $2`,
      [afterId, first],
    );
    return found.map(toVerification);
  },
};
