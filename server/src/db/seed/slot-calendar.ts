// Seeded sessions run at UK local times (09:00-21:00 in Europe/London) and are stored as UTC instants, relative
// to a fixed `now` so that a re-run on the same day gives the same slots.
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
export const SLOT_WINDOW_DAYS = 28;

/** The default seeding clock: the next UTC midnight after today, so every run on one day agrees. */
export function defaultSeedNow(today: Date = new Date()): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1));
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes that London is ahead of UTC at an instant (0 in winter, 60 in summer time). */
export function londonOffsetMinutes(at: Date): number {
  const p: Record<string, string> = {};
  for (const part of LONDON.formatToParts(at)) p[part.type] = part.value;
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

export interface WeeklySession {
  /** 1 = Monday ... 5 = Friday (Date#getUTCDay numbering). */
  weekday: number;
  /** Minutes after local midnight. */
  localStartMinute: number;
}

/** The days of the slot window, each with its weekday and London offset, computed once per seeding run. */
export class SlotCalendar {
  private readonly days: { startMs: number; weekday: number; offsetMinutes: number }[] = [];
  readonly fromMs: number;
  readonly toMs: number;

  constructor(now: Date, windowDays = SLOT_WINDOW_DAYS) {
    this.fromMs = now.getTime();
    this.toMs = this.fromMs + windowDays * DAY_MS;
    const firstDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    for (let d = 0; d <= windowDays; d++) {
      const startMs = firstDay + d * DAY_MS;
      // Clocks change at 01:00 UTC on Sundays; seeded sessions are on weekdays, so the offset at noon is exact.
      this.days.push({ startMs, weekday: new Date(startMs).getUTCDay(), offsetMinutes: londonOffsetMinutes(new Date(startMs + DAY_MS / 2)) });
    }
  }

  /** Start instants (ms) of a weekly pattern's sessions inside [now, now + window). */
  *starts(pattern: readonly WeeklySession[]): Generator<number> {
    for (const day of this.days) {
      for (const s of pattern) {
        if (s.weekday !== day.weekday) continue;
        const at = day.startMs + (s.localStartMinute - day.offsetMinutes) * MINUTE_MS;
        if (at >= this.fromMs && at < this.toMs) yield at;
      }
    }
  }
}
