/** WGS-84 positions as [lon, lat] in degrees. */
export type LonLat = [number, number];

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle (haversine) distance in metres: good to ~0.3 % at county scale. */
export function distanceM(a: LonLat, b: LonLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `distM` metres from `origin` on bearing `bearingRad` (0 = north, clockwise). */
export function offsetM(origin: LonLat, distM: number, bearingRad: number): LonLat {
  const dLat = (distM * Math.cos(bearingRad)) / 111_320;
  const dLon = (distM * Math.sin(bearingRad)) / (111_320 * Math.cos(rad(origin[1])));
  return [origin[0] + dLon, origin[1] + dLat];
}
