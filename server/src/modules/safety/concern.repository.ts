import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { CONCERN_COLUMNS, toConcern, type Concern, type ConcernRow, type ConcernStatus, ConcernStep } from './concern.entity';

export interface NewConcern {
  providerId: string;
  offeringId: string | null;
  bookingId: string | null;
  raisedBy: string | null;
  contact: string | null;
  description: string;
  acknowledgeBy: Date;
}

type Cursor = [string, string] | null;

export const ConcernRepository = {
  /**
   * One statement: the concern, the areas whose commissioners handle it (those the provider serves now: its
   * offerings' reach and its base district's council and commissioning council) and its first step. The step's
   * trigger (db/functions/concern-notify.sql) tells the admins and those commissioners, once the statement is done.
   */
  async insert(db: EntityManager, c: NewConcern): Promise<Concern> {
    const row = await one<ConcernRow>(
      db,
      `WITH c AS (
         INSERT INTO concern (provider_id, offering_id, booking_id, raised_by, contact, description, acknowledge_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *),
       areas AS (
         SELECT r.local_authority_code AS la FROM offering o JOIN offering_reach r ON r.offering_id = o.id -- offering_provider_idx, offering_reach_offering_idx
          WHERE o.provider_id = $1
         UNION
         SELECT a.la FROM provider p JOIN postcode_district d ON d.outcode = p.base_outcode
           CROSS JOIN LATERAL (VALUES (d.local_authority_code), (d.commissioning_authority_code)) a(la)
          WHERE p.id = $1 AND a.la IS NOT NULL),
       ca AS (INSERT INTO concern_area (local_authority_code, raised_at, concern_id) SELECT areas.la, c.raised_at, c.id FROM areas, c),
       ev AS (INSERT INTO concern_event (concern_id, to_status, actor_id, at) SELECT c.id, 'RECEIVED', c.raised_by, c.raised_at FROM c)
       SELECT ${CONCERN_COLUMNS('c')} FROM c`,
      [c.providerId, c.offeringId, c.bookingId, c.raisedBy, c.contact, c.description, c.acknowledgeBy],
    );
    return toConcern(row!, false);
  },

  async lockById(db: EntityManager, id: string): Promise<Concern | null> {
    const row = await one<ConcernRow>(db, `SELECT ${CONCERN_COLUMNS('c')} FROM concern c WHERE c.id = $1 FOR UPDATE`, [id]);
    return row ? toConcern(row, false) : null;
  },

  async findById(db: EntityManager, id: string): Promise<Concern | null> {
    const row = await one<ConcernRow>(db, `SELECT ${CONCERN_COLUMNS('c')} FROM concern c WHERE c.id = $1`, [id]);
    return row ? toConcern(row, false) : null;
  },

  // concern_area_concern_idx
  async isInArea(db: EntityManager, concernId: string, localAuthorityCode: string): Promise<boolean> {
    return !!(await one(db, `SELECT 1 FROM concern_area WHERE concern_id = $1 AND local_authority_code = $2`, [concernId, localAuthorityCode]));
  },

  /** One step: the concern's new state and its history row, in one statement. */
  async move(db: EntityManager, current: Concern, to: ConcernStatus, actorId: string, note: string | null): Promise<Concern> {
    const row = await one<ConcernRow>(
      db,
      `WITH c AS (
         UPDATE concern SET status = $2::concern_status,
           acknowledged_at = CASE WHEN $2::concern_status = 'ACKNOWLEDGED' THEN now() ELSE acknowledged_at END,
           closed_at = CASE WHEN $2::concern_status = 'CLOSED' THEN now() ELSE closed_at END,
           outcome = CASE WHEN $2::concern_status = 'CLOSED' THEN $4 ELSE outcome END
         WHERE id = $1 RETURNING *),
       ev AS (INSERT INTO concern_event (concern_id, from_status, to_status, actor_id, note) SELECT c.id, $3::concern_status, $2::concern_status, $5, $4 FROM c)
       SELECT ${CONCERN_COLUMNS('c')} FROM c`,
      [current.id, to, current.status, note, actorId],
    );
    return toConcern(row!, true);
  },

  // concern_raised_idx: every concern, newest first (admins).
  async findPageAll(db: EntityManager, status: ConcernStatus | null, first: number, after: Cursor): Promise<Concern[]> {
    const found = await rows<ConcernRow>(
      db,
      `SELECT ${CONCERN_COLUMNS('c')} FROM concern c
       WHERE ($1::concern_status IS NULL OR c.status = $1) AND ($2::timestamptz IS NULL OR (c.raised_at, c.id) < ($2::timestamptz, $3::uuid))
       ORDER BY c.raised_at DESC, c.id DESC LIMIT $4`,
      [status, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return found.map((r) => toConcern(r, true));
  },

  // concern_area_pkey, walked backwards: a commissioner's area, newest first.
  async findPageInArea(db: EntityManager, localAuthorityCode: string, status: ConcernStatus | null, first: number, after: Cursor): Promise<Concern[]> {
    const found = await rows<ConcernRow>(
      db,
      `SELECT ${CONCERN_COLUMNS('c')} FROM concern_area a JOIN concern c ON c.id = a.concern_id
       WHERE a.local_authority_code = $1 AND ($2::concern_status IS NULL OR c.status = $2)
         AND ($3::timestamptz IS NULL OR (a.raised_at, a.concern_id) < ($3::timestamptz, $4::uuid))
       ORDER BY a.raised_at DESC, a.concern_id DESC LIMIT $5`,
      [localAuthorityCode, status, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return found.map((r) => toConcern(r, true));
  },

  // concern_raiser_idx: those the viewer raised, newest first.
  async findPageRaisedBy(db: EntityManager, userId: string, status: ConcernStatus | null, first: number, after: Cursor): Promise<Concern[]> {
    const found = await rows<ConcernRow>(
      db,
      `SELECT ${CONCERN_COLUMNS('c')} FROM concern c
       WHERE c.raised_by = $1 AND ($2::concern_status IS NULL OR c.status = $2)
         AND ($3::timestamptz IS NULL OR (c.raised_at, c.id) < ($3::timestamptz, $4::uuid))
       ORDER BY c.raised_at DESC, c.id DESC LIMIT $5`,
      [userId, status, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return found.map((r) => toConcern(r, false));
  },

  // concern_event_concern_idx: the steps of a page of concerns in one statement.
  async stepsOf(db: EntityManager, concernIds: readonly string[]): Promise<Array<ConcernStep & { concernId: string; actorId: string | null }>> {
    const found = await rows<{ concern_id: string; to_status: ConcernStatus; at: Date; actor_id: string | null; note: string | null }>(
      db,
      `SELECT concern_id, to_status, at, actor_id, note FROM concern_event WHERE concern_id = ANY($1::uuid[]) ORDER BY concern_id, id`,
      [concernIds],
    );
    return found.map((r) => Object.assign(new ConcernStep(), { concernId: r.concern_id, status: r.to_status, at: r.at, actorId: r.actor_id, actorName: null, note: r.note }));
  },
};
