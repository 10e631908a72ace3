/**
 * The statement for a path request. Hop counts cannot be Cypher parameters, so the checked
 * count fills the statement's {{maxHops}} slot; checkedInteger is the only way it gets there.
 */
import { checkedInteger, type CypherFragment } from '../db/identifiers.ts';

export const MAX_HOPS = 8;

export type PathFamily = 'all-shortest' | 'k-shortest';

export interface PathStatement {
  name: string;
  slots: Record<string, CypherFragment>;
}

/** `directed` follows each relationship's direction; otherwise either way. */
export function pathStatement(family: PathFamily, maxHops: number, directed = false): PathStatement {
  return {
    name: `paths-${family}${directed ? '-directed' : ''}`,
    slots: { maxHops: checkedInteger(maxHops, 1, MAX_HOPS, 'maxHops') },
  };
}

/** Every path statement, so start-up can check that each file exists. */
export const pathStatements = (): string[] => [
  'paths-all-shortest',
  'paths-k-shortest',
  'paths-all-shortest-directed',
  'paths-k-shortest-directed',
];
