import { formatDateLong, formatTime, plural } from '@/lib/format';

export interface SlotItem {
  id: string;
  startsAt: string;
  endsAt: string;
  remaining: number;
}

const londonDay = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

// Upcoming times grouped by day, each with a link to book it (a plain link: no script needed).
export function SlotList({ offeringId, slots, bookable, limit = 30 }: { offeringId: string; slots: SlotItem[]; bookable: boolean; limit?: number }) {
  const upcoming = slots.filter((s) => new Date(s.startsAt).getTime() > Date.now()).slice(0, limit);
  if (!upcoming.length) return <p className="inset">There are no times in the next 4 weeks. Check again later, or contact the provider.</p>;
  const days = new Map<string, SlotItem[]>();
  for (const s of upcoming) days.set(londonDay(s.startsAt), [...(days.get(londonDay(s.startsAt)) ?? []), s]);
  return (
    <ul className="slot-days">
      {[...days.values()].map((day) => (
        <li key={day[0].id} className="slot-day">
          <h3 className="slot-day__date">{formatDateLong(day[0].startsAt)}</h3>
          <ul className="slot-list">
            {day.map((s) => (
              <li key={s.id} className="slot">
                <span className="slot__time">
                  {formatTime(s.startsAt)} to {formatTime(s.endsAt)}
                </span>
                {s.remaining > 0 ? (
                  <>
                    <span className="slot__places">{plural(s.remaining, 'place')} free</span>
                    {bookable && (
                      <a className="slot__book" href={`/offerings/${offeringId}/book?slot=${s.id}`}>
                        Book<span className="visually-hidden"> {formatDateLong(s.startsAt)} at {formatTime(s.startsAt)}</span>
                      </a>
                    )}
                  </>
                ) : (
                  <span className="slot__places slot__places--full">Full</span>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
