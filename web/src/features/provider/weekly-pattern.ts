// A weekly pattern ("every Tuesday at 10:00 for 6 weeks") turned into slot times. Times are UK local time, so a
// session stays at 10:00 on both sides of a clock change.

/** The UTC instant of a wall-clock time in Europe/London. */
export function londonToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const offset = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(at));
    const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - at;
  };
  return new Date(guess - offset(guess - offset(guess)));
}

/** Today's date in the UK, as YYYY-MM-DD. */
export function londonToday(now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

export interface WeeklyPattern {
  weekday: number; // 0 = Sunday
  time: string; // HH:MM
  minutes: number;
  weeks: number;
  capacity: number;
  from: string; // YYYY-MM-DD
}

export function slotsFor(p: WeeklyPattern): { startsAt: string; endsAt: string; capacity: number }[] {
  const [y, m, d] = p.from.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, d));
  first.setUTCDate(first.getUTCDate() + ((p.weekday - first.getUTCDay() + 7) % 7));
  const out = [];
  for (let w = 0; w < p.weeks; w++) {
    const day = new Date(first.getTime() + w * 7 * 86_400_000).toISOString().slice(0, 10);
    const start = londonToUtc(day, p.time);
    if (start.getTime() <= Date.now()) continue;
    out.push({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + p.minutes * 60_000).toISOString(), capacity: p.capacity });
  }
  return out;
}
