import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireViewer } from '@/features/account/viewer';
import { OfferingForm } from '@/features/provider/offering-form';
import { OfferingStatusButtons } from '@/features/provider/offering-status-buttons';
import { OFFERING_EDIT_QUERY } from '@/features/provider/provider-operations';
import { SlotPatternForm } from '@/features/provider/slot-pattern-form';
import { londonToday } from '@/features/provider/weekly-pattern';
import { milesForForm } from '@/features/provider/service-radius';
import { query } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { formatDate, formatDateTime, formatTime, plural } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your listing – Support Market' };

const DAY_MS = 86_400_000;
const WINDOW_MS = 91 * DAY_MS;

/** [from, to) in epoch ms: 13 weeks from the day asked for (never before today), else from now. */
function timesWindow(times: string | undefined): { from: number; to: number } {
  const asked = /^\d{4}-\d{2}-\d{2}$/.test(times ?? '') ? Date.parse(`${times}T00:00:00Z`) : NaN;
  const from = Number.isFinite(asked) && asked > Date.now() ? asked : Date.now();
  return { from, to: from + WINDOW_MS };
}

const STATUS: Record<string, string> = { DRAFT: 'Draft: only you can see it', PUBLISHED: 'Published: people can find and book it', PAUSED: 'Paused: hidden from search', ARCHIVED: 'Archived' };

export default async function EditOfferingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/provider', ['PROVIDER', 'ADMIN']);
  const { id } = await params;
  const sp = await searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  // Times are listed a window of 13 weeks at a time (the API's longest), from today or from ?times=YYYY-MM-DD.
  const window = timesWindow(sp.times);
  const data = await query({ query: OFFERING_EDIT_QUERY, variables: { id, slotsFrom: new Date(window.from).toISOString(), slotsTo: new Date(window.to).toISOString() } })
    .then((r) => r.data)
    .catch((e) => {
      if (['NOT_FOUND', 'FORBIDDEN'].includes(apiFailure(e).code)) return null;
      throw e;
    });
  const o = data?.offering;
  if (!o) notFound();
  const upcoming = o.slots.filter((s) => new Date(s.startsAt).getTime() > Date.now());
  const added = Number(sp.added);
  const until = /^\d{4}-\d{2}-\d{2}$/.test(sp.until ?? '') ? sp.until! : null;
  const addedText = Number.isInteger(added) && added > 0 ? `${plural(added, 'new time')} ${added === 1 ? 'is' : 'are'} added` : 'The new times are added';
  const addedBeyond = until && Date.parse(`${until}T23:59:59Z`) >= window.to ? ` The last is on ${formatDate(until)}: see later times below.` : '';
  const windowHref = (from: number) => `/provider/offerings/${o.id}?times=${new Date(from).toISOString().slice(0, 10)}#slots`;
  return (
    <>
      <a className="back-link" href="/provider">
        Back to the provider portal
      </a>
      <Notice
        done={sp.done}
        error={sp.error}
        messages={{
          created: 'Saved as a draft. Add some times, then publish it.',
          saved: 'Your changes are saved.',
          published: 'Published. People can now find and book it.',
          paused: 'Paused. It is hidden from search; bookings already made still stand.',
          slots: `${addedText}.${addedBeyond}`,
        }}
      />
      <span className="caption">{o.provider.name}</span>
      <h1 className="heading-xl">{o.title}</h1>
      <p>
        Status: <strong data-testid="offering-status">{STATUS[o.status] ?? o.status}</strong>
      </p>
      <div className="button-row">
        <OfferingStatusButtons offeringId={o.id} status={o.status} />
        <a className="button button--secondary" href={`/offerings/${o.id}`}>
          See it as people will
        </a>
      </div>

      <section aria-labelledby="slots-title" id="slots" tabIndex={-1}>
        <h2 className="heading-l" id="slots-title">
          Times
        </h2>
        {upcoming.length ? (
          <div className="table-scroll" role="region" aria-label="Upcoming times" tabIndex={0}>
            <table className="table">
              <caption className="table__caption">
                Times from {formatDate(new Date(Math.max(window.from, Date.now())))} to {formatDate(new Date(window.to - 1))} ({upcoming.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col" className="numeric">
                    Places
                  </th>
                  <th scope="col" className="numeric">
                    Free
                  </th>
                </tr>
              </thead>
              <tbody>
                {upcoming.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {formatDateTime(s.startsAt)} to {formatTime(s.endsAt)}
                    </td>
                    <td className="numeric">{s.capacity}</td>
                    <td className="numeric">{s.remaining}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>
            No times from {formatDate(new Date(Math.max(window.from, Date.now())))} to {formatDate(new Date(window.to - 1))}.
          </p>
        )}
        <nav className="pagination" aria-label="Other weeks">
          {window.from > Date.now() && (
            <a className="pagination__link pagination__link--prev" href={windowHref(window.from - WINDOW_MS)}>
              Earlier times
            </a>
          )}
          <a className="pagination__link pagination__link--next" href={windowHref(window.to)}>
            Later times (from {formatDate(new Date(window.to))})
          </a>
        </nav>
        <h3 className="heading-m">Add the same time every week</h3>
        <SlotPatternForm offeringId={o.id} minutes={o.sessionMinutes} from={londonToday()} />
      </section>

      <section aria-labelledby="edit-title">
        <h2 className="heading-l" id="edit-title">
          Details
        </h2>
        <details className="details">
          <summary className="details__summary">Change the details</summary>
          <div className="two-thirds">
            <OfferingForm
              offeringId={o.id}
              providerId={o.provider.id}
              categories={data!.categories}
              initial={{
                title: o.title,
                summary: o.summary,
                description: o.description,
                categorySlug: o.category.slug,
                deliveryModes: o.deliveryModes,
                price: (o.pricePence / 100).toFixed(2),
                priceUnit: o.priceUnit,
                sessionMinutes: String(o.sessionMinutes),
                serviceRadiusMiles: milesForForm(o.serviceRadiusKm),
                serviceRadiusKm: String(o.serviceRadiusKm),
                languages: o.languages.join(', '),
                accessibility: o.accessibility.join(', '),
                baseOutcode: o.baseOutcode,
              }}
            />
          </div>
        </details>
      </section>
    </>
  );
}
