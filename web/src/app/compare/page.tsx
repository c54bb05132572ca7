import type { Metadata } from 'next';
import { readCompareIds } from '@/features/catalogue/compare-actions';
import { COMPARE_OFFERING_QUERY, DISTRICT_QUERY } from '@/features/catalogue/compare-query';
import { compareHref, CompareTable, type CompareOffering } from '@/features/catalogue/compare-table';
import { haversineKm } from '@/features/catalogue/geo';
import { query } from '@/lib/apollo/server-client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Compare support – Support Market' };

const UUID = /^[0-9a-f-]{36}$/i;

async function district(outcode: string) {
  try {
    const { data } = await query({ query: DISTRICT_QUERY, variables: { outcode } });
    return data?.postcodeDistrict ?? null;
  } catch {
    return null;
  }
}

async function offering(id: string) {
  try {
    const { data } = await query({ query: COMPARE_OFFERING_QUERY, variables: { id } });
    return data?.offering ?? null;
  } catch {
    return null;
  }
}

// /compare?ids=a,b,c&near=M14 is the whole comparison, so it can be shared. Without ids, the picked list is used.
export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const fromUrl = String(params.ids ?? '')
    .split(',')
    .filter((id) => UUID.test(id));
  const ids = [...new Set(fromUrl.length ? fromUrl : await readCompareIds())].slice(0, 4);
  const near = String(params.near ?? '').toUpperCase().slice(0, 10);

  const [found, nearPlace] = await Promise.all([Promise.all(ids.map(offering)), near ? district(near) : null]);
  const offerings = found.filter((o): o is NonNullable<typeof o> => Boolean(o && o.status === 'PUBLISHED'));
  const bases = nearPlace ? await Promise.all([...new Set(offerings.map((o) => o.baseOutcode))].map(district)) : [];
  const withDistance: CompareOffering[] = offerings.map((o) => {
    const base = bases.find((b) => b?.outcode === o.baseOutcode);
    return { ...o, distanceKm: nearPlace && base ? haversineKm(nearPlace, base) : null };
  });

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
          <form method="get" action="/compare" className="form-row">
            <input type="hidden" name="ids" value={withDistance.map((o) => o.id).join(',')} />
            <label className="label" htmlFor="near">
              Show distances from (postcode district)
            </label>
            <input className="input input--short" id="near" name="near" defaultValue={near} autoComplete="postal-code" spellCheck={false} />
            <button className="button button--secondary" type="submit">
              Update
            </button>
          </form>
          {near && !nearPlace && <p className="error-message">We do not know the district “{near}”, so distances are not shown.</p>}
          <CompareTable offerings={withDistance} near={nearPlace ? near : ''} />
        </>
      )}
    </>
  );
}
