/**
 * The one place driver values become our JSON: string element ids, plain numbers, ISO
 * dates. Nothing from neo4j-driver leaves the database module.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { CLAIM_PROPERTY_KEYS, claimsFromProperties } from '../../contract/claims.ts';
import type { Citation, GraphEdge, GraphNode, JsonValue, Properties } from '../../contract/graph.ts';

/** Name-like properties, in the order a caption (and the search fallback) looks at them. */
export const CAPTION_KEYS = ['name', 'title', 'caption', 'label', 'displayName', 'fullName', 'username', 'code', 'id', 'key'];

/**
 * Maps any driver value to plain JSON; integers beyond 2^53 become decimal strings.
 * `edges` collects every edge made on the way, so a caller can fill their citations later.
 */
export function toJson(value: unknown, edges?: GraphEdge[], captioner?: Captioner): JsonValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const p = value;
    const point: Record<string, JsonValue> = { srid: toJson(p.srid), x: p.x, y: p.y };
    if (p.z !== undefined) point.z = p.z;
    return point;
  }
  if (neo4j.isNode(value)) return toGraphNode(value, captioner);
  if (neo4j.isRelationship(value)) return collected(toGraphEdge(value), edges);
  if (neo4j.isPath(value)) {
    const path = toPathJson(value, captioner);
    edges?.push(...path.edges);
    return path;
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map((v) => toJson(v, edges, captioner));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toJson(v, edges, captioner)]));
  }
  return String(value);
}

function collected(edge: GraphEdge, edges: GraphEdge[] | undefined): GraphEdge {
  edges?.push(edge);
  return edge;
}

/**
 * Maps request parameters (JSON) to driver values. JSON has one number type and the driver
 * would send every number as a float, so whole numbers go as integers (`LIMIT $n` needs one).
 */
export function toDriverValue(value: JsonValue): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverValue(v)]));
  }
  return value;
}

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/**
 * Property values to store. The driver sends every JS number as a FLOAT, so an import file's
 * `troops: 20000` would be stored as 20000.0 and read as a float by every other tool. Whole
 * numbers go as INTEGER; a list stays one type, since Neo4j stores only homogeneous lists
 * (`[1, 2.5]` stays floats).
 */
export function toStorableProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    out[k] = neo4j.isDate(v)
      ? v
      : isWhole(v)
        ? neo4j.int(v)
        : Array.isArray(v) && v.length > 0 && v.every(isWhole)
          ? v.map((x) => neo4j.int(x))
          : v;
  }
  return out;
}

/** A calendar day ("1992-05-15") as the driver's DATE, so it is stored as a Neo4j DATE, never a string. */
export function storableDate(isoDay: string): unknown {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

function isTemporal(v: unknown): boolean {
  return (
    neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isLocalTime(v) || neo4j.isTime(v) || neo4j.isDuration(v)
  );
}

function mapProperties(props: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const k in props) out[k] = toJson(props[k]);
  return out;
}

/** A caption from the first name-like property (numbers too unless told), else the first label. */
export function captionOf(props: Properties, labels: readonly string[], options: { numbers?: boolean } = {}): string {
  for (const key of CAPTION_KEYS) {
    const v = props[key];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number' && options.numbers !== false) return String(v);
  }
  return labels[0] ?? 'node';
}

/**
 * Chooses a node's caption from its labels and properties. The data profile's policy
 * (server/explore/captions.ts) is one; without it, `captionOf`.
 */
export type Captioner = (labels: readonly string[], props: Properties) => string;

/**
 * Graph elements travel by the hundred (search, expansion, paths): a long text property such
 * as a document's full text is cut here and named in `truncated`; the endpoint made for it
 * (GET /api/documents/:id) or a Cypher column returns it whole.
 */
export const MAX_PROPERTY_CHARS = 2_000;

function trimLongStrings(properties: Properties): string[] {
  const cut: string[] = [];
  for (const [k, v] of Object.entries(properties)) {
    if (typeof v === 'string' && v.length > MAX_PROPERTY_CHARS) {
      properties[k] = `${v.slice(0, MAX_PROPERTY_CHARS)}…`;
      cut.push(k);
    }
  }
  return cut;
}

const defaultCaption: Captioner = (labels, props) => captionOf(props, labels);

