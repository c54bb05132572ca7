import type { Metadata } from 'next';
import { readCompareIds } from '@/features/catalogue/compare-actions';
import { CompareDistanceForm } from '@/features/catalogue/compare-distance-form';
import { compareHref, CompareTable } from '@/features/catalogue/compare-table';
import { loadComparison } from '@/features/catalogue/comparison';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Compare support – Support Market' };

const UUID = /^[0-9a-f-]{36}$/i;

// /compare?ids=a,b,c&near=M14 is the whole comparison, so it can be shared. Without ids, the picked list is used.
export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const fromUrl = String(params.ids ?? '')
    .split(',')
    .filter((id) => UUID.test(id));
  const ids = [...new Set(fromUrl.length ? fromUrl : await readCompareIds())].slice(0, 4);
  const near = String(params.near ?? '').toUpperCase().slice(0, 10);

  const { offerings: withDistance, nearKnown } = await loadComparison(ids, near);

  return (
    <>
      <a className="back-link" href="/">
        Back to search
      </a>
      <h1 className="heading-xl">Compare support</h1>
      {withDistance.length < 2 ? (
        <div className="inset">
          <p>Pick two to four kinds of support to compare. Search, then press &ldquo;Add to compare&rdquo; on the ones you like.</p>
          <p>
            <a href="/">Search for support</a>
          </p>
        </div>
      ) : (
        <>
          <p>
            Share this comparison with someone you trust by copying the link:{' '}
            <a href={compareHref(withDistance.map((o) => o.id), near)}>link to this comparison</a>.
          </p>
          <CompareDistanceForm ids={withDistance.map((o) => o.id)} near={near} />
          {near && !nearKnown && <p className="error-message">We do not know the district “{near}”, so distances are not shown.</p>}
          <CompareTable offerings={withDistance} near={nearKnown ? near : ''} />
        </>
      )}
    </>
  );
}
