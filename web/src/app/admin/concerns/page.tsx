import type { Metadata } from 'next';
import type { ConcernStatus } from '@/gql/graphql';
import { requireViewer } from '@/features/account/viewer';
import { MY_CONCERNS_QUERY } from '@/features/safety/safety-operations';
import { CONCERN_STATUS_WORDS, ukDay } from '@/features/safety/safety-words';
import { query } from '@/lib/apollo/server-client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Concerns – Support Market' };

const STATUSES: ConcernStatus[] = ['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'CLOSED'];

// Admins see every concern; commissioners those about providers serving their area (the same page, the API decides).
export default async function ConcernsConsolePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/admin/concerns', ['ADMIN', 'COMMISSIONER']);
  const sp = await searchParams;
  const status = STATUSES.includes(sp.status as ConcernStatus) ? (sp.status as ConcernStatus) : null;
  const { data } = await query({ query: MY_CONCERNS_QUERY, variables: { status, after: sp.after ?? null } });
  const page = data?.concerns;
  const concerns = page?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <a className="back-link" href="/admin">
        Back to the console
      </a>
      <h1 className="heading-xl">Concerns</h1>
      <p>{viewer.role === 'ADMIN' ? 'Every concern raised, newest first.' : 'Concerns about providers serving your area, newest first.'} Each must be acknowledged within one working day.</p>
      <nav aria-label="Filter by status">
        <ul className="inline-list">
          <li>{status ? <a href="/admin/concerns">All</a> : <strong>All</strong>}</li>
          {STATUSES.map((s) => (
            <li key={s}>{status === s ? <strong>{CONCERN_STATUS_WORDS[s]}</strong> : <a href={`/admin/concerns?status=${s}`}>{CONCERN_STATUS_WORDS[s]}</a>}</li>
          ))}
        </ul>
      </nav>
      {concerns.length ? (
        <div className="table-scroll" role="region" aria-label="Concerns" tabIndex={0}>
          <table className="table">
            <caption className="table__caption visually-hidden">Concerns</caption>
            <thead>
              <tr>
                <th scope="col">About</th>
                <th scope="col">Raised</th>
                <th scope="col">Status</th>
                <th scope="col">Acknowledge by</th>
              </tr>
            </thead>
            <tbody>
              {concerns.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a href={`/admin/concerns/${c.id}`}>
                      {c.provider.name}
                      {c.offering ? `: ${c.offering.title}` : ''}
                    </a>
                  </td>
                  <td>{ukDay(c.raisedAt)}</td>
                  <td>
                    {CONCERN_STATUS_WORDS[c.status]}
                    {c.overdue && (
                      <>
                        {' '}
                        <strong className="tag tag--red">Overdue</strong>
                      </>
                    )}
                  </td>
                  <td>{c.status === 'RECEIVED' ? new Date(c.acknowledgeBy).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }) : 'Done'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No concerns{status ? ` that are ${CONCERN_STATUS_WORDS[status].toLowerCase()}` : ''}.</p>
      )}
      {page?.pageInfo.hasNextPage && (
        <p>
          <a href={`/admin/concerns?${status ? `status=${status}&` : ''}after=${encodeURIComponent(page.pageInfo.endCursor ?? '')}`}>Older concerns</a>
        </p>
      )}
    </>
  );
}
