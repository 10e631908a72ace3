/**
 * A deterministic synthetic graph in the explorer's model, sized for benchmarks: countries,
 * organizations (a few alliance hubs like the CSTO), people, conflicts, places, events, and
 * about five relationships per node, each citing one or two synthetic Document nodes.
 * The same (size, seed) always gives the same graph, whole or in chunks.
 */
import type { NodeEntry, RelationshipEntry, SeedFile } from '../seed/schema.ts';
import { documentAt } from './generate/documents.ts';
import { nodeAt } from './generate/nodes.ts';
import { planGraph, rangeOf, keyOf, type GraphPlan } from './generate/plan.ts';
import { relationshipsFrom } from './generate/relationships.ts';

export { planGraph, parseSize, sizeLabel, type GraphPlan } from './generate/plan.ts';

/** Every node's name by index, made once: quotes name both ends of each relationship. */
function nameTable(plan: GraphPlan): string[] {
  const names = new Array<string>(plan.entities);
  for (let i = 0; i < plan.entities; i++) names[i] = nodeAt(plan, i).name;
  return names;
}

/** The graph in chunks of at most `chunk` source nodes: documents and all nodes first, then relationships. */
export function* seedChunks(plan: GraphPlan, chunk = 50_000): Generator<SeedFile> {
  const documents = Array.from({ length: plan.documents }, (_, i) => documentAt(plan, i));
  for (let start = 0; start < plan.entities; start += chunk) {
    const nodes: NodeEntry[] = [];
    for (let i = start; i < Math.min(plan.entities, start + chunk); i++) nodes.push(nodeAt(plan, i));
    yield { documents: start === 0 ? documents : [], nodes, relationships: [] };
  }
  const names = nameTable(plan);
  const nameOf = (i: number) => names[i]!;
  for (let start = 0; start < plan.entities; start += chunk) {
    const relationships: RelationshipEntry[] = [];
    for (let i = start; i < Math.min(plan.entities, start + chunk); i++) relationships.push(...relationshipsFrom(plan, i, nameOf));
    yield { documents: [], nodes: [], relationships };
  }
}

/** The whole graph as one import file (small sizes: the test, the render bench). */
export function generateGraph(size: number, seed?: number): SeedFile {
  const whole: SeedFile = { documents: [], nodes: [], relationships: [] };
  for (const part of seedChunks(planGraph(size, seed), Number.MAX_SAFE_INTEGER)) {
    whole.documents.push(...part.documents);
    whole.nodes.push(...part.nodes);
    whole.relationships.push(...part.relationships);
  }
  return whole;
}

/** Nodes the benchmarks ask about, by key: the biggest hub, typical nodes, a search text. */
export interface BenchTargets {
  hub: string;
  /** Ordinary people from the long tail (median degree): expansions and path ends. */
  typical: string[];
  /** Prefixes of real names, as a person types them into the search box. */
  searches: string[];
}

export function benchTargets(plan: GraphPlan, count = 16): BenchTargets {
  const people = rangeOf(plan, 'Person');
  const hubRange = rangeOf(plan, 'Organization');
  // The second half of the people: skewed draws rarely land there, so their degree is the median's.
  const typicalIdx = Array.from({ length: count }, (_, i) => people.start + Math.floor(people.count * (0.5 + (0.45 * i) / count)));
  const searches = typicalIdx.map((i) => nodeAt(plan, i).name.split(' ')[0]!.slice(0, 5).toLowerCase());
  return { hub: keyOf(hubRange, 0), typical: typicalIdx.map((i) => nodeAt(plan, i).key), searches };
}

/**
 * The same data with every key (and every reference to one) ending in -<suffix>: loads of one
 * graph that land side by side in one database, as fresh keys each time (the generator makes no
 * reprints or speakers, the only other references).
 */
export function withKeySuffix(g: SeedFile, suffix: string): SeedFile {
  const k = (key: string) => `${key}-${suffix}`;
  const cited = <E extends { document: string }>(evidence: E[]) => evidence.map((e) => ({ ...e, document: k(e.document) }));
  return {
    documents: g.documents.map((d) => ({ ...d, key: k(d.key) })),
    nodes: g.nodes.map((n) => ({ ...n, key: k(n.key), evidence: cited(n.evidence) })),
    relationships: g.relationships.map((r) => ({ ...r, from: k(r.from), to: k(r.to), evidence: cited(r.evidence) })),
  };
}
