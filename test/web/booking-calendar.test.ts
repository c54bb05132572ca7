import { bookingIcs, bookingReference } from '../../web/src/features/booking/booking-calendar';

// "Add to calendar": an RFC 5545 file that calendar apps accept.
describe('booking calendar file', () => {
  const booking = {
    id: '3f2a9c1e-0b7d-4c55-9a1e-2d3c4b5a6f70',
    title: 'Calm walks; slow, and friendly',
    providerName: 'Moss Side Circle',
    startsAt: '2026-12-08T10:00:00.000Z',
    endsAt: '2026-12-08T11:30:00.000Z',
    url: 'https://example.org/plan#bookings',
    status: 'REQUESTED',
  };

  it('gives a short booking reference', () => {
    expect(bookingReference(booking.id)).toBe('SM-3F2A9C1E');
  });

  it('writes one event in UTC with CRLF lines, escaped text and folded long lines', () => {
    const ics = bookingIcs(booking, new Date('2026-12-01T09:00:00Z'));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    const lines = unfolded.split('\r\n');
    expect(lines.slice(0, 6)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Support Market//Bookings//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT']);
    expect(lines).toEqual(
      expect.arrayContaining([
        `UID:${booking.id}@support-market`,
        'DTSTAMP:20261201T090000Z',
        'DTSTART:20261208T100000Z',
        'DTEND:20261208T113000Z',
        'SUMMARY:Calm walks\\; slow\\, and friendly (Moss Side Circle)',
        'STATUS:TENTATIVE',
        'END:VEVENT',
        'END:VCALENDAR',
      ]),
    );
    expect(unfolded).toContain('DESCRIPTION:Booking reference SM-3F2A9C1E. Waiting for the provider to confirm.');
  });

  it('never folds inside a multi-byte character', () => {
    const ics = bookingIcs({ ...booking, title: 'Café ☕ '.repeat(20) });
    for (const l of ics.split('\r\n')) expect(Buffer.from(l, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    expect(ics.replace(/\r\n /g, '')).toContain('Café ☕ Café ☕');
  });
});
