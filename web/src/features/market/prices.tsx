import { graphql } from '@/gql';
import type { PriceRowFragment } from '@/gql/graphql';
import { formatPence } from '@/lib/format';

export const PRICE_ROW_FRAGMENT = graphql(`
  fragment PriceRow on CategoryPrices {
    category {
      slug
      name
    }
    offerings
    session {
      lowerQuartilePence
      medianPence
      upperQuartilePence
    }
    hourly {
      lowerQuartilePence
      medianPence
      upperQuartilePence
    }
    nationalOfferings
    nationalSession {
      medianPence
    }
    nationalHourly {
      medianPence
    }
    hourlyVsNational
  }
`);

const range = (q: PriceRowFragment['session']) => (q ? `${formatPence(q.lowerQuartilePence)} to ${formatPence(q.upperQuartilePence)}` : '–');

/** "17% cheaper than Great Britain", "about the same", "25% dearer". */
export function comparedWithNational(ratio: number | null | undefined): string {
  if (ratio == null) return 'no comparison';
  const pct = Math.round((ratio - 1) * 100);
  if (Math.abs(pct) < 5) return 'about the same as Great Britain';
  return pct < 0 ? `${-pct}% cheaper than Great Britain` : `${pct}% dearer than Great Britain`;
}

export function PricesTable({ prices, areaName }: { prices: PriceRowFragment[]; areaName: string }) {
  const rows = prices.filter((p) => p.offerings > 0 || p.nationalOfferings > 0);
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="prices-caption" tabIndex={0}>
        <table className="table">
          <caption className="table__caption" id="prices-caption">
            What support costs in {areaName}, beside Great Britain
          </caption>
          <thead>
            <tr>
              <th scope="col">Kind of support</th>
              <th scope="col" className="numeric">
                Offers
              </th>
              <th scope="col" className="numeric">
                Median session
              </th>
              <th scope="col">Middle half of sessions</th>
              <th scope="col" className="numeric">
                Median hour
              </th>
              <th scope="col">Middle half of hours</th>
              <th scope="col" className="numeric">
                Great Britain: median hour
              </th>
              <th scope="col">Compared</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.category.slug}>
                <th scope="row">{p.category.name}</th>
                <td className="numeric">{p.offerings.toLocaleString('en-GB')}</td>
                <td className="numeric">{p.session ? formatPence(p.session.medianPence) : '–'}</td>
                <td>{range(p.session)}</td>
                <td className="numeric">{p.hourly ? formatPence(p.hourly.medianPence) : '–'}</td>
                <td>{range(p.hourly)}</td>
                <td className="numeric">{p.nationalHourly ? formatPence(p.nationalHourly.medianPence) : '–'}</td>
                <td>{comparedWithNational(p.hourlyVsNational)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        A session costs what a booking is charged; an hour spreads that over the advertised session length. The middle half runs from the lower to the upper quartile. Prices are those of
        published offers reaching the area, in person or online.
      </p>
    </>
  );
}
