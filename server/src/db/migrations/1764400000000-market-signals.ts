import { MigrationInterface, QueryRunner } from 'typeorm';

// Demand signals for commissioners, with no personal data: what was searched for where and whether anything was
// found, and needs people said they could not meet. Neither table holds a person, account, address or free text
// beyond the unmet-need description the person chose to write.
export class MarketSignals1764400000000 implements MigrationInterface {
  name = 'MarketSignals1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_event (
        id bigserial PRIMARY KEY,
        local_authority_code text NOT NULL REFERENCES local_authority(code),
        category_ids uuid[] NOT NULL DEFAULT '{}',
        filters text[] NOT NULL DEFAULT '{}',
        result_count integer NOT NULL CHECK (result_count >= 0),
        has_more boolean NOT NULL DEFAULT false,
        searched_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX search_event_area_idx ON search_event (local_authority_code, searched_at);

      CREATE TABLE unmet_need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        local_authority_code text NOT NULL REFERENCES local_authority(code),
        category_id uuid NOT NULL REFERENCES category(id),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        reported_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX unmet_need_area_idx ON unmet_need (local_authority_code, category_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unmet_need; DROP TABLE search_event;`);
  }
}
