// "Overdue" for a concern: not acknowledged within one working day (Monday to Friday, not a bank holiday in England),
// counted in UK time. Raised on a working day: the same time on the next working day. Raised at a weekend or on a
// bank holiday: the end of the next working day.

/** Bank holidays in England and Wales (gov.uk/bank-holidays), 2025 to 2027. */
const BANK_HOLIDAYS = new Set([
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
]);

const DAY_MS = 24 * 3600 * 1000;
const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const londonHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' });

/** The UK calendar date of an instant, YYYY-MM-DD. */
export function ukDate(at: Date): string {
  return londonDay.format(at);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !BANK_HOLIDAYS.has(date);
}

/** Midnight at the start of a UK calendar date (GMT or BST). */
function ukMidnight(date: string): Date {
  const utc = Date.parse(`${date}T00:00:00Z`);
  const offsetHours = Number(londonHour.format(new Date(utc)));
  return new Date(utc - offsetHours * 3600 * 1000);
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function acknowledgeBy(raisedAt: Date): Date {
  let start = raisedAt;
  if (!isWorkingDay(ukDate(start))) {
    let d = nextDate(ukDate(start));
    while (!isWorkingDay(d)) d = nextDate(d);
    start = ukMidnight(d);
  }
  let due = new Date(start.getTime() + DAY_MS);
  while (!isWorkingDay(ukDate(due))) due = new Date(due.getTime() + DAY_MS);
  return due;
}
