/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Each node gets its own
 * stream from (seed, index), so any slice of the graph can be made alone and comes out the same.
 */

export type Rng = () => number;

/** mulberry32: fast, 32-bit state, good enough for synthetic data (not for cryptography). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream for one item: the seed and the index mixed so neighbouring indexes are unrelated. */
export function streamFor(seed: number, index: number, salt = 0): Rng {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35) ^ Math.imul(salt + 7, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return mulberry32(h ^ (h >>> 16));
}

export const int = (rng: Rng, n: number): number => Math.floor(rng() * n);

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

/**
 * A skewed index in [0, n): low indexes are drawn far more often (u^skew), which makes a few
 * hubs and a long tail, like the CSTO among alliances or a head of state among people.
 */
export const skewed = (rng: Rng, n: number, skew: number): number => Math.min(n - 1, Math.floor(n * Math.pow(rng(), skew)));
