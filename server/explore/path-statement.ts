/**
 * The statement for a path request. Hop counts cannot be Cypher parameters, so each allowed
 * count has its own file; this whitelist is the only way a number reaches a statement name.
 */
export const MAX_HOPS = 8;
const HOPS = new Set([1, 2, 3, 4, 5, 6, 7, 8]);

export type PathFamily = 'all-shortest' | 'k-shortest';

export function pathStatement(family: PathFamily, maxHops: number): string {
  if (!HOPS.has(maxHops)) throw new RangeError(`maxHops must be an integer from 1 to ${MAX_HOPS}`);
  return `paths-${family}-h${maxHops}`;
}

/** Every path statement, so start-up can check that each file exists. */
export const pathStatements = (): string[] =>
  (['all-shortest', 'k-shortest'] as const).flatMap((family) => [...HOPS].map((h) => pathStatement(family, h)));
