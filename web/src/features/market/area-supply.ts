import type { AreaSupplyQuery, DeliveryMode } from '@/gql/graphql';
import { query } from '@/lib/apollo/server-client';
import { areaCentre } from './gb-map';
import { AREA_SUPPLY_QUERY } from './market-operations';

/** In-person offers reaching the area, counted by the district they are based in (at most 5 pages of 100). */
export async function supplyByDistrict(la: string): Promise<Map<string, number>> {
  const centre = areaCentre(la);
  const counts = new Map<string, number>();
  if (!centre) return counts;
  let after: string | null = null;
  const inPerson: DeliveryMode[] = ['IN_PERSON', 'GROUP', 'HOME_VISIT'];
  for (let page = 0; page < 5; page++) {
    const res: { data?: AreaSupplyQuery } | null = await query({
      query: AREA_SUPPLY_QUERY,
      variables: { filter: { nearOutcode: centre.outcode, withinKm: centre.radiusKm, deliveryModes: inPerson }, after },
    }).catch((e: unknown) => {
      // The map then shows no supply; the gap table below still has the area's figures.
      console.error('[web] area supply query failed:', e instanceof Error ? e.message : e);
      return null;
    });
    const conn: AreaSupplyQuery['offerings'] | undefined = res?.data?.offerings;
    if (!conn) break;
    for (const e of conn.edges) counts.set(e.node.baseOutcode, (counts.get(e.node.baseOutcode) ?? 0) + 1);
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return counts;
}

