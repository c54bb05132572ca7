import type { EntityManager } from 'typeorm';
import { one } from '../../db/sql';

// exportMyData's reads (UK GDPR Art. 15): everything held about one account, section by section, each section one
// statement whatever its size (json_agg in the database), read in one REPEATABLE READ snapshot by the caller.
// Only this account's own data: the other side of a booking or conversation appears by name as the account saw it,
// never with their email or id; other people's bookings with a provider appear without the people. What a
// commissioner or admin did to other people's budgets is those people's record, not the worker's, and is left out.
const SECTIONS: Record<string, string> = {
  account: `SELECT json_build_object('id', id, 'email', email, 'name', name, 'role', role, 'localAuthorityCode', local_authority_code,
              'createdAt', created_at) FROM app_user WHERE id = $1`,
  notificationPreferences: `SELECT json_build_object('email', email, 'reminders', reminders, 'updatedAt', updated_at)
              FROM notification_preference WHERE user_id = $1`,
  plans: `SELECT coalesce(json_agg(json_build_object(
              'id', sp.id, 'postcodeDistrict', sp.outcode, 'localAuthorityCode', sp.local_authority_code, 'age', sp.age,
              'languages', sp.pref_languages, 'deliveryModes', sp.pref_delivery_modes, 'maxTravelKm', sp.max_travel_km,
              'prefersPeerSupport', sp.prefers_peer_support, 'accessNeeds', sp.pref_accessibility, 'active', sp.active,
              'createdAt', sp.created_at, 'updatedAt', sp.updated_at,
              'needs', (SELECT coalesce(json_agg(c.slug ORDER BY c.slug), '[]') FROM plan_need n JOIN category c ON c.id = n.category_id WHERE n.plan_id = sp.id),
              'goals', (SELECT coalesce(json_agg(json_build_object('id', g.id, 'lifeArea', g.life_area, 'description', g.description,
                  'baselineScore', g.baseline_score, 'latestScore', g.latest_score, 'createdAt', g.created_at,
                  'scores', (SELECT coalesce(json_agg(json_build_object('score', s.score, 'note', s.note, 'bookingId', s.booking_id,
                      'recordedAt', s.recorded_at) ORDER BY s.recorded_at, s.id), '[]') FROM goal_score s WHERE s.goal_id = g.id))
                  ORDER BY g.position, g.id), '[]') FROM goal g WHERE g.plan_id = sp.id),
              'wellbeingChecks', (SELECT coalesce(json_agg(json_build_object('items', w.items, 'rawScore', w.raw_score,
                  'metricScore', w.metric_score, 'recordedAt', w.recorded_at) ORDER BY w.recorded_at), '[]') FROM wellbeing_check w WHERE w.plan_id = sp.id),
              'handovers', (SELECT coalesce(json_agg(json_build_object('from', h.from_local_authority_code, 'to', h.to_local_authority_code,
                  'at', h.handed_over_at) ORDER BY h.handed_over_at), '[]') FROM plan_handover h WHERE h.plan_id = sp.id)
            ) ORDER BY sp.created_at, sp.id), '[]') FROM support_plan sp WHERE sp.person_id = $1`,
  budgets: `SELECT coalesce(json_agg(json_build_object('id', b.id, 'planId', b.plan_id, 'fundingSource', b.funding_source,
              'fundingAuthorityCode', b.funding_authority_code, 'periodStart', b.period_start_date, 'periodEnd', b.period_end_date,
              'allocatedPence', b.allocated_pence, 'committedPence', b.committed_pence, 'spentPence', b.spent_pence, 'createdAt', b.created_at,
              'ledger', (SELECT coalesce(json_agg(json_build_object('kind', l.kind, 'amountPence', l.amount_pence, 'bookingId', l.booking_id,
                  'note', l.note, 'at', l.created_at) ORDER BY l.id), '[]') FROM budget_ledger l WHERE l.budget_id = b.id)
            ) ORDER BY b.created_at, b.id), '[]') FROM budget b JOIN support_plan sp ON sp.id = b.plan_id WHERE sp.person_id = $1`,
  bookings: `SELECT coalesce(json_agg(json_build_object('id', k.id, 'offering', o.title, 'provider', p.name, 'status', k.status,
              'startsAt', k.starts_at, 'endsAt', k.ends_at, 'totalPence', k.total_pence, 'budgetId', k.budget_id, 'createdAt', k.created_at,
              'history', (SELECT coalesce(json_agg(json_build_object('from', e.from_status, 'to', e.to_status, 'byRole', e.actor_role,
                  'byYou', e.actor_id = $1, 'reason', e.reason, 'at', e.at) ORDER BY e.id), '[]') FROM booking_event e WHERE e.booking_id = k.id)
            ) ORDER BY k.created_at, k.id), '[]')
              FROM booking k JOIN offering o ON o.id = k.offering_id JOIN provider p ON p.id = k.provider_id WHERE k.person_id = $1`,
  reviews: `SELECT coalesce(json_agg(json_build_object('bookingId', r.booking_id, 'offering', o.title, 'rating', r.rating,
              'comment', r.comment, 'createdAt', r.created_at) ORDER BY r.created_at, r.id), '[]')
              FROM review r JOIN offering o ON o.id = r.offering_id WHERE r.person_id = $1`,
  conversations: `SELECT coalesce(json_agg(json_build_object('id', c.id, 'offering', o.title, 'provider', p.name,
              'youAre', CASE WHEN c.person_id = $1 THEN 'PERSON' ELSE 'PROVIDER' END, 'bookingId', c.booking_id, 'createdAt', c.created_at,
              'messages', (SELECT coalesce(json_agg(json_build_object('from', m.sender_name, 'byYou', m.sender_id = $1, 'body', m.body,
                  'sentAt', m.sent_at) ORDER BY m.sent_at, m.id), '[]') FROM message m WHERE m.conversation_id = c.id)
            ) ORDER BY c.created_at, c.id), '[]')
              FROM conversation c JOIN offering o ON o.id = c.offering_id JOIN provider p ON p.id = c.provider_id
             WHERE c.person_id = $1 OR c.provider_owner_id = $1`,
  notifications: `SELECT coalesce(json_agg(json_build_object('kind', n.kind, 'title', n.title, 'body', n.body, 'link', n.link,
              'createdAt', n.created_at, 'readAt', n.read_at, 'email', n.email_status, 'emailedAt', n.emailed_at) ORDER BY n.created_at, n.id), '[]')
              FROM notification n WHERE n.user_id = $1`,
  passwordResets: `SELECT coalesce(json_agg(json_build_object('requestedAt', created_at, 'expiresAt', expires_at, 'usedAt', used_at)
              ORDER BY created_at), '[]') FROM password_reset WHERE user_id = $1`,
  providers: `SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'kind', p.kind, 'description', p.description,
              'website', p.website, 'baseDistrict', p.base_outcode, 'verified', p.verified, 'peerLed', p.peer_led,
              'contactEmail', p.contact_email, 'contactPhone', p.contact_phone, 'contactHours', p.contact_hours, 'createdAt', p.created_at,
              'offerings', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'title', o.title, 'summary', o.summary,
                  'description', o.description, 'status', o.status, 'pricePence', o.price_pence, 'priceUnit', o.price_unit,
                  'contactEmail', o.contact_email, 'contactPhone', o.contact_phone, 'venueAddress', o.venue_address,
                  'createdAt', o.created_at) ORDER BY o.created_at, o.id), '[]') FROM offering o WHERE o.provider_id = p.id),
              'bookings', (SELECT coalesce(json_agg(json_build_object('id', k.id, 'offeringId', k.offering_id, 'status', k.status,
                  'startsAt', k.starts_at, 'totalPence', k.total_pence) ORDER BY k.created_at, k.id), '[]') FROM booking k WHERE k.provider_id = p.id),
              'reviewsReceived', (SELECT coalesce(json_agg(json_build_object('offeringId', r.offering_id, 'rating', r.rating,
                  'comment', r.comment, 'createdAt', r.created_at) ORDER BY r.created_at, r.id), '[]') FROM review r WHERE r.provider_id = p.id)
            ) ORDER BY p.created_at, p.id), '[]') FROM provider p WHERE p.owner_id = $1`,
};

export const AccountExportRepository = {
  async sections(db: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [name, sql] of Object.entries(SECTIONS)) out[name] = (await one<{ v: unknown }>(db, `SELECT (${sql}) AS v`, [userId]))?.v ?? null;
    return out;
  },
};
