import { query } from '@/lib/apollo/server-client';
import { COMPARE_OFFERING_QUERY, DISTRICT_QUERY } from './compare-operations';
import type { CompareOffering } from './compare-table';
import { haversineKm } from './geo';

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

/**
 * The published offerings among `ids`, with their distance from `near` (a postcode district) when it is known.
 * Offerings that are gone or unpublished, and districts that are not known, are left out rather than failing the page.
 */
export async function loadComparison(ids: string[], near: string): Promise<{ offerings: CompareOffering[]; nearKnown: boolean }> {
  const [found, nearPlace] = await Promise.all([Promise.all(ids.map(offering)), near ? district(near) : null]);
  const published = found.filter((o): o is NonNullable<typeof o> => Boolean(o && o.status === 'PUBLISHED'));
  const bases = nearPlace ? await Promise.all([...new Set(published.map((o) => o.baseOutcode))].map(district)) : [];
  const offerings = published.map((o) => {
    const base = bases.find((b) => b?.outcode === o.baseOutcode);
    return { ...o, distanceKm: nearPlace && base ? haversineKm(nearPlace, base) : null };
  });
  return { offerings, nearKnown: Boolean(nearPlace) };
}
