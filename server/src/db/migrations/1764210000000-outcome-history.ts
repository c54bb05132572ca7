import { MigrationInterface, QueryRunner } from 'typeorm';

// A goal's latest score always follows its newest recorded score (goal_score is its history), whoever writes the
// row: the API, the seeder or a bulk load. The goal's row lock, taken by the service before it records a score,
// keeps the newest row and the latest score in step under concurrency.
export class OutcomeHistory1764210000000 implements MigrationInterface {
  name = 'OutcomeHistory1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION goal_score_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE goal SET latest_score = NEW.score WHERE id = NEW.goal_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER goal_score_apply_trg AFTER INSERT ON goal_score
        FOR EACH ROW EXECUTE FUNCTION goal_score_apply();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER goal_score_apply_trg ON goal_score;
      DROP FUNCTION goal_score_apply();
    `);
  }
}
