/**
 * The rows of an analyst's query, as JSON, within bounds: at most `maxRows` rows and `maxBytes`
 * for the whole response (rows, graph, and the document details citations get later). A row
 * that would go over is left out whole, with its graph elements.
 */
import type { Graph, GraphEdge, GraphNode, JsonValue } from '../../contract/graph.ts';
import { GraphCollector, toJson, type Captioner } from '../db/mapper.ts';

export type TruncatedReason = 'rows' | 'bytes';

/** Columns, summary and notifications around the rows. */
const ENVELOPE_BYTES = 2048;
/** Document details (title, publisher, date, id) added to each citation after the rows are read. */
const CITATION_DETAIL_BYTES = 256;

/** JSON size, plus the comma that separates it from its neighbour in a list. */
const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) + 1;
const citationBytes = (edges: GraphEdge[]) => edges.reduce((s, e) => s + (e.provenance?.length ?? 0) * CITATION_DETAIL_BYTES, 0);

export class BoundedResult {
  readonly rows: JsonValue[][] = [];
  /** Edges inside the rows (separate objects from the graph's): their citations are filled too. */
  readonly rowEdges: GraphEdge[] = [];
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  truncated: TruncatedReason | null = null;
  private bytes = ENVELOPE_BYTES;

  constructor(
    readonly maxRows: number,
    readonly maxBytes: number,
    private readonly captioner?: Captioner,
  ) {}

  /** Offers one row of driver values; false once the result is full (the caller stops reading). */
  offer(values: unknown[]): boolean {
    if (this.rows.length >= this.maxRows) {
      this.truncated = 'rows';
      return false;
    }
    const rowEdges: GraphEdge[] = [];
    const row = values.map((v) => toJson(v, rowEdges, this.captioner));
    // Elements an earlier row brought (a query's `n` in every row) are not mapped and measured again.
    const found = new GraphCollector(this.captioner, { nodes: this.nodes, edges: this.edges });
    found.add(values);
    const nodes = [...found.nodes.values()];
    const edges = [...found.edges.values()];
    const size =
      bytesOf(row) + citationBytes(rowEdges) + nodes.reduce((s, n) => s + bytesOf(n), 0) + edges.reduce((s, e) => s + bytesOf(e), 0);
    if (this.bytes + size + citationBytes(edges) > this.maxBytes) {
      this.truncated = 'bytes';
      return false;
    }
    this.bytes += size + citationBytes(edges);
    this.rows.push(row);
    this.rowEdges.push(...rowEdges);
    for (const n of nodes) this.nodes.set(n.id, n);
    for (const e of edges) this.edges.set(e.id, e);
    return true;
  }

  graph(): Graph {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
