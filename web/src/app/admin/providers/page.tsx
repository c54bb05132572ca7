import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { suspensionAction } from '@/features/safety/safety-actions';
import { ADMIN_PROVIDER_QUERY } from '@/features/safety/safety-operations';
import { KIND_WORDS, VERIFICATION_STATUS_WORDS, ukDay } from '@/features/safety/safety-words';
import { query } from '@/lib/apollo/server-client';
import { PROVIDER_KIND } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'A provider – Support Market' };

const ID = /^[0-9a-f-]{36}$/i;

// Admins: a provider's evidence, and suspend (with a reason) or lift. Reached from a concern or the evidence queue.
export default async function AdminProviderPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  await requireViewer(`/admin/providers${sp.id ? `?id=${sp.id}` : ''}`, ['ADMIN']);
  const id = sp.id && ID.test(sp.id) ? sp.id : null;
  const p = id ? (await query({ query: ADMIN_PROVIDER_QUERY, variables: { id } })).data?.provider : null;
  return (
    <>
      <a className="back-link" href="/admin">
        Back to the console
      </a>
      <Notice done={sp.done} error={sp.error} messages={{ suspended: 'Suspended. Its offerings are out of search and people with bookings have been told.', lifted: 'Suspension lifted. Its offerings are listed again.' }} />
      {!p ? (
        <>
          <h1 className="heading-xl">Providers</h1>
          <form method="get" className="form">
            <div className="form-group">
              <label className="label" htmlFor="id">
                Provider id
              </label>
              <p className="hint" id="id-hint">
                Open a provider from a concern or the evidence queue, or paste its id.
              </p>
              <input className="input" id="id" name="id" aria-describedby="id-hint" />
            </div>
            <button className="button" type="submit">
              Find
            </button>
          </form>
        </>
      ) : (
        <>
          <p className="caption">{PROVIDER_KIND[p.kind] ?? p.kind} · based in {p.baseOutcode}</p>
          <h1 className="heading-xl">{p.name}</h1>
          <p>
            {p.verified ? 'Checked provider.' : 'Not checked.'} Must hold: {p.requiredVerifications.map((k) => KIND_WORDS[k]).join(', ')}. <a href={`/providers/${p.id}`}>Public page</a>
          </p>
          <h2 className="heading-m">Evidence</h2>
          {p.verifications.length ? (
            <ul className="list list--bullet">
              {p.verifications.map((v) => (
                <li key={v.id}>
                  {KIND_WORDS[v.kind]} ({v.reference}): {VERIFICATION_STATUS_WORDS[v.status].toLowerCase()}
                  {v.checkedAt ? ` on ${ukDay(v.checkedAt)}` : ''}
                  {v.expiresOn ? `, good until ${ukDay(v.expiresOn)}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>No evidence sent yet.</p>
          )}
          <h2 className="heading-m">Suspension</h2>
          {p.suspendedAt ? (
            <form action={suspensionAction} className="form">
              <input type="hidden" name="providerId" value={p.id} />
              <input type="hidden" name="action" value="lift" />
              <p>
                Suspended since {ukDay(p.suspendedAt)}. The reason: {p.suspensionReason}
              </p>
              <button className="button" type="submit">
                Lift the suspension
              </button>
            </form>
          ) : (
            <form action={suspensionAction} className="form">
              <input type="hidden" name="providerId" value={p.id} />
              <input type="hidden" name="action" value="suspend" />
              <p>Suspending takes every offering out of search and booking at once. People with upcoming bookings are told; their bookings stay until they or the provider cancel.</p>
              <div className="form-group">
                <label className="label" htmlFor="reason">
                  Reason
                </label>
                <p className="hint" id="reason-hint">
                  The provider sees this. Do not name who raised a concern.
                </p>
                <textarea className="textarea" id="reason" name="reason" rows={3} maxLength={1000} required aria-describedby="reason-hint" />
              </div>
              <button className="button button--warning" type="submit">
                Suspend {p.name}
              </button>
            </form>
          )}
        </>
      )}
    </>
  );
}
