import type { Metadata } from 'next';
import { DemoSignIn } from '@/features/account/demo-sign-in';
import { SignInForm } from '@/features/account/sign-in-form';
import { messageFor } from '@/lib/api-errors';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in – Support Market' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const next = typeof params.next === 'string' ? params.next : '';
  return (
    <div className="two-thirds">
      {params.wrong && (
        <div className="notice" role="status">
          <p className="notice__text">That page is for a different kind of account. Sign in with the right account to see it.</p>
        </div>
      )}
      {params.error && (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">{messageFor(params.error)}</p>
        </div>
      )}
      <h1 className="heading-xl">Sign in</h1>
      <SignInForm next={next} />
      <p>
        <a href="/forgot-password">Forgotten your password?</a>
      </p>
      <p>
        New here? <a href="/sign-up">Create an account</a>. You do not need one to search.
      </p>
      <DemoSignIn />
    </div>
  );
}
