/**
 * A fingerprint of the knowledge graph by content alone: nodes by their labels and properties,
 * relationships by their ends' keys, type and properties, with each value's type (INTEGER and
 * FLOAT, DATE and STRING told apart). Element ids and the explorer's own records (change sets,
 * cases) are left out, so two databases loaded from the same data compare equal.
 */
import { createHash } from 'node:crypto';
import type { Driver } from '../../server/db/driver.ts';

function typed(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return `float:${value}`;
  if (typeof value === 'string' || typeof value === 'boolean') return `${typeof value}:${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(typed).join(',')}]`;
  if (Object.getPrototypeOf(value) !== Object.prototype) return `${(value as object).constructor.name}:${String(value)}`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${typed(v)}`).join(',')}}`;
}

export interface ContentFingerprint {
  nodes: number;
  relationships: number;
  hash: string;
}

export async function contentFingerprint(driver: Driver, database: string): Promise<ContentFingerprint> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:ExplorerRecord RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props',
    {},
    { database },
  );
  const lines = [
    ...nodes.records.map((r) => `N ${typed({ labels: [...(r.get('labels') as string[])].sort(), props: r.get('props') })}`),
    ...rels.records.map((r) => `R ${typed(r.toObject())}`),
  ].sort();
  return {
    nodes: nodes.records.length,
    relationships: rels.records.length,
    hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}
