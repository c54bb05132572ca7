import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ConcernStatus } from '@/gql/graphql';
import { requireViewer } from '@/features/account/viewer';
import { updateConcernAction } from '@/features/safety/safety-actions';
import { CONCERN_QUERY } from '@/features/safety/safety-operations';
import { CONCERN_STATUS_WORDS, ukDay } from '@/features/safety/safety-words';
import { query } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'A concern – Support Market' };

const NEXT: Record<ConcernStatus, ConcernStatus[]> = {
  RECEIVED: ['ACKNOWLEDGED'],
  ACKNOWLEDGED: ['INVESTIGATING', 'CLOSED'],
  INVESTIGATING: ['CLOSED'],
  CLOSED: [],
};
const ACTION: Record<ConcernStatus, string> = { RECEIVED: '', ACKNOWLEDGED: 'Acknowledge', INVESTIGATING: 'Start investigating', CLOSED: 'Close with this outcome' };
const when = (at: string) => new Date(at).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

export default async function ConcernPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/admin/concerns/${id}`, ['ADMIN', 'COMMISSIONER']);
  const sp = await searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  let c;
  try {
    c = (await query({ query: CONCERN_QUERY, variables: { id } })).data?.concern;
  } catch (e) {
    if (['NOT_FOUND', 'FORBIDDEN'].includes(apiFailure(e).code)) notFound();
    throw e;
  }
  if (!c) notFound();
  const next = NEXT[c.status];
  return (
    <>
      <a className="back-link" href="/admin/concerns">
        Back to concerns
      </a>
      <Notice done={sp.done} error={sp.error} messages={{ acknowledged: 'Acknowledged. The person who raised it has been told.', investigating: 'Marked as being investigated.', closed: 'Closed. The person who raised it has been told the outcome.' }} />
      <p className="caption">Concern about</p>
      <h1 className="heading-xl">
        {c.provider.name}
        {c.offering ? `: ${c.offering.title}` : ''}
      </h1>
      <p>
        <strong className="tag">{CONCERN_STATUS_WORDS[c.status]}</strong>
        {c.overdue && (
          <>
            {' '}
            <strong className="tag tag--red">Overdue: not acknowledged within one working day</strong>
          </>
        )}
      </p>
      <div className="two-thirds">
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Raised</dt>
            <dd>{when(c.raisedAt)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Acknowledge by</dt>
            <dd>{when(c.acknowledgeBy)}</dd>
          </div>
          {c.bookingStartsAt && (
            <div className="summary-list__row">
              <dt>Booked session</dt>
              <dd>{when(c.bookingStartsAt)}</dd>
            </div>
          )}
          <div className="summary-list__row">
            <dt>Raised by</dt>
            <dd>
              {c.raisedBy?.name ? `${c.raisedBy.name} (${c.raisedBy.email})` : 'Someone who was not signed in'}
              {c.raisedBy?.contact ? `; reach them on ${c.raisedBy.contact}` : ''}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>What happened</dt>
            <dd>{c.description}</dd>
          </div>
          {c.outcome && (
            <div className="summary-list__row">
              <dt>Outcome</dt>
              <dd>{c.outcome}</dd>
            </div>
          )}
        </dl>
        <p>The provider is never told who raised a concern.</p>

        <h2 className="heading-m">What has happened so far</h2>
        <ol className="list list--number">
          {c.history.map((s, i) => (
            <li key={i}>
              {CONCERN_STATUS_WORDS[s.status]} on {when(s.at)}
              {s.actorName ? ` by ${s.actorName}` : ''}
              {s.note ? `: ${s.note}` : ''}
            </li>
          ))}
        </ol>

        {next.length > 0 && (
          <form action={updateConcernAction} className="form">
            <input type="hidden" name="concernId" value={c.id} />
            <h2 className="heading-m">Next step</h2>
            <div className="form-group">
              <label className="label" htmlFor="note">
                Note{next.includes('CLOSED') ? ' (the outcome, needed to close: the person who raised it is told)' : ' (optional)'}
              </label>
              <textarea className="textarea" id="note" name="note" rows={4} maxLength={5000} />
            </div>
            <div className="button-group">
              {next.map((s) => (
                <button key={s} className={s === 'CLOSED' && next.length > 1 ? 'button button--secondary' : 'button'} type="submit" name="status" value={s}>
                  {ACTION[s]}
                </button>
              ))}
            </div>
          </form>
        )}
        {viewer.role === 'ADMIN' && (
          <p>
            <a href={`/admin/providers?id=${c.provider.id}`}>{c.provider.suspendedAt ? 'This provider is suspended: see or lift' : 'Suspend this provider'}</a>
          </p>
        )}
      </div>
    </>
  );
}
