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
  // Neo4j 2026.08 refuses ALL SHORTEST over a parenthesised pattern with a WHERE when the
  // quantifier is {1,1} ("only supported ... with a selective path selector"), and SHORTEST 51 takes
  // it: with one hop every path is both shortest and simple, so the k statement answers the same.
  const chosen = maxHops === 1 ? 'k-shortest' : family;
  return {
    name: `paths-${chosen}${directed ? '-directed' : ''}`,
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
