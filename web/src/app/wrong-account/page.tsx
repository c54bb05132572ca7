import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getViewer, homeFor } from '@/features/account/viewer';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Not for this account – Support Market' };

// Where a signed-in user lands on a page meant for another kind of account: they are told so, and where to go,
// rather than being asked to sign in again. ?page= only picks a name from this list; it is never a link.
const PAGES: [string, string, string][] = [
  ['/plan', 'My plan', 'people who use support'],
  ['/offerings/', 'Booking', 'people who use support'],
  ['/provider', 'The provider portal', 'providers'],
  ['/commissioner', 'The commissioner’s view', 'commissioners'],
  ['/admin', 'The console', 'admins and commissioners'],
];
const ROLE: Record<string, string> = { PERSON: 'a person using support', PROVIDER: 'a provider', COMMISSIONER: 'a commissioner', ADMIN: 'an admin' };

export default async function WrongAccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in');
  const page = (await searchParams).page ?? '';
  const [, name, forWhom] = PAGES.find(([prefix]) => page.startsWith(prefix)) ?? ['', 'That page', 'another kind of account'];
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">{name} is not for this account</h1>
      <p>
        You are signed in as {viewer.name}, {ROLE[viewer.role] ?? 'another kind of account'}. {name} is for {forWhom}.
      </p>
      <p>
        <a href={homeFor(viewer.role)}>Go to your start page</a>, or sign out and sign in with another account.
      </p>
      {(viewer.role === 'ADMIN' || viewer.role === 'COMMISSIONER') && (
        <p>
          Your tasks are in the <a href="/admin">console</a>.
        </p>
      )}
    </div>
  );
}
