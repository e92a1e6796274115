/** mulberry32: a tiny seeded PRNG, so the same seed always yields the same demo county. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (rnd: () => number, lo: number, hi: number) => lo + (hi - lo) * rnd();
export const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** Rounds coordinates to 6 decimals (~0.1 m): stable output, smaller files. */
export const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
