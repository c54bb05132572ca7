import { MigrationInterface, QueryRunner } from 'typeorm';

// adjustBudget committed and then answered `data: null` to a caller who asked for a field it may not read, so a
// retrying client adjusted twice (issue 13, finding 12). An adjustment may now carry an idempotency key, as a
// booking request does: the same key from the same person on the same budget applies once, and a retry answers the
// budget as it is. (budget_ledger_idempotency_key also serves the replay lookup.)
export class AdjustmentIdempotency1764700000002 implements MigrationInterface {
  name = 'AdjustmentIdempotency1764700000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE budget_ledger ADD COLUMN idempotency_key text CHECK (length(idempotency_key) BETWEEN 8 AND 100);
      CREATE UNIQUE INDEX budget_ledger_idempotency_key ON budget_ledger (budget_id, actor_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX budget_ledger_idempotency_key; ALTER TABLE budget_ledger DROP COLUMN idempotency_key;`);
  }
}
