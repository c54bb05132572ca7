import type { OfferingCardFragment } from '@/gql/graphql';
import { formatDate, plural } from '@/lib/format';
import { OfferingCard } from './offering-card';
import { FREE_WITHIN_DAYS, KM_PER_MILE, pageLinks, searchHref, type SearchState } from './search-params';

const dayLabel = (d: string) => formatDate(d);

export function SearchResults({ s, offerings, resultCount, endCursor, hasNextPage, compareIds, shortlist }: { s: SearchState; offerings: OfferingCardFragment[]; resultCount: { count: number; hasMore: boolean }; endCursor: string | null; hasNextPage: boolean; compareIds: string[]; shortlist: string[] }) {
  const here = searchHref(s);
  const links = pageLinks(s, endCursor, hasNextPage);
  // Counted up to a limit: a national catalogue can have a quarter of a million matches in reach of a district.
  const totalCount = resultCount.count;
  return (
    <section aria-labelledby="results-title">
      <h2 className="heading-l" id="results-title">
        {totalCount === 0 ? 'No results' : resultCount.hasMore ? `More than ${plural(totalCount, 'result')}` : plural(totalCount, 'result')}
        {s.near ? ` near ${s.near}` : ''}
      </h2>
      <p className="secondary" id="results-scope">
        {s.from || s.to ? (
          <>Showing offerings with a free place {s.from && s.to ? `from ${dayLabel(s.from)} to ${dayLabel(s.to)}` : s.from ? `from ${dayLabel(s.from)}` : `up to ${dayLabel(s.to)}`}.</>
        ) : s.full ? (
          <>
            Showing every offering, including those with no free place. <a href={searchHref(s, { full: false, after: '', prev: [] })}>Show only those with a free place</a>
          </>
        ) : (
          <>
            Showing offerings with a free place in the next {FREE_WITHIN_DAYS / 7} weeks. <a href={searchHref(s, { full: true, after: '', prev: [] })}>Include those with no free place</a>
          </>
        )}
      </p>
      {totalCount === 0 ? (
        <div className="inset">
          <p>We could not find support that matches everything you chose. You could:</p>
          <ul className="list list--bullet">
            <li>use fewer filters</li>
            <li>try a different word, like &ldquo;group&rdquo; or &ldquo;walking&rdquo;</li>
            <li>choose a longer distance, or include online and phone support</li>
            {!s.full && !s.from && !s.to && (
              <li>
                <a href={searchHref(s, { full: true, after: '', prev: [] })}>include offerings with no free place in the next {FREE_WITHIN_DAYS / 7} weeks</a>
              </li>
            )}
          </ul>
        </div>
      ) : (
        <ol className="results" aria-label="Search results">
          {offerings.map((o) => (
            <OfferingCard key={o.id} offering={o} compareIds={compareIds} back={here} shortlist={shortlist} reach={{ withinKm: s.near && s.within ? s.within * KM_PER_MILE : null, modes: s.modes }} />
          ))}
        </ol>
      )}
      {(links.next || links.previous || links.first) && (
        <nav className="pagination" aria-label="Pages of results">
          {links.page && <p className="pagination__page">Page {links.page}</p>}
          {links.previous ? (
            <a className="pagination__link pagination__link--prev" href={links.previous} rel="prev">
              Previous page
            </a>
          ) : (
            links.first && (
              <a className="pagination__link" href={links.first}>
                Back to the first page
              </a>
            )
          )}
          {links.next && (
            <a className="pagination__link pagination__link--next" href={links.next} rel="next">
              Next page of results
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
