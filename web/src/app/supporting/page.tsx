import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { ACCESS_WORDS, getActing } from '@/features/supporter/acting';
import { acceptInvitationAction, actForAction, revokeSupporterAction } from '@/features/supporter/supporter-actions';
import { MY_SUPPORTER_ROLES_QUERY } from '@/features/supporter/supporter-operations';
import { query } from '@/lib/apollo/server-client';
import { formatDateTime } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'People you support – Support Market' };

const DONE: Record<string, string> = {
  accepted: 'You accepted the invitation. Choose "Act for" to use their plan.',
  stopped: 'You are no longer acting for anyone. You are using your own account.',
  revoked: 'Done. You no longer support them on Support Market.',
};

export default async function SupportingPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/supporting', ['PERSON']);
  const sp = await searchParams;
  const acting = await getActing();
  const { data } = await query({ query: MY_SUPPORTER_ROLES_QUERY });
  const roles = data?.mySupporterRoles ?? [];
  const active = roles.filter((r) => r.status === 'ACTIVE');
  const invited = roles.filter((r) => r.status === 'INVITED');
  return (
    <>
      <Notice done={sp.done} error={sp.error} messages={DONE} />
      <h1 className="heading-xl">People you support</h1>
      <p className="lead">When someone invites you to their circle of support, you can help with their plan and bookings from your own account.</p>

      {invited.length > 0 && (
        <section aria-labelledby="invitations-title">
          <h2 className="heading-l" id="invitations-title">
            Invitations
          </h2>
          <ul className="list">
            {invited.map((r) => (
              <li key={r.id}>
                <p>
                  <strong>{r.personName}</strong> invited you (as their {r.relationship}) on {formatDateTime(r.invitedAt)}. You {ACCESS_WORDS[r.access]}.
                </p>
                <form action={acceptInvitationAction} className="inline-form">
                  <input type="hidden" name="id" value={r.id} />
                  <button className="button" type="submit">
                    Accept<span className="visually-hidden"> the invitation from {r.personName}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="people-title">
        <h2 className="heading-l" id="people-title">
          People you support
        </h2>
        {active.length ? (
          <ul className="list">
            {active.map((r) => (
              <li key={r.id} className="panel">
                <h3 className="heading-m">{r.personName}</h3>
                <p>
                  You are their {r.relationship}. You {ACCESS_WORDS[r.access]}.
                </p>
                {r.authorisedReason && <p className="secondary">Appointed by the council as their authorised person: {r.authorisedReason}</p>}
                <div className="button-row">
                  {acting?.planId === r.planId ? (
                    <p>You are acting for {r.personName} now.</p>
                  ) : (
                    <form action={actForAction}>
                      <input type="hidden" name="planId" value={r.planId} />
                      <button className="button" type="submit">
                        Act for {r.personName}
                      </button>
                    </form>
                  )}
                  <form action={revokeSupporterAction}>
                    <input type="hidden" name="id" value={r.id} />
                    <input type="hidden" name="back" value="supporting" />
                    <button className="button button--secondary" type="submit">
                      Stop supporting {r.personName}
                    </button>
                  </form>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            You do not support anyone yet. Ask the person to invite you from their plan, using the email address of this account. The
            invitation comes by email and shows here.
          </p>
        )}
      </section>
    </>
  );
}
