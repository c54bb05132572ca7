import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { reviewEvidenceAction } from '@/features/safety/safety-actions';
import { VERIFICATION_QUEUE_QUERY } from '@/features/safety/safety-operations';
import { KIND_WORDS, ukDay } from '@/features/safety/safety-words';
import { query } from '@/lib/apollo/server-client';
import { PROVIDER_KIND } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Evidence to check – Support Market' };

// Admins: evidence waiting to be checked, oldest first. Approve, or reject with a note the provider sees.
export default async function VerificationQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/admin/verifications', ['ADMIN']);
  const sp = await searchParams;
  const { data } = await query({ query: VERIFICATION_QUEUE_QUERY, variables: { after: sp.after ?? null } });
  const queue = data?.verificationQueue ?? [];
  return (
    <>
      <a className="back-link" href="/admin">
        Back to the console
      </a>
      <Notice done={sp.done} error={sp.error} messages={{ approved: 'Approved.', rejected: 'Rejected: the provider can see your note.' }} />
      <h1 className="heading-xl">Evidence to check</h1>
      {queue.length ? (
        <ul className="list">
          {queue.map((v) => (
            <li key={v.id} className="card">
              <h2 className="heading-m">
                {KIND_WORDS[v.kind]} from {v.provider.name}
              </h2>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt>Provider</dt>
                  <dd>
                    <a href={`/admin/providers?id=${v.provider.id}`}>{v.provider.name}</a> ({PROVIDER_KIND[v.provider.kind] ?? v.provider.kind}); must hold{' '}
                    {v.provider.requiredVerifications.map((k) => KIND_WORDS[k]).join(', ')}
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt>Reference</dt>
                  <dd>{v.reference}</dd>
                </div>
                <div className="summary-list__row">
                  <dt>Good until</dt>
                  <dd>{v.expiresOn ? ukDay(v.expiresOn) : 'Does not run out'}</dd>
                </div>
                <div className="summary-list__row">
                  <dt>Sent</dt>
                  <dd>{ukDay(v.submittedAt)}</dd>
                </div>
              </dl>
              <form action={reviewEvidenceAction} className="form">
                <input type="hidden" name="verificationId" value={v.id} />
                <div className="form-group">
                  <label className="label" htmlFor={`note-${v.id}`}>
                    Note (needed to reject)
                  </label>
                  <textarea className="textarea" id={`note-${v.id}`} name="note" rows={2} maxLength={1000} />
                </div>
                <div className="button-group">
                  <button className="button" type="submit" name="decision" value="approve">
                    Approve {KIND_WORDS[v.kind].toLowerCase()} from {v.provider.name}
                  </button>
                  <button className="button button--secondary" type="submit" name="decision" value="reject">
                    Reject
                  </button>
                </div>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing is waiting to be checked.</p>
      )}
      {queue.length === 50 && (
        <p>
          <a href={`/admin/verifications?after=${queue[queue.length - 1].id}`}>Next page</a>
        </p>
      )}
    </>
  );
}
