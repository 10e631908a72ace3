/**
 * GET /api/contradictions: what the graph says both ways, for an analyst to judge.
 * - opposing: two relationships between the same two entities whose families the ontology
 *   lists in `opposingFamilies` (support × opposition, alliance × conflict), in the same
 *   direction (either direction when one of the types is symmetric), valid at some common time;
 * - negation: a type against the type it `negates` (DID_NOT_SUPPORT × SUPPORTS), same rules;
 * - denial: one relationship with claims that affirm it and claims that deny it.
 * Each comes with both sides' citations (graded, via fillProvenance) and the editors' verdicts.
 */
import { z } from 'zod';
import type { Contradiction, ContradictionsResponse, Verdict } from '../../contract/contradictions.ts';
import { Verdict as VerdictRow } from '../../contract/contradictions.ts';
import { GraphEdge, GraphNode, type JsonValue } from '../../contract/graph.ts';
import type { Ontology } from '../../contract/ontology.ts';
import { fillProvenance } from '../db/provenance.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { loadOntology } from '../ontology.ts';

const PairRow = z.object({ first: GraphEdge, second: GraphEdge, source: GraphNode, target: GraphNode });
const DenialRow = z.object({ edge: GraphEdge, source: GraphNode, target: GraphNode });

interface TypePair {
  first: string;
  second: string;
  kind: 'opposing' | 'negation';
}

/** Every ordered pair of types that contradict, the first from the affirming family (support, alliance) or the negated type. */
export function contradictingTypes(ontology: Ontology): TypePair[] {
  const types = Object.entries(ontology.relationshipTypes);
  const out = new Map<string, TypePair>();
  for (const [type, spec] of types) {
    if (spec.negates) out.set(`${spec.negates} ${type}`, { first: spec.negates, second: type, kind: 'negation' });
  }
  for (const [famA, famB] of ontology.opposingFamilies) {
    for (const [a, sa] of types) {
      if (sa.family !== famA) continue;
      for (const [b, sb] of types) {
        if (sb.family === famB && !out.has(`${a} ${b}`)) out.set(`${a} ${b}`, { first: a, second: b, kind: 'opposing' });
      }
    }
  }
  return [...out.values()];
}

const day = (v: JsonValue | undefined): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

/** The time an edge holds: [validFrom, validTo], a point event's date as both, open ends null. */
export function validity(edge: GraphEdge): { from: string | null; to: string | null } {
  const date = day(edge.properties.date);
  return { from: day(edge.properties.validFrom) ?? date, to: day(edge.properties.validTo) ?? date };
}

/** Where two validities overlap, or null when they do not. */
export function overlapOf(a: GraphEdge, b: GraphEdge): { from: string | null; to: string | null } | null {
  const va = validity(a);
  const vb = validity(b);
  const from = va.from && vb.from ? (va.from > vb.from ? va.from : vb.from) : (va.from ?? vb.from);
  const to = va.to && vb.to ? (va.to < vb.to ? va.to : vb.to) : (va.to ?? vb.to);
  return from && to && from > to ? null : { from, to };
}

const keyOf = (e: GraphEdge): string => (typeof e.properties.key === 'string' ? e.properties.key : e.id);

export function contradictionId(kind: string, ...edges: GraphEdge[]): string {
  return `${kind}:${edges.map(keyOf).join('|')}`;
}

/** The contradictions of the graph, with their verdicts; at most `limit` candidates of each kind are examined. */
export async function listContradictions(ctx: ReadContext, limit: number, ontology = loadOntology()): Promise<ContradictionsResponse> {
  const pairs = contradictingTypes(ontology);
  const symmetric = new Set(
    Object.entries(ontology.relationshipTypes)
      .filter(([, s]) => s.symmetric)
      .map(([t]) => t),
  );
  const [pairRows, denialRows] = await Promise.all([
    queryJson(
      ctx,
      'contradiction-pairs',
      { firstTypes: [...new Set(pairs.map((p) => p.first))], pairs: pairs.map((p) => [p.first, p.second]), limit: limit + 1 },
      PairRow,
    ),
    queryJson(ctx, 'contradiction-denials', { limit: limit + 1 }, DenialRow),
  ]);
  const capped = pairRows.length > limit || denialRows.length > limit;
  const found: Omit<Contradiction, 'verdict' | 'verdicts'>[] = [];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const r of pairRows.slice(0, limit)) {
    const pair = pairs.find((p) => p.first === r.first.type && p.second === r.second.type)!;
    const sameWay = r.first.source === r.second.source;
    if (!sameWay && !symmetric.has(r.first.type) && !symmetric.has(r.second.type)) continue;
    const overlap = overlapOf(r.first, r.second);
    if (!overlap) continue;
    const id = contradictionId(pair.kind, r.first, r.second);
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push(r.first, r.second);
    found.push({
      id,
      kind: pair.kind,
      summary:
        pair.kind === 'negation'
          ? `${r.second.type} states the negation of ${r.first.type}`
          : `${r.first.type} and ${r.second.type} oppose each other (${ontology.relationshipTypes[r.first.type]!.family} against ${ontology.relationshipTypes[r.second.type]!.family})`,
      source: r.source,
      target: r.target,
      sides: [
        { label: r.first.type, edge: r.first, citations: [] },
        { label: r.second.type, edge: r.second, citations: [] },
      ],
      overlap,
    });
  }
  for (const r of denialRows.slice(0, limit)) {
    edges.push(r.edge);
    found.push({
      id: contradictionId('denial', r.edge),
      kind: 'denial',
      summary: `Claims affirm and deny ${r.edge.type}`,
      source: r.source,
      target: r.target,
      // The same edge on both sides: the citations tell them apart.
      sides: [
        { label: r.edge.type, edge: r.edge, citations: [] },
        { label: `denies ${r.edge.type}`, edge: r.edge, citations: [] },
      ],
      overlap: null,
    });
  }
  await fillProvenance(ctx, edges);
  for (const c of found) {
    const [a, b] = c.sides;
    // Each side cites what affirms it; a denial's second side, the claims that deny.
    a.citations = (a.edge.provenance ?? []).filter((p) => !p.denies);
    b.citations = (b.edge.provenance ?? []).filter((p) => (c.kind === 'denial' ? p.denies === true : !p.denies));
  }
  const verdicts = found.length
    ? await verdictsOf(
        ctx,
        found.map((c) => c.id),
      )
    : [];
  const contradictions = found.map((c) => {
    const mine = verdicts.filter((v) => v.contradiction === c.id);
    return { ...c, verdicts: mine, verdict: mine.find((v) => v.reversedAt === null) ?? null };
  });
  return { contradictions, capped };
}

export async function verdictsOf(ctx: ReadContext, ids: string[]): Promise<Verdict[]> {
  return queryJson(ctx, 'verdicts-list', { ids }, VerdictRow);
}

/** The key of the relationship on the side that holds (a denial's two sides are one relationship: null). */
export function holdsEdge(c: Contradiction, holds: 'first' | 'second' | 'neither'): string | null {
  if (holds === 'neither' || c.kind === 'denial') return null;
  return keyOf(c.sides[holds === 'first' ? 0 : 1].edge);
}
