// Great-circle distance on a spherical Earth (mean radius). The SQL twin is in catalogue/offering-search.ts.
export const EARTH_RADIUS_KM = 6371.0088;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The flat projection used by the GiST indexes (see the foundation migration). */
export function projectKm(latitude: number, longitude: number): { x: number; y: number } {
  return { x: (longitude + 2) * 65.43, y: latitude * 111.2 };
}

/**
 * Earth-centred coordinates in km (the offering table's `geo` cube). The straight-line (chord) distance between two
 * such points grows with their great-circle distance, so ordering by it is ordering by distance, exactly, and a
 * GiST index on `geo` can walk offerings nearest first (see the national-scale migration).
 */
export function earthXyz(latitude: number, longitude: number): [number, number, number] {
  const rad = Math.PI / 180;
  const [lat, lon] = [latitude * rad, longitude * rad];
  return [EARTH_RADIUS_KM * Math.cos(lat) * Math.cos(lon), EARTH_RADIUS_KM * Math.cos(lat) * Math.sin(lon), EARTH_RADIUS_KM * Math.sin(lat)];
}
