/**
 * Rows as columns for the bulk import's statements (write-relationships.cypher): each property
 * name is written once into the statement and each value once into a column, instead of every
 * row carrying every name as a map key. Each column is a parameter of its own ($column0, …):
 * one list of lists measured a little worse. Against rows of maps, batch by batch on the 100k
 * bench graph (`npm run bench:import-forms`, three runs), Node's CPU for a relationship batch
 * fell by 15-29%; Neo4j's did not change.
 */
import { checkedInteger, quoteNewPropertyKey, type CypherFragment } from '../server/db/index.ts';

export interface Columns {
  /** One {prop, index} per property name (sorted, so a batch of the same shape gets the same statement and plan). */
  props: Record<string, CypherFragment>[];
  /** The statement's parameters column<index>: column<index>[row] is the row's value, null where it has none (null stores nothing). */
  columns: Record<string, unknown[]>;
}

/** The rows' properties (all but `except`, which the statement takes on its own) as columns. */
export function toColumns(rows: readonly Record<string, unknown>[], except: string): Columns {
  const names = new Set<string>();
  for (const row of rows) for (const name in row) if (name !== except) names.add(name);
  const sorted = [...names].sort();
  return {
    props: sorted.map((name, i) => ({ prop: quoteNewPropertyKey(name), index: checkedInteger(i, 0, 9_999, 'property index') })),
    columns: Object.fromEntries(sorted.map((name, i) => [`column${i}`, rows.map((row) => row[name] ?? null)])),
  };
}
