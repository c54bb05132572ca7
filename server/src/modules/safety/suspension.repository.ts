import type { EntityManager } from 'typeorm';
import { one } from '../../db/sql';
import { PROVIDER_COLUMNS, toProvider, type Provider, type ProviderRow } from '../provider/provider.entity';

export const SuspensionRepository = {
  /**
   * One statement: the provider is marked, its published offerings are paused under a suspension hold (every list
   * of published offerings, and request_booking, drop them as this commits), and each person with an upcoming
   * booking is told once, as is the provider's owner. Bookings and their holds are left alone.
   */
  async suspend(db: EntityManager, providerId: string, adminId: string, reason: string): Promise<Provider | null> {
    const row = await one<ProviderRow>(
      db,
      `WITH p AS (
         UPDATE provider SET suspended_at = now(), suspended_by = $2, suspension_reason = $3, updated_at = now()
         WHERE id = $1 AND suspended_at IS NULL RETURNING *),
       o AS (
         UPDATE offering SET status = 'PAUSED', suspension_hold = true, updated_at = now()
         WHERE provider_id = $1 AND status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM p) RETURNING id),
       people AS (
         SELECT DISTINCT b.person_id FROM booking b -- booking_provider_status_idx
          WHERE b.provider_id = $1 AND b.status IN ('REQUESTED', 'CONFIRMED') AND b.starts_at > now() AND EXISTS (SELECT 1 FROM p)),
       told AS (
         SELECT notify(people.person_id, 'CONCERN_UPDATED', p.name || ' is suspended',
           p.name || ' has been suspended while a concern is looked into, so it is not taking new bookings. Your upcoming bookings with it are still held: you can keep them or cancel them, and cancelling returns the money to your budget.',
           '/plan#bookings', 'suspended:' || p.id || ':' || extract(epoch FROM p.suspended_at)::bigint)
         FROM people, p
         UNION ALL
         SELECT notify(p.owner_id, 'CONCERN_UPDATED', 'Your listings are suspended',
           'An admin suspended ' || p.name || ': its offerings are out of search and cannot be booked until the suspension is lifted. The reason given: "' || p.suspension_reason || '". Bookings already made stay as they are.',
           '/provider', 'suspended:' || p.id || ':' || extract(epoch FROM p.suspended_at)::bigint)
         FROM p)
       SELECT ${PROVIDER_COLUMNS}, (SELECT count(*) FROM o) AS paused, (SELECT count(*) FROM told) AS told FROM p`,
      [providerId, adminId, reason],
    );
    return row ? toProvider(row) : null;
  },

  /** Lifting publishes again exactly the offerings the suspension paused. */
  async lift(db: EntityManager, providerId: string): Promise<Provider | null> {
    const row = await one<ProviderRow>(
      db,
      `WITH p AS (
         UPDATE provider SET suspended_at = NULL, suspended_by = NULL, suspension_reason = NULL, updated_at = now()
         WHERE id = $1 AND suspended_at IS NOT NULL RETURNING *),
       o AS (
         UPDATE offering SET status = 'PUBLISHED', suspension_hold = false, published_at = coalesce(published_at, now()), updated_at = now()
         WHERE provider_id = $1 AND suspension_hold AND EXISTS (SELECT 1 FROM p) RETURNING id) -- offering_suspension_hold_idx
       SELECT ${PROVIDER_COLUMNS}, (SELECT count(*) FROM o) AS published FROM p`,
      [providerId],
    );
    return row ? toProvider(row) : null;
  },
};
