/** "£1,250.50", "1250.5" or "1250" as pence; null when it is not an amount of money above zero. */
export function penceFrom(raw: string): number | null {
  const cleaned = raw.replace(/[£,\s]/g, '');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) return null;
  const pence = Math.round(Number(cleaned) * 100);
  return pence > 0 ? pence : null;
}
