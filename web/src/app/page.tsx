import { CategoryList, HOME_CATEGORIES_QUERY, type CategoryListItem } from '../features/catalogue/category-list';
import { SearchForm } from '../features/catalogue/search-form';
import { query } from '../lib/apollo/server-client';

// Rendered per request: the catalogue lives in the API, and API_URL is only known at run time.
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 200) ?? '';

async function loadCategories(): Promise<CategoryListItem[] | null> {
  try {
    const { data } = await query({ query: HOME_CATEGORIES_QUERY });
    return data?.categories ?? null;
  } catch (e) {
    console.error('[web] could not load categories:', e instanceof Error ? e.message : e);
    return null;
  }
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = first(params.q);
  const near = first(params.near);
  const categories = await loadCategories();

  return (
    <>
      <h1 className="heading-xl">Find support that works for you</h1>
      <p className="lead">
        Search for community support, activities and services you can pay for with a personal budget or direct
        payment.
      </p>
      <SearchForm q={q} near={near} />
      {(q || near) && (
        <p className="inset" role="status">
          You searched for <strong>{q || 'any support'}</strong>
          {near && (
            <>
              {' '}
              near <strong>{near}</strong>
            </>
          )}
          . Search results are coming soon; for now, browse the kinds of support below.
        </p>
      )}
      <h2 className="heading-l">Kinds of support</h2>
      {categories ? (
        <CategoryList categories={categories} />
      ) : (
        <p className="inset" role="alert">
          Sorry, we cannot show the kinds of support right now. Please try again in a few minutes.
        </p>
      )}
    </>
  );
}
