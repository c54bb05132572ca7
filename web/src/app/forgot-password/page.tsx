import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/features/account/account-rights-forms';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reset your password – Support Market' };

// Says the same whether or not the email has an account: only its owner learns that, by email.
export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sent = (await searchParams).sent === '1';
  return (
    <div className="two-thirds">
      {sent ? (
        <>
          <h1 className="heading-xl">Check your email</h1>
          <p>If there is a Support Market account for that email address, we have sent it a link to reset the password.</p>
          <p>The link works once, for one hour. If nothing arrives in a few minutes, check your spam folder, or <a href="/forgot-password">ask again</a>.</p>
        </>
      ) : (
        <>
          <h1 className="heading-xl">Reset your password</h1>
          <p>Enter the email address of your account and we will email you a link to choose a new password.</p>
          <ForgotPasswordForm />
        </>
      )}
      <p>
        <a href="/sign-in">Back to sign in</a>
      </p>
    </div>
  );
}
