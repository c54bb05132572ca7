import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Your account has been deleted – Support Market' };

export default function AccountDeletedPage() {
  return (
    <div className="two-thirds">
      <div className="confirmation-panel">
        <h1 className="confirmation-panel__title">Your account has been deleted</h1>
      </div>
      <p>Your personal information has been erased and you have been signed out.</p>
      <p>
        You can still <a href="/">search for support</a> without an account.
      </p>
    </div>
  );
}
