/**
 * GET /api/paths: how two nodes are connected. `shortest` is the best-ranked of the shortest
 * paths, `allShortest` every path of the shortest length (capped), `k` the k best of the shortest
 * simple paths. Candidates are ranked by meaning (server/explore/path-ranking.ts); each comes back
 * with its score, its hops told with the ontology, and every citation of every edge.
 */
import { z } from 'zod';
import { PathJson, type PathSearch, type PathsResponse } from '../../contract/api.ts';
import type { GraphEdge, GraphNode } from '../../contract/graph.ts';
import type { Family, Ontology } from '../../contract/ontology.ts';
import { HttpError, notFound } from '../errors.ts';
import { fillProvenance } from '../db/provenance.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { inOneReadTransaction } from '../db/read.ts';
import { loadOntology } from '../ontology.ts';
import { describeHops } from './path-hops.ts';
import { rankPaths, scorePath } from './path-ranking.ts';
import { DEFAULT_EXPANSION_BUDGET, reach } from './path-reach.ts';
import { pathStatement } from './path-statement.ts';

/** All shortest paths can be combinatorially many in a dense graph: a screenful is enough. */
export const ALL_SHORTEST_CAP = 100;
/** How many of the shortest paths `shortest` ranks to pick its one. */
export const SHORTEST_CANDIDATES = 25;
/** The k-shortest statements find at most this many candidates (SHORTEST 51). */
export const K_CANDIDATES = 51;

/** What may be crossed, and when: shared by a pair's trace and a connecting network. */
export interface PathFilters {
  maxHops: number;
  types?: string[] | undefined;
  excludeTypes?: string[] | undefined;
  families?: Family[] | undefined;
  excludeFamilies?: Family[] | undefined;
  withAttribution?: boolean | undefined;
  asOf?: string | undefined;
  timeRespecting?: boolean | undefined;
  directed?: boolean | undefined;
  avoid?: string[] | undefined;
}

export interface PathsInput extends PathFilters {
  from: string;
  to: string;
  mode: 'shortest' | 'allShortest' | 'k';
  k: number;
  keepParallel?: boolean | undefined;
  /** Relationships the search may follow (DEFAULT_EXPANSION_BUDGET). */
  budget?: number | undefined;
}

/**
 * Paths that visit the same nodes over the same relationship types, differing only in which of
 * two opposite parallel relationships they take (an outbound and a return flight), are one
 * answer to "how are these connected": the first of each such group stays.
 */
