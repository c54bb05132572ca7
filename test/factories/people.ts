import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';

// Plans and budgets straight into the tables (for tests of other modules). Money still goes through the ledger:
// a budget's allocation is an ALLOCATION line, exactly as the service writes it.
export async function sqlPerson(ds: DataSource): Promise<string> {
  const [u] = await ds.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Person', 'PERSON', 'x') RETURNING id`, [`person-${randomUUID()}@test.example`]);
  return u.id;
}

export async function sqlPlan(ds: DataSource, f: { personId?: string; outcode?: string; needs?: string[]; maxTravelKm?: number } = {}): Promise<{ id: string; personId: string }> {
  const personId = f.personId ?? (await sqlPerson(ds));
  const [p] = await ds.query(`INSERT INTO support_plan (person_id, outcode, local_authority_code, max_travel_km) VALUES ($1, $2, 'E08000003', $3) RETURNING id`, [personId, f.outcode ?? 'M14', f.maxTravelKm ?? 10]);
  for (const slug of f.needs ?? []) {
    await ds.query(`INSERT INTO plan_need (plan_id, category_id) SELECT $1, id FROM category WHERE slug = $2`, [p.id, slug]);
  }
  return { id: p.id, personId };
}

export async function sqlBudget(ds: DataSource, planId: string, allocatedPence: number, fundingSource = 'DIRECT_PAYMENT'): Promise<string> {
  const [b] = await ds.query(
    `INSERT INTO budget (plan_id, funding_source, period_start_date, period_end_date) VALUES ($1, $2, current_date, current_date + 365) RETURNING id`,
    [planId, fundingSource],
  );
  if (allocatedPence > 0) await ds.query(`INSERT INTO budget_ledger (budget_id, kind, amount_pence) VALUES ($1, 'ALLOCATION', $2)`, [b.id, allocatedPence]);
  return b.id;
}

/**
 * One person per outcode given (outcodes may repeat), each with a plan in Manchester's council, a goal and a year's
 * budget of allocatedPence begun 90 days before `now`: the people step's output, in one statement, for the bookings
 * seeding step's tests.
 */
export async function sqlPlansWithBudgets(ds: DataSource, outcodes: string[], now: Date, allocatedPence = 60_000): Promise<void> {
  await ds.query(
    `WITH d AS (SELECT gen_random_uuid() AS id, outcode FROM unnest($1::text[]) AS t(outcode)),
          u AS (INSERT INTO app_user (id, email, name, role, password_hash)
                SELECT id, 'person-' || id || '@test.example', 'Person', 'PERSON', 'x' FROM d),
          p AS (INSERT INTO support_plan (person_id, outcode, local_authority_code) SELECT id, outcode, 'E08000003' FROM d RETURNING id),
          g AS (INSERT INTO goal (plan_id, life_area, description, baseline_score, latest_score) SELECT id, 'SOCIAL_CONNECTION', 'Meet people', 3, 3 FROM p),
          b AS (INSERT INTO budget (plan_id, funding_source, period_start_date, period_end_date)
                SELECT id, 'DIRECT_PAYMENT', $2::date - 90, $2::date + 275 FROM p RETURNING id)
     INSERT INTO budget_ledger (budget_id, kind, amount_pence) SELECT id, 'ALLOCATION', $3 FROM b`,
    [outcodes, now, allocatedPence],
  );
}

/** Balances recomputed from the ledger, to compare with the budget row. */
export async function ledgerTotals(ds: DataSource, budgetId: string) {
  const [t] = await ds.query(
    `SELECT coalesce(sum(amount_pence) FILTER (WHERE kind IN ('ALLOCATION','ADJUSTMENT')), 0)::int AS allocated,
            coalesce(sum(CASE kind WHEN 'HOLD' THEN amount_pence WHEN 'RELEASE' THEN -amount_pence WHEN 'SPEND' THEN -amount_pence ELSE 0 END), 0)::int AS committed,
            coalesce(sum(amount_pence) FILTER (WHERE kind = 'SPEND'), 0)::int AS spent
     FROM budget_ledger WHERE budget_id = $1`,
    [budgetId],
  );
  const [b] = await ds.query(`SELECT allocated_pence AS allocated, committed_pence AS committed, spent_pence AS spent FROM budget WHERE id = $1`, [budgetId]);
  return { ledger: t as { allocated: number; committed: number; spent: number }, budget: b as { allocated: number; committed: number; spent: number } };
}
