/**
 * A content fingerprint of the whole database: every node and relationship with its labels,
 * type and properties, plus the schema (indexes and constraints). Equal fingerprints before
 * and after mean nothing changed.
 */
import { createHash } from 'node:crypto';
import type { Driver } from '../../server/db/driver.ts';

function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  // A driver value (a DATE, an Integer) by its type and text: a DATE stored as text, or a whole
  // number stored as a float, changes the fingerprint.
  if (typeof (value as { toString?: unknown }).toString === 'function' && Object.getPrototypeOf(value) !== Object.prototype) {
    return `${value.constructor.name}:${JSON.stringify(String(value))}`;
  }
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}

export interface Fingerprint {
  nodes: number;
  relationships: number;
  hash: string;
}

export async function fingerprint(driver: Driver, database: string): Promise<Fingerprint> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN elementId(r) AS id, type(r) AS type, elementId(startNode(r)) AS s, elementId(endNode(r)) AS t, properties(r) AS props',
    {},
    { database },
  );
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN *', {}, { database });
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, type RETURN *', {}, { database });
  const lines = [
    ...nodes.records.map((r) => `N ${stable(r.toObject())}`),
    ...rels.records.map((r) => `R ${stable(r.toObject())}`),
    ...indexes.records.map((r) => `I ${stable(r.toObject())}`),
    ...constraints.records.map((r) => `C ${stable(r.toObject())}`),
  ].sort();
  const hash = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { nodes: nodes.records.length, relationships: rels.records.length, hash };
}

/**
 * A fingerprint of the records whose keys end with `-<suffix>`, by key rather than by element id
 * and with the suffix taken out of every value: two loads of the same data under two suffixes
 * (say, through two import paths) have equal fingerprints exactly when they stored the same
 * graph — labels, types, ends, every property. Counts the properties too, to show in a failure.
 */
export async function keyedFingerprint(driver: Driver, database: string, suffix: string): Promise<Fingerprint & { properties: number }> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE n.key ENDS WITH $s RETURN labels(n) AS labels, properties(n) AS props',
    { s: `-${suffix}` },
    { database },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE r.key ENDS WITH $s RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS props',
    { s: `-${suffix}` },
    { database },
  );
  const unsuffixed = (line: string) => line.replaceAll(`-${suffix}`, '-*');
  const lines = [
    ...nodes.records.map((r) => `N ${unsuffixed(stable({ ...r.toObject(), labels: [...(r.get('labels') as string[])].sort() }))}`),
    ...rels.records.map((r) => `R ${unsuffixed(stable(r.toObject()))}`),
  ].sort();
  const properties = [...nodes.records, ...rels.records].reduce((n, r) => n + Object.keys(r.get('props') as object).length, 0);
  const hash = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { nodes: nodes.records.length, relationships: rels.records.length, properties, hash };
}