export function withoutParallelTwins<P extends FoundPath>(paths: P[]): P[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify([p.nodes.map((n) => n.id), p.edges.map((e) => e.type)]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const Ends = z.object({ fromFound: z.boolean(), toFound: z.boolean() });
const Row = z.object({ p: PathJson.pick({ nodes: true, edges: true }) });
const Applies = z.object({ applies: z.boolean() });
const Degree = z.object({ id: z.string(), degree: z.number() });

type FoundPath = { nodes: GraphNode[]; edges: GraphEdge[] };

async function requireEnds(ctx: ReadContext, from: string, to: string): Promise<void> {
  const [ends] = await queryJson(ctx, 'path-endpoints', { from, to }, Ends);
  if (!ends?.fromFound) throw notFound(`Node "${from}" (from)`);
  if (!ends.toFound) throw notFound(`Node "${to}" (to)`);
}

/** The ontology when this database was built on it (its :Entity nodes); null for any other database. */
export async function ontologyOf(ctx: ReadContext): Promise<Ontology | null> {
  const ask = async () => (await queryJson(ctx, 'ontology-applies', {}, Applies))[0]?.applies === true;
  const applies = ctx.profiles ? await ctx.profiles.ontologyApplies(ask) : await ask();
  return applies ? loadOntology() : null;
}

const typesOfFamilies = (ontology: Ontology, families: readonly Family[]) =>
  Object.entries(ontology.relationshipTypes)
    .filter(([, spec]) => families.includes(spec.family))
    .map(([type]) => type);

/** Turns families and the attribution default into plain type lists; a family filter needs the ontology. */
export function resolveTypes(filters: PathFilters, ontology: Ontology | null): { types: string[] | null; excludeTypes: string[] } {
  const families = filters.families?.length ? filters.families : undefined;
  if ((families || filters.excludeFamilies?.length) && !ontology) {
    throw new HttpError(
      400,
      'invalid_request',
      'Invalid query string: families: this database is not built on the ontology; filter by types instead',
      {
        issues: [{ path: 'families', message: 'this database is not built on the ontology' }],
      },
    );
  }
  let types = filters.types?.length ? filters.types : null;
  if (families && ontology) {
    const ofFamilies = typesOfFamilies(ontology, families);
    types = types ? types.filter((t) => ofFamilies.includes(t)) : ofFamilies;
  }
  const exclude = new Set(filters.excludeTypes ?? []);
  if (ontology) for (const t of typesOfFamilies(ontology, filters.excludeFamilies ?? [])) exclude.add(t);
  // Attribution edges (whose voice a speaker carries) are left out unless asked for: by the flag,
  // or by naming their type or family.
  const askedForAttribution = filters.withAttribution || families?.includes('attribution');
  if (ontology && !askedForAttribution) {
    for (const t of typesOfFamilies(ontology, ['attribution'])) if (!types?.includes(t)) exclude.add(t);
  }
  return { types, excludeTypes: [...exclude].sort() };
}

/** The nodes to avoid, checked: an end of the search cannot be one of them. */
export function avoidedNodes(avoid: readonly string[] | undefined, ends: readonly string[]): string[] {
  const list = [...new Set(avoid ?? [])].sort();
  const end = list.find((id) => ends.includes(id));
  if (end !== undefined) {
    throw new HttpError(400, 'invalid_request', `Invalid request: avoid: "${end}" is an end of the search and cannot be avoided`, {
      issues: [{ path: 'avoid', message: `"${end}" is an end of the search` }],
    });
  }
  return list;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Fills the citations of found paths, then scores, tells and ranks them. */
async function rankFound(
  ctx: ReadContext,
  found: FoundPath[],
  keep: number,
  ontology: Ontology | null,
  asOf: string | undefined,
): Promise<PathJson[]> {
  const inner = new Set(found.flatMap((p) => p.nodes.slice(1, -1).map((n) => n.id)));
  const degrees = new Map<string, number>();
  if (inner.size) {
    for (const r of await queryJson(ctx, 'node-degrees', { ids: [...inner] }, Degree)) degrees.set(r.id, r.degree);
  }
  // Citations and their evidence first: the ranking weighs each hop by its independent sources.
  await fillProvenance(ctx, new Set(found.flatMap((p) => p.edges)));
  const hopContext = { ontology, referenceDay: asOf ?? today() };
  const scored = found.map((p) => {
    const hops = describeHops(p.nodes, p.edges, hopContext);
    const innerDegrees = p.nodes.slice(1, -1).map((n) => degrees.get(n.id) ?? 0);
    return { nodes: p.nodes, edges: p.edges, hops, score: scorePath({ hops, innerDegrees }) };
  });
  return rankPaths(scored).slice(0, keep);
}

export async function findPaths(ctx: ReadContext, input: PathsInput, known?: { ontology: Ontology | null }): Promise<PathsResponse> {
  if (input.from === input.to) {
    throw new HttpError(400, 'invalid_request', 'Invalid query string: to: must be a different node from "from"', {
      issues: [{ path: 'to', message: 'must be a different node from "from"' }],
    });
  }
  const avoid = avoidedNodes(input.avoid, [input.from, input.to]);
  // The search's levels, the statement and the ranking's lookups: one transaction, not one each.
  return inOneReadTransaction(ctx, 'paths', (tx) => findPathsIn(tx, input, avoid, known));
}

async function findPathsIn(
  ctx: ReadContext,
  input: PathsInput,
  avoid: string[],
  known: { ontology: Ontology | null } | undefined,
): Promise<PathsResponse> {
  const ontology = known ? known.ontology : await ontologyOf(ctx);
  const { types, excludeTypes } = resolveTypes(input, ontology);
  const budget = input.budget ?? DEFAULT_EXPANSION_BUDGET;
  const asOf = input.asOf ?? null;
  const timeRespecting = input.timeRespecting ?? false;
  const search = await reach(ctx, { ...input, directed: input.directed ?? false, types, excludeTypes, avoid, asOf, budget });
  const searched: PathSearch = {
    maxHops: input.maxHops,
    directed: input.directed ?? false,
    asOf,
    timeRespecting,
    types,
    excludedTypes: excludeTypes,
    avoided: avoid,
    candidates: 0,
    outcome: search.outcome,
    distance: search.outcome === 'found' ? search.distance : null,
    budget,
    expanded: search.expanded,
    visited: search.visited,
  };
  const limit = input.mode === 'k' ? input.k : input.mode === 'shortest' ? 1 : ALL_SHORTEST_CAP;
  // Only "no path" needs to know whether both ends exist (a 404 rather than an empty answer):
  // a found path proves they do, and the check was one more round trip on every request.
  const none = async () => {
    await requireEnds(ctx, input.from, input.to);
    return { paths: [], capped: false, limit, searched };
  };
  if (search.outcome !== 'found') return none();
  // The distance bounds the statements: the shortest modes need no longer paths, k mode looks up to
  // two hops beyond, and a time-respecting chain may need the whole maxHops (the search does not
  // judge time across hops, so its distance is only a lower bound there).
  const hops = timeRespecting ? input.maxHops : Math.min(input.maxHops, input.mode === 'k' ? search.distance + 2 : search.distance);
  const statement = pathStatement(input.mode === 'k' ? 'k-shortest' : 'all-shortest', hops, input.directed);
  // Ranking needs candidates beyond the ones returned: k mode ranks all the statement finds, the
  // shortest mode a screenful of the shortest; all shortest one more than its cap (to tell it was
  // capped) and room for the parallel twins dropped below.
  const fetch =
    input.mode === 'k' ? K_CANDIDATES : input.mode === 'shortest' ? SHORTEST_CANDIDATES : input.keepParallel ? limit + 1 : 2 * limit + 1;
  const rows = await queryJson(
    ctx,
    statement.name,
    { from: input.from, to: input.to, types, excludeTypes, avoid, limit: fetch, asOf, timeRespecting },
    Row,
    statement.slots,
  );
  const found = rows.map((r) => r.p);
  const distinct = input.keepParallel ? found : withoutParallelTwins(found);
  searched.candidates = distinct.length;
  if (distinct.length === 0) return none();
  const paths = await rankFound(ctx, distinct, limit, ontology, input.asOf);
  return { paths, capped: distinct.length > limit, limit, searched };
}
