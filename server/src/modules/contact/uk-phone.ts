// UK phone numbers as people write them: "0161 496 0123", "+44 (0)20 7946 0123", "07700-900123". Stored in one
// readable form (national format with the usual spacing) so pages and the Open Referral feed show them alike.

/** The number in national format, or null when it is not a UK number (10 or 11 digits starting 0, not 00). */
export function normaliseUkPhone(raw: string): string | null {
  if (!/^[0-9+ ()\-.]{10,24}$/.test(raw.trim())) return null;
  let digits = raw.replace(/\(0\)/g, '').replace(/[^0-9+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  if (!/^0[1-9][0-9]{8,9}$/.test(digits)) return null;
  if (digits.length === 10) {
    // Only a few small exchanges (01xxx xxxxx, 016977 xxxx) and 0800 1111 have ten digits.
    if (/^01[0-9]1|^011/.test(digits) || !/^01|^0800/.test(digits)) return null;
    return `${digits.slice(0, 5)} ${digits.slice(5)}`;
  }
  if (digits.startsWith('02')) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (digits.startsWith('07')) return `${digits.slice(0, 5)} ${digits.slice(5)}`;
  if (/^01[0-9]1|^011/.test(digits) || /^0[3589]/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}
