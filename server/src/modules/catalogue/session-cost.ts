import { PriceUnit } from './catalogue.enums';

/**
 * The cost of one booked session, in whole pence. A slot is one session of the offering:
 * - SESSION, DAY and WEEK prices are charged once per booked slot (a slot lasts at most a day, and a week-priced
 *   offering's slot stands for that week's support);
 * - HOUR prices are charged for the offering's advertised session length: price x sessionMinutes / 60, rounded to
 *   the nearest penny, halves up (90 minutes at £15.55 an hour is £23.325, charged as £23.33).
 * Integer arithmetic only, so no floating-point penny is ever lost. Bookings are priced by its SQL twin,
 * session_cost_pence() (db/functions/session-cost-pence.sql), inside request_booking; booking-one-statement.test.ts checks that
 * the two agree. This one serves the seeders and anything else that prices a session in TypeScript.
 */
export function sessionCostPence(pricePence: number, priceUnit: PriceUnit, sessionMinutes: number): number {
  if (priceUnit !== PriceUnit.HOUR) return pricePence;
  return Math.floor((pricePence * sessionMinutes + 30) / 60);
}
