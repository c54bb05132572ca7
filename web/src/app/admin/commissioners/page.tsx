import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { createCommissionerAction } from '@/features/console/console-actions';
import { COUNCILS_QUERY } from '@/features/console/console-operations';
import { query } from '@/lib/apollo/server-client';
import { Field } from '@/lib/ui/field';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create a commissioner – Console – Support Market' };

export default async function CommissionersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/admin/commissioners', ['ADMIN']);
  const sp = await searchParams;
  const { data } = await query({ query: COUNCILS_QUERY });
  const councils = [...(data?.commissioningAuthorities ?? [])].sort((a, b) => a.councilName.localeCompare(b.councilName));
  return (
    <>
      <a className="back-link" href="/admin">
        Back to the console
      </a>
      <h1 className="heading-xl">Create a commissioner</h1>
      <Notice done={sp.done} error={sp.error} messages={{ created: 'The commissioner account is ready. Tell them their email address and password, and ask them to change the password.' }} />
      <p>A commissioner funds plans and sets the allocation table for one council, and sees its market.</p>
      <form action={createCommissionerAction}>
        <Field id="c-name" label="Full name">
          <input className="input" id="c-name" name="name" autoComplete="off" required maxLength={200} />
        </Field>
        <Field id="c-email" label="Email address">
          <input className="input" id="c-email" name="email" type="email" autoComplete="off" spellCheck={false} required maxLength={320} />
        </Field>
        <Field id="c-council" label="Council">
          <select className="select" id="c-council" name="localAuthorityCode" required defaultValue="">
            <option value="" disabled>
              Choose a council
            </option>
            {councils.map((c) => (
              <option key={c.code} value={c.code}>
                {c.councilName}
              </option>
            ))}
          </select>
        </Field>
        <Field id="c-password" label="First password" hint="At least 12 characters. They should change it when they first sign in.">
          <input className="input" id="c-password" name="password" type="password" autoComplete="new-password" required minLength={12} aria-describedby="c-password-hint" />
        </Field>
        <button className="button" type="submit">
          Create commissioner
        </button>
      </form>
    </>
  );
}