export function toGraphNode(node: Node, captioner: Captioner = defaultCaption): GraphNode {
  const { properties } = elementProperties(node.properties);
  const caption = captioner(node.labels, properties);
  const truncated = trimLongStrings(properties);
  const out: GraphNode = { id: node.elementId, labels: [...node.labels], caption, properties };
  if (truncated.length) out.truncated = truncated;
  return out;
}

/**
 * An element's properties as JSON, mapped once: with stored claims, their citations come out
 * and the claim keys leave the properties (they would repeat the citations).
 */
function elementProperties(raw: Record<string, unknown>): { properties: Properties; provenance: Citation[] | undefined } {
  const properties = mapProperties(raw);
  const provenance = citationsOfMapped(properties);
  if (provenance) for (const k of CLAIM_PROPERTY_KEYS) delete properties[k];
  return { properties, provenance };
}

/** Citations from the stored claims (contract/claims.ts); document details are filled in later. */
export function citationsOf(props: Record<string, unknown>): Citation[] | undefined {
  return citationsOfMapped(mapProperties(props));
}

function citationsOfMapped(props: Properties): Citation[] | undefined {
  const claims = claimsFromProperties(props);
  return claims?.map((c) => ({
    documentKey: c.document,
    documentId: null,
    title: null,
    publisher: null,
    date: null,
    quote: c.quote,
    start: c.start,
    end: c.end,
    speaker: c.speaker,
    attributed: c.attributed,
    attributedTo: c.attributedTo,
    credibility: c.credibility,
    ...(c.denies ? { denies: true } : {}),
  }));
}

export function toGraphEdge(rel: Relationship): GraphEdge {
  const { properties, provenance } = elementProperties(rel.properties);
  const edge: GraphEdge = {
    id: rel.elementId,
    type: rel.type,
    source: rel.startNodeElementId,
    target: rel.endNodeElementId,
    properties,
  };
  if (provenance) edge.provenance = provenance;
  return edge;
}

export interface PathJson {
  [key: string]: JsonValue;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function toPathJson(path: Path, captioner?: Captioner): PathJson {
  const nodes: GraphNode[] = [toGraphNode(path.start, captioner)];
  const edges: GraphEdge[] = [];
  for (const seg of path.segments) {
    edges.push(toGraphEdge(seg.relationship));
    nodes.push(toGraphNode(seg.end, captioner));
  }
  return { nodes, edges };
}

/**
 * Maps a stream of rows to JSON, each node and relationship once however many rows hold it: a
 * repeat is the object made the first time. `fresh` lists what the last `row` call made, for
 * the graph beside the rows (the same objects, so filling an edge's citations fills both).
 */
export class RowMapper {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  fresh: { nodes: GraphNode[]; edges: GraphEdge[] } = { nodes: [], edges: [] };
  /** Every relationship the last row holds, repeats included (each carries its citations in the answer). */
  rowEdges: GraphEdge[] = [];

  constructor(private readonly captioner?: Captioner) {}

  row(values: readonly unknown[]): JsonValue[] {
    this.fresh = { nodes: [], edges: [] };
    this.rowEdges = [];
    return values.map((v) => this.json(v));
  }

  private json(value: unknown): JsonValue {
    if (neo4j.isNode(value)) return this.node(value);
    if (neo4j.isRelationship(value)) return this.edge(value);
    if (neo4j.isPath(value)) {
      const nodes = [this.node(value.start)];
      const edges: GraphEdge[] = [];
      for (const seg of value.segments) {
        edges.push(this.edge(seg.relationship));
        nodes.push(this.node(seg.end));
      }
      return { nodes, edges };
    }
    if (Array.isArray(value)) return value.map((v) => this.json(v));
    if (value && typeof value === 'object' && !neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, JsonValue> = {};
      for (const k in value) out[k] = this.json((value as Record<string, unknown>)[k]);
      return out;
    }
    return toJson(value);
  }

  private node(n: Node): GraphNode {
    let mapped = this.nodes.get(n.elementId);
    if (!mapped) {
      mapped = toGraphNode(n, this.captioner);
      this.nodes.set(mapped.id, mapped);
      this.fresh.nodes.push(mapped);
    }
    return mapped;
  }

  private edge(r: Relationship): GraphEdge {
    let mapped = this.edges.get(r.elementId);
    if (!mapped) {
      mapped = toGraphEdge(r);
      this.edges.set(mapped.id, mapped);
      this.fresh.edges.push(mapped);
    }
    this.rowEdges.push(mapped);
    return mapped;
  }
}
