// A booking as an iCalendar file (RFC 5545), written by hand: one VEVENT, CRLF line endings, text escaped and long
// lines folded at 75 octets, times in UTC. No dependency: the format is small and this is all of it we use.

/** The short reference a person can quote to a provider or the council: SM- and the first 8 characters of the id. */
export function bookingReference(id: string): string {
  return `SM-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

export interface CalendarBooking {
  id: string;
  title: string;
  providerName: string;
  startsAt: string | Date;
  endsAt: string | Date;
  /** Where to see the booking, e.g. https://.../plan#bookings */
  url: string;
  status: string;
}

const utc = (d: string | Date) => new Date(d).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function bookingIcs(b: CalendarBooking, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Support Market//Bookings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${b.id}@support-market`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(b.startsAt)}`,
    `DTEND:${utc(b.endsAt)}`,
    `SUMMARY:${text(`${b.title} (${b.providerName})`)}`,
    `DESCRIPTION:${text(`Booking reference ${bookingReference(b.id)}. ${b.status === 'CONFIRMED' ? 'Confirmed by the provider.' : 'Waiting for the provider to confirm.'} See or cancel it: ${b.url}`)}`,
    `URL:${b.url}`,
    `STATUS:${b.status === 'CONFIRMED' ? 'CONFIRMED' : 'TENTATIVE'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
