/**
 * The rows of an analyst's query, as JSON, within bounds: at most `maxRows` rows and `maxBytes`
 * for the whole response (rows, graph, and the document details citations get later). A row
 * that would go over is left out whole, with its graph elements.
 */
import type { Graph, GraphEdge, GraphNode, JsonValue } from '../../contract/graph.ts';
import { RowMapper, type Captioner } from '../db/mapper.ts';
import { JsonSizer } from './json-size.ts';

export type TruncatedReason = 'rows' | 'bytes';

/** Columns, summary and notifications around the rows. */
const ENVELOPE_BYTES = 2048;
/** Document details (title, publisher, date, id) added to each citation after the rows are read. */
const CITATION_DETAIL_BYTES = 256;

/**
 * The evidence each cited relationship gets then (server/evidence/confidence.ts): its totals, and
 * at most one source entry per citation. Left out, a 300,000-byte cap let 318,474 bytes through
 * (the faults drill, `npm run test:reliability`).
 */
const EVIDENCE_BYTES = 128;
const EVIDENCE_SOURCE_BYTES = 256;

const citationBytes = (edges: GraphEdge[]) =>
  edges.reduce((s, e) => {
    const cited = e.provenance?.length ?? 0;
    return cited === 0 ? s : s + EVIDENCE_BYTES + cited * (CITATION_DETAIL_BYTES + EVIDENCE_SOURCE_BYTES);
  }, 0);

export class BoundedResult {
  readonly rows: JsonValue[][] = [];
  /** The rows' relationships are the graph's own objects: filling the graph's citations fills theirs. */
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  /** Maps each element once: the rows and the graph hold the same objects. */
  private readonly mapper: RowMapper;
  /** Sizes each element once: the rows repeat the graph's objects, and JSON would be written twice per element otherwise. */
  private readonly sizer = new JsonSizer();
  truncated: TruncatedReason | null = null;
  private bytes = ENVELOPE_BYTES;

  constructor(
    readonly maxRows: number,
    readonly maxBytes: number,
    captioner?: Captioner,
  ) {
    this.mapper = new RowMapper(captioner);
  }

  /** Offers one row of driver values; false once the result is full (the caller stops reading). */
  offer(values: unknown[]): boolean {
    if (this.rows.length >= this.maxRows) {
      this.truncated = 'rows';
      return false;
    }
    const row = this.mapper.row(values);
    // Elements an earlier row brought (a query's `n` in every row) are not mapped and measured again.
    const { nodes, edges } = this.mapper.fresh;
    // Citation details are filled later, in the graph's relationships and in every row that holds one.
    const details = citationBytes(this.mapper.rowEdges) + citationBytes(edges);
    // Each piece's JSON plus the comma that separates it from its neighbour in a list.
    const sizer = this.sizer;
    const graphBytes = nodes.reduce((s, n) => s + sizer.element(n) + 1, 0) + edges.reduce((s, e) => s + sizer.element(e) + 1, 0);
    const size = sizer.of(row) + 1 + details + graphBytes;
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

  graph(): Graph {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
