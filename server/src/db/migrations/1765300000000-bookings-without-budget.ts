import { MigrationInterface, QueryRunner } from 'typeorm';

// A free session can be booked with no budget at all (issue 15, "no dead ends"): someone without a council budget
// must still be able to book a free peer group. Such a booking names no budget, and the database makes sure it can
// never hold or spend money: a booking without a budget costs nothing (the ledger lines name a budget, so none can be
// written for it either).
export class BookingsWithoutBudget1765300000000 implements MigrationInterface {
  name = 'BookingsWithoutBudget1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE booking ALTER COLUMN budget_id DROP NOT NULL;
      ALTER TABLE booking ADD CONSTRAINT booking_budget_or_free CHECK (budget_id IS NOT NULL OR total_pence = 0);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // Bookings without a budget cannot be given one after the fact, so a rollback refuses while any exist.
    await q.query(`
      ALTER TABLE booking DROP CONSTRAINT booking_budget_or_free;
      ALTER TABLE booking ALTER COLUMN budget_id SET NOT NULL;
    `);
  }
}
