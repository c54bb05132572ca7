import type { Metadata } from 'next';
import { getViewer } from '@/features/account/viewer';
import { ACCESS_WORDS } from '@/features/supporter/acting';
import { acceptInvitationAction } from '@/features/supporter/supporter-actions';
import { MY_SUPPORTER_ROLES_QUERY } from '@/features/supporter/supporter-operations';
import { query } from '@/lib/apollo/server-client';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invitation to support someone – Support Market' };

// Reached from the invitation email or notification. Signed out: how to sign in or create an account with the
// invited email. Signed in: the invitation to accept, or why it cannot be shown for this account.
export default async function InvitationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const here = `/supporting/invitations/${encodeURIComponent(id)}`;
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <div className="two-thirds">
        <h1 className="heading-xl">You have been invited to support someone</h1>
        <p>To accept, sign in or create an account with the email address the invitation was sent to.</p>
        <div className="button-row">
          <a className="button" href={`/sign-in?next=${encodeURIComponent(here)}`}>
            Sign in
          </a>
          <a className="button button--secondary" href={`/sign-up?helper=1&next=${encodeURIComponent(here)}`}>
            Create an account
          </a>
        </div>
      </div>
    );
  }
  const { data } = viewer.role === 'PERSON' ? await query({ query: MY_SUPPORTER_ROLES_QUERY }) : { data: null };
  const role = data?.mySupporterRoles.find((r) => r.id === id);
  return (
    <div className="two-thirds">
      <Notice error={sp.error} />
      <h1 className="heading-xl">Invitation to support someone</h1>
      {!role ? (
        <>
          <p>We cannot find this invitation for the account you are signed in with ({viewer.email}).</p>
          <p>It may have been sent to another email address, or withdrawn. Sign in with the email address it was sent to, or ask the person to invite you again.</p>
        </>
      ) : role.status === 'ACTIVE' ? (
        <p>
          You already support {role.personName}. <a href="/supporting">Go to people you support</a>.
        </p>
      ) : (
        <>
          <p>
            <strong>{role.personName}</strong> has asked you to be part of their circle of support, as their {role.relationship}.
          </p>
          <p>If you accept, you {ACCESS_WORDS[role.access]}. Everything you do is recorded as done by you for {role.personName}, and they can end your access at any time.</p>
          {role.authorisedReason && <p>The council appointed you as their authorised person: {role.authorisedReason}</p>}
          <form action={acceptInvitationAction}>
            <input type="hidden" name="id" value={role.id} />
            <button className="button" type="submit">
              Accept the invitation
            </button>
          </form>
        </>
      )}
    </div>
  );
}
