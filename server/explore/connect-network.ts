/**
 * POST /api/paths/connect: the smallest cited network joining three or more entities, as i2's
 * "find connecting network" gives. The classic Steiner-tree approximation (within twice the
 * optimum): the best-ranked path between every pair, a minimum spanning tree over the pairs by
 * path score (Kruskal), the chosen paths merged, cycles the merge made broken and branches that
 * lead to no chosen entity cut off.
 */
import type { ConnectRequest, ConnectResponse, PathJson } from '../../contract/api.ts';
import type { GraphEdge, GraphNode } from '../../contract/graph.ts';
import type { ReadContext } from '../db/query.ts';
import { avoidedNodes, findPaths, ontologyOf } from './find-paths.ts';

interface Pair {
  from: string;
  to: string;
  path: PathJson;
}

/** Union-find over ids, for Kruskal. */
function disjointSets(ids: readonly string[]) {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  return {
    find,
    /** Joins the sets of a and b; false when they were one already. */
    union(a: string, b: string): boolean {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) return false;
      parent.set(ra, rb);
      return true;
    },
  };
}

/** The pairs of a minimum spanning forest over the entities, cheapest paths first. */
export function spanningPairs<P extends { from: string; to: string; path: { score: { total: number } } }>(
  ids: readonly string[],
  pairs: readonly P[],
): P[] {
  const sets = disjointSets(ids);
  return [...pairs].sort((a, b) => a.path.score.total - b.path.score.total).filter((p) => sets.union(p.from, p.to));
}

/**
 * Merges paths into one tree: edges in the order given (the cheapest pair's first) unless they
 * close a cycle, then non-terminal leaves cut off until none is left.
 */
export function mergeIntoTree(terminals: readonly string[], paths: readonly PathJson[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const nodeIds = paths.flatMap((p) => p.nodes.map((n) => n.id));
  const sets = disjointSets(nodeIds);
  for (const p of paths) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const e of p.edges) if (!edges.has(e.id) && sets.union(e.source, e.target)) edges.set(e.id, e);
  }
  const keep = new Set(terminals);
  for (let cut = true; cut;) {
    cut = false;
    const degree = new Map<string, number>();
    for (const e of edges.values()) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    for (const id of nodes.keys()) {
      if (keep.has(id) || (degree.get(id) ?? 0) > 1) continue;
      nodes.delete(id);
      for (const [eid, e] of edges) if (e.source === id || e.target === id) edges.delete(eid);
      cut = true;
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export async function connectNetwork(ctx: ReadContext, input: ConnectRequest): Promise<ConnectResponse> {
  const ontology = await ontologyOf(ctx);
  const { ids, ...filters } = input;
  // Checked once for all the entities (findPaths would only see the pair it searches).
  avoidedNodes(filters.avoid, ids);
  const found: Pair[] = [];
  let searched: ConnectResponse['searched'] | undefined;
  let pairs = 0;
  let expanded = 0;
  // One pair after another: each is an expensive search already, and the request holds one share.
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [from, to] = [ids[i]!, ids[j]!];
      // A missing entity answers 404 naming it (findPaths checks both ends when no path is found).
      const res = await findPaths(ctx, { ...filters, from, to, mode: 'shortest', k: 1 }, { ontology });
      pairs++;
      const { maxHops, directed, asOf, timeRespecting, types, excludedTypes, avoided } = res.searched;
      searched ??= { maxHops, directed, asOf, timeRespecting, types, excludedTypes, avoided, pairs: 0, expanded: 0 };
      expanded += res.searched.expanded;
      if (res.paths[0]) found.push({ from, to, path: res.paths[0] });
    }
  }
  const links = spanningPairs(ids, found);
  const tree = mergeIntoTree(
    ids,
    links.map((l) => l.path),
  );
  // The biggest joined group is the network; entities outside it are named as unconnected.
  const groups = disjointSets(ids);
  for (const l of links) groups.union(l.from, l.to);
  const size = new Map<string, number>();
  for (const id of ids) size.set(groups.find(id), (size.get(groups.find(id)) ?? 0) + 1);
  const main = [...size.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const unconnected = ids.filter((id) => groups.find(id) !== main);
  return { ...tree, links, unconnected, searched: { ...searched!, pairs, expanded } };
}
