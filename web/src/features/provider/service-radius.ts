import { KM_PER_MILE } from '../../lib/miles';

// Providers see and type their reach in miles, like every distance on the site; the API stores kilometres
// (Offering.serviceRadiusKm). A value shown in miles is rounded, so a form sent back unchanged keeps the stored km
// exactly instead of drifting by the rounding (10 km shows as 6.2 miles, and 6.2 miles would be 9.98 km).

/** Kilometres as the form shows them: miles to one decimal place, without a trailing ".0". */
export function milesForForm(km: number): string {
  return String(Math.round((km / KM_PER_MILE) * 10) / 10);
}

/**
 * The km to send for what was typed: the stored km when the miles shown were left as they were, else the miles
 * converted (to the metre). null when it is not a distance of 0 to 300 miles.
 */
export function kmFromForm(typed: string, shownMiles: string, storedKm: string): number | null {
  const text = typed.trim().replace(/\s*(miles?|mi)$/i, '');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null;
  const miles = Number(text);
  if (miles > 300) return null;
  const stored = Number(storedKm);
  if (storedKm !== '' && Number.isFinite(stored) && shownMiles !== '' && miles === Number(shownMiles)) return stored;
  return Math.round(miles * KM_PER_MILE * 1000) / 1000;
}
