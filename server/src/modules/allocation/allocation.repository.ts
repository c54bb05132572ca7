import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { advisoryXactLock } from '../../db/read-routing';
import type { Rate } from './allocation.calculator';
import { toScheme, type AllocationScheme, type SchemeRow } from './allocation.entity';

const SCHEME_COLUMNS = `s.id, s.local_authority_code, s.version, s.pence_per_point, s.note, s.published_at,
  (SELECT json_agg(json_build_object('lifeArea', r.life_area, 'somePoints', r.some_points,
     'substantialPoints', r.substantial_points, 'criticalPoints', r.critical_points))
   FROM allocation_rate r WHERE r.scheme_id = s.id) AS rates`;

export const AllocationRepository = {
  // allocation_scheme_version_key (local_authority_code, version): the newest version of each area.
  async findCurrent(db: EntityManager, codes: readonly string[]): Promise<AllocationScheme[]> {
    const found = await rows<SchemeRow>(
      db,
      `SELECT ${SCHEME_COLUMNS} FROM unnest($1::text[]) AS k(code)
       CROSS JOIN LATERAL (SELECT * FROM allocation_scheme x WHERE x.local_authority_code = k.code ORDER BY x.version DESC LIMIT 1) s`,
      [codes],
    );
    return found.map(toScheme);
  },

  async findVersion(db: EntityManager, code: string, version: number): Promise<AllocationScheme | null> {
    const row = await one<SchemeRow>(db, `SELECT ${SCHEME_COLUMNS} FROM allocation_scheme s WHERE s.local_authority_code = $1 AND s.version = $2`, [code, version]);
    return row ? toScheme(row) : null;
  },

  /** Serialises publishing in one area until the transaction ends, so versions are numbered without gaps or clashes. */
  async lockArea(db: EntityManager, code: string): Promise<void> {
    await advisoryXactLock(db, `hashtext('allocation_scheme:' || $1)`, [code]);
  },

  async insert(db: EntityManager, s: { code: string; version: number; pencePerPoint: number; note: string | null; publishedBy: string; rates: readonly Rate[] }): Promise<AllocationScheme> {
    const [{ id }] = await rows<{ id: string }>(
      db,
      `INSERT INTO allocation_scheme (local_authority_code, version, pence_per_point, note, published_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [s.code, s.version, s.pencePerPoint, s.note, s.publishedBy],
    );
    await db.query(
      `INSERT INTO allocation_rate (scheme_id, life_area, some_points, substantial_points, critical_points)
       SELECT $1, * FROM unnest($2::life_area[], $3::int[], $4::int[], $5::int[])`,
      [id, s.rates.map((r) => r.lifeArea), s.rates.map((r) => r.somePoints), s.rates.map((r) => r.substantialPoints), s.rates.map((r) => r.criticalPoints)],
    );
    return (await AllocationRepository.findVersion(db, s.code, s.version))!;
  },
};
