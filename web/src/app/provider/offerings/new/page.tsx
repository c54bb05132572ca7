import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireViewer } from '@/features/account/viewer';
import { EMPTY_OFFERING, OfferingForm } from '@/features/provider/offering-form';
import { CATEGORIES_QUERY } from '@/features/provider/provider-operations';
import { query } from '@/lib/apollo/server-client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'List something new – Support Market' };

export default async function NewOfferingPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/provider', ['PROVIDER', 'ADMIN']);
  const sp = await searchParams;
  const { data } = await query({ query: CATEGORIES_QUERY });
  const provider = data?.myProviders.find((p) => p.id === sp.provider) ?? data?.myProviders[0];
  if (!provider) redirect('/provider');
  return (
    <>
      <a className="back-link" href="/provider">
        Back to the provider portal
      </a>
      <div className="two-thirds">
        <span className="caption">{provider.name}</span>
        <h1 className="heading-xl">List something new</h1>
        <p>It is saved as a draft. Nobody else sees it until you publish it.</p>
        <OfferingForm providerId={provider.id} categories={data!.categories} initial={EMPTY_OFFERING} />
      </div>
    </>
  );
}
