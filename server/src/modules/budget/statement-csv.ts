import { csvCell, penceToPounds } from '../../common/csv';
import type { StatementLine } from './budget.entity';

// A budget statement as CSV (RFC 4180, CRLF): one row per ledger line, oldest first, amounts in pounds with two
// decimals and no currency sign, what each line was for (service, provider, session start), dates in ISO 8601 (UTC), and the running balances after each line. Amounts are
// written as plain numbers (a negative adjustment must stay a number in a spreadsheet); text cells go through
// common/csv's csvCell, which quotes them and defuses anything a spreadsheet would run as a formula.
export const STATEMENT_CSV_HEADER = [
  'date',
  'recorded_at',
  'type',
  'description',
  'amount',
  'change_to_available',
  'allocated',
  'committed',
  'spent',
  'available',
  'booking_id',
  'service',
  'provider',
  'session_start',
  'note',
];

export function statementCsv(lines: readonly StatementLine[]): string {
  const rows = lines.map((l) =>
    [
      l.createdAt.toISOString().slice(0, 10),
      l.createdAt.toISOString(),
      l.kind,
      csvCell(l.description),
      penceToPounds(l.amountPence),
      penceToPounds(l.availableChangePence),
      penceToPounds(l.allocatedAfterPence),
      penceToPounds(l.committedAfterPence),
      penceToPounds(l.spentAfterPence),
      penceToPounds(l.availableAfterPence),
      csvCell(l.bookingId),
      csvCell(l.offeringTitle),
      csvCell(l.providerName),
      l.sessionStartsAt ? l.sessionStartsAt.toISOString() : '',
      csvCell(l.note),
    ].join(','),
  );
  return [STATEMENT_CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
