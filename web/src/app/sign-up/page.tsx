import type { Metadata } from 'next';
import { SignUpForm } from '@/features/account/sign-up-form';

export const metadata: Metadata = { title: 'Create an account – Support Market' };

export default function SignUpPage() {
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Create an account</h1>
      <p>You need an account to book support or to list what you offer. Searching is open to everyone.</p>
      <SignUpForm />
      <p>
        Already have an account? <a href="/sign-in">Sign in</a>.
      </p>
    </div>
  );
}
