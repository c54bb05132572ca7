import { graphql } from '@/gql';
import type { CompareColumnFragment } from '@/gql/graphql';
import { DELIVERY_MODE, formatDateTime, formatDistance, formatPrice, languageName, LIFE_AREA, PROVIDER_KIND } from '@/lib/format';
import { Rating } from './rating';
import { toggleCompareAction } from './compare-actions';

// What one column shows (the card's fields and more: price details, languages, access, life areas).
export const COMPARE_COLUMN_FRAGMENT = graphql(`
  fragment CompareColumn on Offering {
    id
    title
    pricePence
    priceUnit
    sessionMinutes
    deliveryModes
    languages
    accessibility
    lifeAreas
    remote
    baseOutcode
    rating {
      average
      count
    }
    nextAvailableSlot {
      id
      startsAt
    }
    provider {
      id
      name
      kind
      verified
      peerLed
    }
  }
`);

export type CompareOffering = CompareColumnFragment & { distanceKm: number | null };

// Offerings side by side: one column each, one row per fact, headers scoped so a screen reader reads
// "Price, Hearing Voices group: £15.00 a session".
export function compareHref(ids: string[], near: string): string {
  return ids.length ? `/compare?ids=${ids.join(',')}${near ? `&near=${encodeURIComponent(near)}` : ''}` : '/compare';
}

export function CompareTable({ offerings, near }: { offerings: CompareOffering[]; near: string }) {
  const ids = offerings.map((o) => o.id);
  const rows: { label: string; cell: (o: CompareOffering) => React.ReactNode }[] = [
    { label: 'Provider', cell: (o) => <a href={`/providers/${o.provider.id}`}>{o.provider.name}</a> },
    { label: 'Kind of provider', cell: (o) => PROVIDER_KIND[o.provider.kind] ?? o.provider.kind },
    { label: 'Price', cell: (o) => formatPrice(o.pricePence, o.priceUnit) },
    {
      label: near ? `Distance from ${near}` : 'Distance',
      cell: (o) => (o.remote && o.deliveryModes.every((m) => m === 'ONLINE' || m === 'PHONE') ? 'Anywhere (online or phone)' : near ? (formatDistance(o.distanceKm) ?? 'Not known') : `Based in ${o.baseOutcode}`),
    },
    { label: 'How it is given', cell: (o) => o.deliveryModes.map((m) => DELIVERY_MODE[m] ?? m).join(', ') },
    { label: 'Languages', cell: (o) => o.languages.map(languageName).join(', ') },
    { label: 'Access', cell: (o) => (o.accessibility.length ? o.accessibility.join(', ') : 'Not given') },
    { label: 'Rating', cell: (o) => <Rating average={o.rating.average} count={o.rating.count} /> },
    { label: 'Helps with', cell: (o) => o.lifeAreas.map((a) => LIFE_AREA[a] ?? a).join(', ') },
    { label: 'Checked provider', cell: (o) => (o.provider.verified ? 'Yes' : 'Not yet') },
    { label: 'Peer-led', cell: (o) => (o.provider.peerLed ? 'Yes' : 'No') },
    { label: 'Next free time', cell: (o) => (o.nextAvailableSlot ? formatDateTime(o.nextAvailableSlot.startsAt) : 'None in the next 4 weeks') },
  ];
  const actions = (o: CompareOffering) => (
    <>
      <a className="button button--small" href={`/offerings/${o.id}#times`}>
        See times<span className="visually-hidden"> for {o.title}</span>
      </a>
      <form action={toggleCompareAction} className="inline-form">
        <input type="hidden" name="offeringId" value={o.id} />
        <input type="hidden" name="back" value={compareHref(ids.filter((x) => x !== o.id), near)} />
        <button type="submit" className="link-button">
          Remove<span className="visually-hidden"> {o.title}</span>
        </button>
      </form>
    </>
  );
  // On a phone the columns become one card per offering, the same facts in the same order, so nothing hides
  // off to the side; from 40em the table shows. CSS shows one or the other (display: none hides from everyone).
  return (
    <>
      <ol className="compare-cards" aria-label={`${offerings.length} kinds of support, one after another`}>
        {offerings.map((o) => (
          <li className="compare-card" key={o.id}>
            <h2 className="heading-m">
              <a href={`/offerings/${o.id}`}>{o.title}</a>
            </h2>
            <dl className="compare-card__facts">
              {rows.map((r) => (
                <div key={r.label}>
                  <dt>{r.label}</dt>
                  <dd>{r.cell(o)}</dd>
                </div>
              ))}
            </dl>
            {actions(o)}
          </li>
        ))}
      </ol>
      <CompareWide offerings={offerings} rows={rows} actions={actions} />
    </>
  );
}

function CompareWide({ offerings, rows, actions }: { offerings: CompareOffering[]; rows: { label: string; cell: (o: CompareOffering) => React.ReactNode }[]; actions: (o: CompareOffering) => React.ReactNode }) {
  return (
    <div className="table-scroll compare-wide" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="table table--compare">
        <caption className="table__caption" id="compare-caption">
          {offerings.length} kinds of support side by side
        </caption>
        <thead>
          <tr>
            <td />
            {offerings.map((o) => (
              <th scope="col" key={o.id} id={`col-${o.id}`}>
                <a href={`/offerings/${o.id}`}>{o.title}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {offerings.map((o) => (
                <td key={o.id}>{r.cell(o)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">
              <span className="visually-hidden">Actions</span>
            </th>
            {offerings.map((o) => (
              <td key={o.id}>{actions(o)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
