import type { EntityManager } from 'typeorm';
import { rows } from './sql';

/**
 * Counts one hit against each key (e.g. "email:a@b.c", "client:203.0.113.9") in a window that starts with the key's
 * first hit and lasts windowSeconds, and answers each key's hits so far, in one statement. The upsert holds each
 * row's lock until it commits, so concurrent hits are numbered one by one: a limit checked on the answer is never
 * passed by sending at once (issue 13, finding 1). Keys are locked in sorted order so two callers never wait on
 * each other in a circle. Run it in autocommit (not inside a longer transaction) so the count is visible at once.
 * (throttle_pkey)
 */
export async function countHits(db: EntityManager, keys: string[], windowSeconds: number): Promise<Array<{ key: string; hits: number; retryAfterSeconds: number }>> {
  const found = await rows<{ key: string; attempts: number; retry_after: number }>(
    db,
    `INSERT INTO throttle AS t (key, attempts, window_started_at)
     SELECT k, 1, now() FROM unnest($1::text[]) AS k ORDER BY k
     ON CONFLICT (key) DO UPDATE SET
       attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.attempts + 1 END,
       window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
     RETURNING key, attempts, greatest(1, ceil(extract(epoch FROM t.window_started_at + make_interval(secs => $2) - now())))::int AS retry_after`,
    [[...new Set(keys)].sort(), windowSeconds],
  );
  return found.map((r) => ({ key: r.key, hits: r.attempts, retryAfterSeconds: r.retry_after }));
}

/** Gives one hit back (a sign-in that succeeded does not count against its client). */
export async function giveBackHit(db: EntityManager, key: string): Promise<void> {
  await db.query(`UPDATE throttle SET attempts = greatest(attempts - 1, 0) WHERE key = $1`, [key]);
}

export async function clearHits(db: EntityManager, key: string): Promise<void> {
  await db.query(`DELETE FROM throttle WHERE key = $1`, [key]);
}

/** Counters whose window ended long ago, so the table does not grow with every address ever seen. */
export async function deleteStaleHits(db: EntityManager): Promise<void> {
  await db.query(`DELETE FROM throttle WHERE window_started_at < now() - interval '31 days'`);
}

/**
 * countHits for many hits at once: adds `n` hits to each key (in a window of windowSeconds, as countHits) and answers
 * each key's hits in the window including these, in one statement. For counters kept by a batch writer (the demand
 * recorder's per-client limits), so that every API process counts into the same numbers. (throttle_pkey)
 */
export async function addHits(db: EntityManager, hits: Map<string, number>, windowSeconds: number): Promise<Map<string, number>> {
  if (hits.size === 0) return new Map();
  const keys = [...hits.keys()].sort();
  const found = await rows<{ key: string; attempts: number }>(
    db,
    `INSERT INTO throttle AS t (key, attempts, window_started_at)
     SELECT k, n, now() FROM unnest($1::text[], $2::int[]) AS h(k, n) ORDER BY k
     ON CONFLICT (key) DO UPDATE SET
       attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $3) THEN excluded.attempts ELSE t.attempts + excluded.attempts END,
       window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $3) THEN now() ELSE t.window_started_at END
     RETURNING key, attempts`,
    [keys, keys.map((k) => hits.get(k)!), windowSeconds],
  );
  return new Map(found.map((r) => [r.key, r.attempts]));
}
