import gcoord from 'gcoord';
import type { CrsCode } from '../../common/domain/facilities';

const FROM = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * A point of the file's coordinate system in WGS-84. GCJ-02 (Amap, Tencent) and BD-09
 * (Baidu) are shifted by an obfuscation that only applies inside China; gcoord leaves
 * points outside China as they are, as the shift does. WGS-84 and CGCS2000 differ by
 * centimetres and are taken as they are.
 */
export function toWgs84(crs: CrsCode, lon: number, lat: number): [number, number] {
  if (crs === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat] as [number, number], FROM[crs], gcoord.WGS84);
  return [x, y];
}

/** Cell text of a converted coordinate: 7 decimals (~1 cm) without trailing zeros. */
export const coordText = (x: number) => String(Math.round(x * 1e7) / 1e7);
