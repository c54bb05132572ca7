import type { Metadata } from 'next';
import { DocumentTitle } from './document-title';

const TITLE = 'Your account has been deleted – Support Market';
export const metadata: Metadata = { title: TITLE };

// This page is reached by a server action's redirect that also deletes the session cookie. In CI runs of December the
// metadata's title sometimes never arrived after that client-side redirect (axe: document-title, still after 15 s),
// though the page was drawn; DocumentTitle sets it from the page itself. The cause in Next.js is not yet found.
export default function AccountDeletedPage() {
  return (
    <div className="two-thirds">
      <DocumentTitle title={TITLE} />
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
