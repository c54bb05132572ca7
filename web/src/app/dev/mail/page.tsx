import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { demoSignInEnabled } from '@/features/account/demo-accounts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Caught emails – Support Market' };

interface Caught {
  messageId: string;
  to: string[];
  subject: string;
  receivedAt: string;
  text: string;
}

// Demo mode only (DEMO_SIGN_IN=1, set by npm start): every email the app sent, as the local mail catcher kept it
// (MAIL_DIR, default .data/mail). Nothing here is reachable in a real deployment.
function caught(): Caught[] {
  const dir = resolve(process.env.MAIL_DIR || '.data/mail');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const newest = files.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t).slice(0, 100);
  return newest.flatMap(({ f }) => {
    try {
      return [JSON.parse(readFileSync(join(dir, f), 'utf8')) as Caught];
    } catch {
      return [];
    }
  });
}

export default async function DevMailPage() {
  if (!demoSignInEnabled()) notFound();
  const mail = caught();
  return (
    <>
      <h1 className="heading-xl">Caught emails</h1>
      <p className="lead">In demo mode no email leaves this machine: the local mail catcher keeps them here, newest first.</p>
      {mail.length === 0 ? (
        <p>No emails yet. Book something or send a message, then look again.</p>
      ) : (
        <ul className="results">
          {mail.map((m) => (
            <li key={m.messageId} className="card">
              <h2 className="heading-s">{m.subject}</h2>
              <p className="caption">
                To {m.to.join(', ')}, {new Date(m.receivedAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}
              </p>
              <details className="details">
                <summary className="details__summary">Read the email</summary>
                <div className="mail__body">{m.text}</div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
