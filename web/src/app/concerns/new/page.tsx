import type { Metadata } from 'next';
import { raiseConcernAction } from '@/features/safety/safety-actions';
import { CONCERN_ABOUT_QUERY } from '@/features/safety/safety-operations';
import { getViewer } from '@/features/account/viewer';
import { query } from '@/lib/apollo/server-client';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Raise a concern – Support Market' };

const ID = /^[0-9a-f-]{36}$/i;

// Anyone, signed in or not, can raise a safeguarding concern or a complaint. The provider never learns who raised it.
export default async function RaiseConcernPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const viewer = await getViewer();
  if (sp.sent) {
    return (
      <div className="two-thirds">
        <div className="panel panel--confirmation">
          <h1 className="heading-xl">Concern received</h1>
          <p>Your reference: {sp.sent.slice(0, 8).toUpperCase()}</p>
        </div>
        <p>The people who look after safety in this area have been told. Someone will acknowledge it within one working day.</p>
        <p>The provider is not told who raised it.</p>
        {viewer ? <p><a href="/concerns">See your concerns and what is happening with them</a></p> : <p>If you gave a way to reach you, they may contact you.</p>}
        <p>If someone is in danger now, call 999.</p>
      </div>
    );
  }
  const providerId = sp.providerId && ID.test(sp.providerId) ? sp.providerId : null;
  const { data } = providerId ? await query({ query: CONCERN_ABOUT_QUERY, variables: { providerId } }) : { data: null };
  const provider = data?.provider ?? null;
  return (
    <div className="two-thirds">
      <Notice error={sp.error} />
      <h1 className="heading-xl">Raise a concern</h1>
      {!provider ? (
        <p>Open the page of the provider, the support or the booking you are worried about and choose “Raise a concern”.</p>
      ) : (
        <form action={raiseConcernAction} className="form">
          <input type="hidden" name="providerId" value={provider.id} />
          {sp.offeringId && ID.test(sp.offeringId) && <input type="hidden" name="offeringId" value={sp.offeringId} />}
          {sp.bookingId && ID.test(sp.bookingId) && <input type="hidden" name="bookingId" value={sp.bookingId} />}
          <p>
            About: <strong>{provider.name}</strong>
            {sp.bookingId ? ' (a booked session)' : sp.offeringId ? ' (one of its services)' : ''}
          </p>
          <p>If someone is in danger now, call 999.</p>
          <div className="form-group">
            <label className="label" htmlFor="description">
              What happened?
            </label>
            <p className="hint" id="description-hint">
              Say what happened, when, and who was involved. The provider is never told who raised a concern.
            </p>
            <textarea className="textarea" id="description" name="description" rows={8} maxLength={5000} required aria-describedby="description-hint" />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="contact">
              How can we reach you? (optional)
            </label>
            <p className="hint" id="contact-hint">
              {viewer ? 'We can already reach you through your account. Add a phone number if you prefer.' : 'An email address or phone number, if you would like us to contact you.'}
            </p>
            <input className="input" id="contact" name="contact" maxLength={200} aria-describedby="contact-hint" autoComplete="email" />
          </div>
          <button className="button" type="submit">
            Send concern
          </button>
        </form>
      )}
    </div>
  );
}
