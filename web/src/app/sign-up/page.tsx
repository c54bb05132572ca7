import type { Metadata } from 'next';
import { SignUpForm } from '@/features/account/sign-up-form';
import { sameOriginPath } from '@/lib/same-origin-path';

export const metadata: Metadata = { title: 'Create an account – Support Market' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const helper = sp.helper === '1';
  const next = sameOriginPath(sp.next ?? '') ?? '';
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Create an account</h1>
      <p>You need an account to book support or to list what you offer. Searching is open to everyone.</p>
      {helper && (
        <div className="inset">
          <p>
            You have been invited to help someone with their plan. Choose &quot;for myself or someone I help&quot; and use the email address the
            invitation was sent to. You can then accept it, and act for them from <a href="/supporting">People you support</a>.
          </p>
        </div>
      )}
      <SignUpForm next={next} email={helper ? (sp.email ?? '').slice(0, 254) : ''} />
      <p>
        Already have an account? <a href="/sign-in">Sign in</a>.
      </p>
    </div>
  );
}
