import type { OfferingCardFragment } from '@/gql/graphql';
import { plural } from '@/lib/format';
import { OfferingCard } from './offering-card';
import { searchHref, type SearchState } from './search-params';

export function SearchResults({ s, offerings, resultCount, endCursor, hasNextPage, compareIds }: { s: SearchState; offerings: OfferingCardFragment[]; resultCount: { count: number; hasMore: boolean }; endCursor: string | null; hasNextPage: boolean; compareIds: string[] }) {
  const here = searchHref(s);
  // Counted up to a limit: a national catalogue can have a quarter of a million matches in reach of a district.
  const totalCount = resultCount.count;
  return (
    <section aria-labelledby="results-title">
      <h2 className="heading-l" id="results-title">
        {totalCount === 0 ? 'No results' : resultCount.hasMore ? `More than ${plural(totalCount, 'result')}` : plural(totalCount, 'result')}
        {s.near ? ` near ${s.near}` : ''}
      </h2>
      {totalCount === 0 ? (
        <div className="inset">
          <p>We could not find support that matches everything you chose. You could:</p>
          <ul className="list list--bullet">
            <li>use fewer filters</li>
            <li>try a different word, like &ldquo;group&rdquo; or &ldquo;walking&rdquo;</li>
            <li>choose a longer distance, or include online and phone support</li>
          </ul>
        </div>
      ) : (
        <ol className="results" aria-label="Search results">
          {offerings.map((o) => (
            <OfferingCard key={o.id} offering={o} compareIds={compareIds} back={here} />
          ))}
        </ol>
      )}
      {(hasNextPage || s.after) && (
        <nav className="pagination" aria-label="More results">
          {s.after && (
            <a className="pagination__link" href={searchHref(s, { after: '' })}>
              Back to the first page
            </a>
          )}
          {hasNextPage && endCursor && (
            <a className="pagination__link pagination__link--next" href={searchHref(s, { after: endCursor })} rel="next">
              Next page of results
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
