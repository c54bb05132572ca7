import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/features/account/account-rights-forms';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Choose a new password – Support Market' };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const token = params.token ?? '';
  if (params.expired || !TOKEN.test(token)) {
    return (
      <div className="two-thirds">
        <h1 className="heading-xl">This link has expired</h1>
        <p>Links to reset a password work once, for one hour. This one has been used, has expired, or is not complete.</p>
        <p>
          <a href="/forgot-password">Ask for a new link</a>
        </p>
      </div>
    );
  }
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Choose a new password</h1>
      <p>When you save it, you will be signed in here and signed out everywhere else.</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
