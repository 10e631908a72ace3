/**
 * The importer's upsert statements (cypher/upsert-nodes.cypher, upsert-relationships.cypher),
 * generated from the ontology, for the server's writes: a committed change set goes through the
 * same statements as an imported file, so both store entities and relationships alike.
 * (seed/load.ts builds the same blocks for the importer; the server may not import seed/.)
 */
import type { Ontology } from '../../contract/ontology.ts';
import { checkedInteger, quoteNewIdentifier, type CypherFragment } from './identifiers.ts';
import { toStorableProperties } from './mapper.ts';
import type { WriteTx } from './write.ts';

function blocks(names: string[], slot: string, what: string): Record<string, CypherFragment>[] {
  return names.map((name, i) => ({ [slot]: quoteNewIdentifier(name, what), index: checkedInteger(i, 0, 999, 'block index') }));
}

export interface NodeRow {
  key: string;
  labels: string[];
  props: Record<string, unknown>;
}
export interface RelationshipRow {
  key: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const storable = <R extends { props: Record<string, unknown> }>(rows: R[]): R[] =>
  rows.map((r) => ({ ...r, props: toStorableProperties(r.props) }));

export function serverUpserts(ontology: Ontology) {
  const labels = Object.keys(ontology.labels).filter((l) => l !== 'Document');
  const types = Object.keys(ontology.relationshipTypes);
  const labelBlocks = { labels: blocks(labels, 'label', 'label') };
  const typeBlocks = { types: blocks(types, 'type', 'relationship type') };
  return {
    documents: (tx: WriteTx, rows: { key: string; props: Record<string, unknown> }[]) =>
      tx.run('upsert-documents', { rows: storable(rows) }),
    nodes: (tx: WriteTx, rows: NodeRow[]) => tx.run('upsert-nodes', { rows: storable(rows), labels }, {}, labelBlocks),
    /** Returns the rows whose ends were not found. */
    relationships: (tx: WriteTx, rows: RelationshipRow[]) =>
      tx.run('upsert-relationships', { rows: storable(rows), types }, {}, typeBlocks),
  };
}
