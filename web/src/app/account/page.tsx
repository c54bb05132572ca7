import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/features/account/account-rights-forms';
import { requireViewer } from '@/features/account/viewer';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your account – Support Market' };

const DONE: Record<string, string> = {
  password: 'Your password has been changed. You are still signed in here; everywhere else you will need to sign in again.',
  reset: 'Your new password is saved and you are signed in. Anywhere else you were signed in, you will need to sign in again.',
};

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/account');
  const done = DONE[(await searchParams).done ?? ''];
  return (
    <div className="two-thirds">
      {done && (
        <div className="notice notice--success" role="status">
          <p className="notice__text">{done}</p>
        </div>
      )}
      <h1 className="heading-xl">Your account</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Name</dt>
          <dd>{viewer.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Email address</dt>
          <dd>{viewer.email}</dd>
        </div>
      </dl>

      <h2 className="heading-l" id="password">
        Change your password
      </h2>
      <p>Changing it signs you out everywhere else, on every other device and browser.</p>
      <ChangePasswordForm />

      <h2 className="heading-l" id="your-data">
        Download your data
      </h2>
      <p>
        Get a copy of everything Support Market holds about you, as a file (JSON) you can keep or give to another service.
        Read the <a href="/privacy">privacy notice</a> to see what we hold and why.
      </p>
      <form method="post" action="/account/data" className="form">
        <button className="button button--secondary" type="submit">
          Download your data
        </button>
      </form>

      <h2 className="heading-l" id="delete">
        Delete your account
      </h2>
      <p>
        You can delete your account and the personal information it holds. You will be asked to confirm first.
      </p>
      <p>
        <a href="/account/delete">Delete your account</a>
      </p>
    </div>
  );
}
