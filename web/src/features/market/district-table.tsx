import { graphql } from '@/gql';
import type { DistrictRowFragment } from '@/gql/graphql';

export const DISTRICT_ROW_FRAGMENT = graphql(`
  fragment DistrictRow on DistrictMarket {
    localAuthority {
      code
      name
    }
    postcodeDistricts
    demand
    unmetSearches
    localSupply
    suppressed
  }
`);

const show = (n: number | null) => (n == null ? 'Withheld' : n.toLocaleString('en-GB'));

/** The authority's figures district by district (a county's shire districts; a unitary is its own one district). */
export function DistrictTable({ districts, areaName }: { districts: DistrictRowFragment[]; areaName: string }) {
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="district-caption" tabIndex={0}>
        <table className="table">
          <caption className="table__caption" id="district-caption">
            Need and in-person supply in each district of {areaName}
          </caption>
          <thead>
            <tr>
              <th scope="col">District</th>
              <th scope="col">Postcode districts</th>
              <th scope="col" className="numeric">
                People who need support
              </th>
              <th scope="col" className="numeric">
                Searches that found nothing (90 days)
              </th>
              <th scope="col" className="numeric">
                In-person offers reaching it
              </th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => (
              <tr key={d.localAuthority.code}>
                <th scope="row">{d.localAuthority.name}</th>
                <td>{d.postcodeDistricts.join(', ')}</td>
                <td className="numeric">{show(d.demand)}</td>
                <td className="numeric">{show(d.unmetSearches)}</td>
                <td className="numeric">{d.localSupply.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {districts.some((d) => d.suppressed) && (
        <p className="hint">Withheld: fewer than 8 people, or a figure that would let someone work one out from the others.</p>
      )}
    </>
  );
}
