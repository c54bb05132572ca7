// RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @ at the start) are prefixed with a
// quote mark, so text written by the public cannot become a formula in a commissioner's spreadsheet.
export type Cell = string | number | boolean | null | undefined;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const penceToPounds = (pence: number) => (pence / 100).toFixed(2);
