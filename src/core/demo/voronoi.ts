/**
 * Voronoi cells of a few seeds, each clipped to an outline: the demo county's towns.
 * Plane coordinates (the caller projects); for a dozen seeds the direct way is plenty —
 * start from the outline and cut it by the perpendicular bisector towards every other
 * seed (Sutherland–Hodgman against one half-plane at a time). The outline may be
 * concave, as a county is; a cut never splits a cell here because the outline is
 * star-shaped around the seeds.
 */
export type Xy = [number, number];

/** Keeps the part of `poly` (open ring) where (p - m)·n <= 0. */
function clipHalfPlane(poly: Xy[], m: Xy, n: Xy): Xy[] {
  const side = (p: Xy) => (p[0] - m[0]) * n[0] + (p[1] - m[1]) * n[1];
  const out: Xy[] = [];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const sa = side(a);
    const sb = side(b);
    if (sa <= 0) out.push(a);
    if ((sa < 0 && sb > 0) || (sa > 0 && sb < 0)) {
      const t = sa / (sa - sb);
      out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
  }
  return out;
}

/** One open ring per seed, in the seeds' order: the points of `outline` nearer that seed than any other. */
export function voronoiCells(seeds: readonly Xy[], outline: readonly Xy[]): Xy[][] {
  return seeds.map((s, i) => {
    let cell: Xy[] = [...outline];
    seeds.forEach((o, j) => {
      if (j === i || cell.length === 0) return;
      const mid: Xy = [(s[0] + o[0]) / 2, (s[1] + o[1]) / 2];
      cell = clipHalfPlane(cell, mid, [o[0] - s[0], o[1] - s[1]]);
    });
    return cell;
  });
}

/** Shoelace area of an open ring (positive either way round). */
export function ringArea(ring: readonly Xy[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return Math.abs(a) / 2;
}
