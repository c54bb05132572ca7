import { CategoryList } from '@/features/catalogue/category-list';
import { readCompareIds } from '@/features/catalogue/compare-actions';
import { CompareTray } from '@/features/catalogue/compare-tray';
import { readShortlistIds } from '@/features/catalogue/shortlist-actions';
import { SearchForm } from '@/features/catalogue/search-form';
import { isSearching, readSearch, searchHref, toFilter, type RawParams } from '@/features/catalogue/search-params';
import { HOME_DISTRICT_QUERY, SEARCH_QUERY } from '@/features/catalogue/search-operations';
import { getViewer } from '@/features/account/viewer';
import { SearchResults } from '@/features/catalogue/search-results';
import { NothingFits } from '@/features/plan/nothing-fits';
import { query } from '@/lib/apollo/server-client';
import { apiFailure, messageFor } from '@/lib/api-errors';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { Notice } from '@/lib/ui/notice';

// Rendered per request: the catalogue lives in the API, and API_URL is only known at run time.
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 20;

/** A signed-in person's district and whether a council or NHS budget runs now (own money is not one); null for anyone else. */
async function personPlan(): Promise<{ outcode: string | null; hasBudget: boolean } | null> {
  const viewer = await getViewer();
  if (viewer?.role !== 'PERSON') return null;
  const { data } = await query({ query: HOME_DISTRICT_QUERY }).catch(() => ({ data: undefined }));
  const plans = data?.myPlans ?? [];
  const plan = plans.find((p) => p.active) ?? plans[0];
  const today = new Date().toISOString().slice(0, 10);
  return { outcode: plan?.outcode ?? null, hasBudget: Boolean(plan?.budgets.some((b) => b.fundingSource !== 'SELF_FUNDED' && b.periodStartDate <= today && today <= b.periodEndDate)) };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const s = readSearch(params);
  // A signed-in person searches near their plan's district unless they chose another (or cleared it: near=).
  // It fills the field, and narrows a search, but does not start one by itself.
  const searching = isSearching(s);
  const person = await personPlan();
  const homeDistrict = params.near === undefined ? (person?.outcode ?? null) : null;
  if (homeDistrict) s.near = homeDistrict;

  const [compareIds, shortlist, result] = await Promise.all([
    readCompareIds(),
    readShortlistIds(),
    query({
      query: SEARCH_QUERY,
      variables: { filter: toFilter(s), sort: s.sort, first: PAGE_SIZE, after: s.after || null, withResults: searching },
      errorPolicy: 'all',
    }).catch((e: unknown) => ({ data: undefined, error: e })),
  ]);
  const failure = result.error ? apiFailure(result.error) : null;
  // An unknown district is the one mistake a person can make here: point at the field. Anything else is on us.
  const cursorError = failure?.code === 'BAD_USER_INPUT' && failure.field === 'after';
  const nearError = failure?.code === 'BAD_USER_INPUT' && !cursorError && s.near ? `We do not know the postcode or district “${s.near}”. Check it and try again, for example M14 or LS1 4AP.` : undefined;
  const categories = result.data?.categories ?? [];
  const offerings = result.data?.offerings;

  return (
    <>
      {nearError && <ErrorSummary errors={[{ field: 'near', message: nearError }]} />}
      {params.signedOut && <Notice done="signedOut" messages={{ signedOut: 'You have signed out.' }} />}
      <h1 className="heading-xl">Find support that works for you</h1>
      <p className="lead">Search for community support, activities and services you can pay for with a personal budget or direct payment.</p>
      <div className="search-layout">
        <SearchForm s={s} categories={categories} nearError={nearError} nearFromPlan={Boolean(homeDistrict)} />
        <div>
          <CompareTray ids={compareIds} back={searchHref(s)} near={s.near} />
          {shortlist.length > 0 && (
            <p className="shortlist-link">
              <a href="/shortlist">Your shortlist ({shortlist.length} saved)</a>
            </p>
          )}
        </div>
      </div>

      {cursorError ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">
            That page of results is out of date or the link is broken. <a href={searchHref(s, { after: '', prev: [] })}>Start from the first page of results</a>.
          </p>
        </div>
      ) : (
        failure &&
        !nearError && (
          <div className="notice notice--error" role="alert">
            <p className="notice__text">{messageFor(failure.code, failure.apiMessage)}</p>
          </div>
        )
      )}

      {searching && offerings ? (
        <SearchResults
          s={s}
          offerings={offerings.edges.map((e) => e.node)}
          resultCount={offerings.resultCount}
          endCursor={offerings.pageInfo.endCursor}
          hasNextPage={offerings.pageInfo.hasNextPage}
          compareIds={compareIds}
          shortlist={shortlist}
        />
      ) : (
        !searching &&
        categories.length > 0 && (
          <>
            <h2 className="heading-l">Kinds of support</h2>
            <CategoryList categories={categories} />
          </>
        )
      )}
      {searching && offerings && offerings.resultCount.count === 0 && (
        <NothingFits
          outcode={s.near.trim().split(/\s+/)[0] || person?.outcode || null}
          categories={categories}
          categorySlug={s.kinds[0]}
          person={person !== null}
          hasBudget={person?.hasBudget ?? false}
          back={searchHref(s)}
        />
      )}
    </>
  );
}
