/**
 * Bounds on an analyst's result: at most `maxRows` rows and `maxBytes` of JSON for the rows and
 * the graph together. A row that would go over is left out whole, with its graph elements.
 */
import type { GraphEdge, GraphNode, JsonValue } from '../../contract/graph.ts';

export type TruncatedReason = 'rows' | 'bytes';

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

export class ResultBudget {
  readonly rows: JsonValue[][] = [];
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  truncated: TruncatedReason | null = null;
  private bytes = 0;

  constructor(
    readonly maxRows: number,
    readonly maxBytes: number,
  ) {}

  /** Offers one row and the graph elements found in it; false once the result is full. */
  offer(row: JsonValue[], graph: { nodes: GraphNode[]; edges: GraphEdge[] }): boolean {
    if (this.rows.length >= this.maxRows) {
      this.truncated = 'rows';
      return false;
    }
    const nodes = graph.nodes.filter((n) => !this.nodes.has(n.id));
    const edges = graph.edges.filter((e) => !this.edges.has(e.id));
    const size = bytesOf(row) + nodes.reduce((s, n) => s + bytesOf(n), 0) + edges.reduce((s, e) => s + bytesOf(e), 0);
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
