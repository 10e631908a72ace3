/**
 * Tells a path hop by hop: each hop's family, its narration from the ontology, its validity with
 * precision, and its citations with those that name both ends first. Pure: the ontology (or null
 * for a database not built on it, which gets neutral narration) and the reference day come in.
 */
import type { PathHop } from '../../contract/api.ts';
import type { Citation, GraphEdge, GraphNode, JsonValue } from '../../contract/graph.ts';
import { narrate, type Ontology } from '../../contract/ontology.ts';
import { endedBefore, independentSources } from './path-ranking.ts';

type Bound = NonNullable<PathHop['validity']['from']>;

function bound(props: Readonly<Record<string, JsonValue>>, name: 'validFrom' | 'validTo' | 'date'): Bound | null {
  const date = props[name];
  if (typeof date !== 'string') return null;
  const p = props[`${name}Precision`];
  return { date, precision: p === 'year' || p === 'month' || p === 'day' ? p : null, inferred: props[`${name}Inferred`] === true };
}

/** The names a quote may use for a node: its caption, name and aliases. */
function namesOf(node: GraphNode | undefined): string[] {
  if (!node) return [];
  const { name, aliases } = node.properties;
  const all = [node.caption, typeof name === 'string' ? name : '', ...(Array.isArray(aliases) ? aliases : [])];
  return all.filter((n): n is string => typeof n === 'string' && n.trim().length > 1).map((n) => n.toLowerCase());
}

const mentions = (quote: string, names: readonly string[]) => names.some((n) => quote.includes(n));

/**
 * Sorts citations in place: those whose quote names both ends first, then those naming one, then
 * the rest (stable otherwise); returns how many name both.
 */
export function orderCitations(citations: Citation[], a: GraphNode | undefined, b: GraphNode | undefined): number {
  const na = namesOf(a);
  const nb = namesOf(b);
  const rank = (c: Citation) => {
    const q = c.quote.toLowerCase();
    return (mentions(q, na) ? 1 : 0) + (mentions(q, nb) ? 1 : 0);
  };
  const ranked = citations.map((c, i) => ({ c, i, r: rank(c) })).sort((x, y) => y.r - x.r || x.i - y.i);
  ranked.forEach(({ c }, i) => (citations[i] = c));
  return ranked.filter((x) => x.r === 2).length;
}

export interface HopContext {
  /** The vocabulary when this database was built on it; null otherwise. */
  ontology: Ontology | null;
  /** YYYY-MM-DD: asOf, else today. */
  referenceDay: string;
}

/** The hops of a path in walking order (nodes[i] → nodes[i + 1] over edges[i]); sorts each edge's citations. */
export function describeHops(nodes: readonly GraphNode[], edges: readonly GraphEdge[], ctx: HopContext): PathHop[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return edges.map((edge, i) => {
    const from = nodes[i]?.id ?? edge.source;
    const to = nodes[i + 1]?.id ?? edge.target;
    const start = byId.get(edge.source);
    const end = byId.get(edge.target);
    const spec = ctx.ontology?.relationshipTypes[edge.type];
    const caption = (n: GraphNode | undefined) => n?.caption ?? '?';
    const narration = spec
      ? narrate(spec.phrase, caption(start), caption(end))
      : `${caption(start)} —${edge.type.toLowerCase().replaceAll('_', ' ')}→ ${caption(end)}`;
    const point = bound(edge.properties, 'date');
    const namingBoth = edge.provenance ? orderCitations(edge.provenance, start, end) : 0;
    return {
      edge: edge.id,
      from,
      to,
      forward: edge.source === from,
      family: spec?.family ?? null,
      narration,
      validity: { from: bound(edge.properties, 'validFrom') ?? point, to: bound(edge.properties, 'validTo') ?? point },
      ended: endedBefore(edge.properties, ctx.referenceDay),
      sources: independentSources(edge),
      namingBoth,
    };
  });
}
