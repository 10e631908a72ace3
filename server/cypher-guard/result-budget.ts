/**
 * Bounds on an analyst's result: at most `maxRows` rows and `maxBytes` of JSON for the whole
 * response. A row that would go over is left out whole, with its graph elements.
 */
import type { GraphEdge, GraphNode, JsonValue } from '../../contract/graph.ts';

export type TruncatedReason = 'rows' | 'bytes';

/** Columns, summary and notifications around the rows. */
const ENVELOPE_BYTES = 2048;
/** Document details (title, publisher, date, id) added to each citation after the rows are read. */
const CITATION_DETAIL_BYTES = 256;

/** JSON size, plus the comma that separates it from its neighbour in a list. */
const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) + 1;
const citationBytes = (edges: GraphEdge[]) => edges.reduce((s, e) => s + (e.provenance?.length ?? 0) * CITATION_DETAIL_BYTES, 0);

export class ResultBudget {
  readonly rows: JsonValue[][] = [];
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  truncated: TruncatedReason | null = null;
  private bytes = ENVELOPE_BYTES;

  constructor(
    readonly maxRows: number,
    readonly maxBytes: number,
  ) {}

  /** Offers one row (with the edges inside it) and its graph elements; false once the result is full. */
  offer(row: JsonValue[], rowEdges: GraphEdge[], graph: { nodes: GraphNode[]; edges: GraphEdge[] }): boolean {
    if (this.rows.length >= this.maxRows) {
      this.truncated = 'rows';
      return false;
    }
    const nodes = graph.nodes.filter((n) => !this.nodes.has(n.id));
    const edges = graph.edges.filter((e) => !this.edges.has(e.id));
    const size =
      bytesOf(row) +
      citationBytes(rowEdges) +
      nodes.reduce((s, n) => s + bytesOf(n), 0) +
      edges.reduce((s, e) => s + bytesOf(e), 0) +
      citationBytes(edges);
    if (this.bytes + size > this.maxBytes) {
      this.truncated = 'bytes';
      return false;
    }
    this.bytes += size;
    this.rows.push(row);
    for (const n of nodes) this.nodes.set(n.id, n);
    for (const e of edges) this.edges.set(e.id, e);
    return true;
  }
}
