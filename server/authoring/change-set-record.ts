/** A change set as stored (a :ChangeSet:ExplorerRecord node's properties) and as the API shows it. */
import { randomUUID } from 'node:crypto';
import type { ChangeSetSummary } from '../../contract/authoring.ts';
import type { JsonValue } from '../../contract/graph.ts';

export interface ChangeSetProps {
  id: string;
  kind: 'document' | 'claims';
  author: string;
  createdAt: string;
  summary: string;
  status: 'committed' | 'reverted';
  /** What it added. */
  documents: string[];
  nodes: string[];
  relationships: string[];
  relationshipFroms: string[];
  /** Claims it added to relationships already there: relationship key, its start's key, document, offsets. */
  appendedKeys: string[];
  appendedFroms: string[];
  appendedDocuments: string[];
  appendedStarts: number[];
  appendedEnds: number[];
  /** What it builds on ("doc:key", "node:key", "rel:key"): a change set that added one of these cannot be reverted first. */
  uses: string[];
}

export function newChangeSet(kind: ChangeSetProps['kind'], author: string, summary: string): ChangeSetProps {
  return {
    id: randomUUID(),
    kind,
    author,
    createdAt: new Date().toISOString(),
    summary,
    status: 'committed',
    documents: [],
    nodes: [],
    relationships: [],
    relationshipFroms: [],
    appendedKeys: [],
    appendedFroms: [],
    appendedDocuments: [],
    appendedStarts: [],
    appendedEnds: [],
    uses: [],
  };
}

/** What others may depend on: everything it added. */
export function addedRefs(c: Pick<ChangeSetProps, 'documents' | 'nodes' | 'relationships'>): string[] {
  return [...c.documents.map((k) => `doc:${k}`), ...c.nodes.map((k) => `node:${k}`), ...c.relationships.map((k) => `rel:${k}`)];
}

const strings = (v: JsonValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);
const text = (v: JsonValue | undefined): string | null => (typeof v === 'string' ? v : null);

export function changeSetFromProps(
  p: Record<string, JsonValue>,
): ChangeSetProps & { revertedAt: string | null; revertedBy: string | null } {
  return {
    id: String(p.id),
    kind: p.kind === 'document' ? 'document' : 'claims',
    author: String(p.author ?? ''),
    createdAt: String(p.createdAt ?? ''),
    summary: String(p.summary ?? ''),
    status: p.status === 'reverted' ? 'reverted' : 'committed',
    revertedAt: text(p.revertedAt),
    revertedBy: text(p.revertedBy),
    documents: strings(p.documents),
    nodes: strings(p.nodes),
    relationships: strings(p.relationships),
    relationshipFroms: strings(p.relationshipFroms),
    appendedKeys: strings(p.appendedKeys),
    appendedFroms: strings(p.appendedFroms),
    appendedDocuments: strings(p.appendedDocuments),
    appendedStarts: Array.isArray(p.appendedStarts) ? p.appendedStarts.map(Number) : [],
    appendedEnds: Array.isArray(p.appendedEnds) ? p.appendedEnds.map(Number) : [],
    uses: strings(p.uses),
  };
}

export function summaryOf(c: ReturnType<typeof changeSetFromProps>): ChangeSetSummary {
  return {
    id: c.id,
    kind: c.kind,
    author: c.author,
    createdAt: c.createdAt,
    summary: c.summary,
    status: c.status,
    revertedAt: c.revertedAt,
    revertedBy: c.revertedBy,
    documents: c.documents,
    nodes: c.nodes,
    relationships: c.relationships,
    appendedClaims: c.appendedKeys.length,
  };
}
