import type { Metadata } from 'next';
import { DeleteAccountForm } from '@/features/account/account-rights-forms';
import { requireViewer } from '@/features/account/viewer';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Delete your account – Support Market' };

// The confirmation step: what deleting does, in plain words, before the password and the button.
export default async function DeleteAccountPage() {
  const viewer = await requireViewer('/account/delete');
  return (
    <div className="two-thirds">
      <a className="back-link" href="/account">
        Back to your account
      </a>
      <h1 className="heading-xl">Delete your account</h1>
      <p className="lead">This cannot be undone. You may want to <a href="/account#your-data">download your data</a> first.</p>
      <h2 className="heading-m">What happens when you delete your account</h2>
      <ul className="list list--bullet">
        {viewer.role === 'PERSON' && (
          <>
            <li>Your upcoming bookings are cancelled, the money held for them goes back to your budget, and the providers are told.</li>
            <li>Your plan&apos;s goals, scores, wellbeing checks and preferences are erased, and so are the messages you wrote and your review comments.</li>
            <li>
              Your budget records stay with the council that funds them, without your name, because councils must account for
              public money. Star ratings you gave stay, without your name.
            </li>
          </>
        )}
        {viewer.role === 'PROVIDER' && (
          <>
            <li>Your services are taken off Support Market and your contact details removed.</li>
            <li>Upcoming bookings with your services are cancelled; the people who booked are told and their money is released.</li>
            <li>Past bookings and messages stay for the people who used your services, under your organisation&apos;s name.</li>
          </>
        )}
        <li>Your name, email address and password are erased, and you are signed out everywhere.</li>
        <li>You can make a new account with the same email address later.</li>
      </ul>
      <DeleteAccountForm />
    </div>
  );
}
