/**
 * A traced path from what the canvas marks (the trace panel's highlight, or a selection): its
 * nodes and relationships in order from one end to the other. Pure, so it is tested without a page.
 */
import type { CasePath } from '../../contract/cases.ts';

export interface PathEdge {
  id: string;
  source: string;
  target: string;
}

/**
 * Orders a chain of edges into a path: starts at a node with one marked edge (the lowest id, so
 * the answer is stable) and walks it. Null when the edges do not form one simple chain.
 */
export function orderPath(edges: readonly PathEdge[]): CasePath | null {
  if (!edges.length || edges.length > 19) return null;
  const touching = new Map<string, PathEdge[]>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) touching.set(end, [...(touching.get(end) ?? []), e]);
  }
  const ends = [...touching.entries()].filter(([, es]) => es.length === 1).map(([n]) => n);
  if (ends.length !== 2 || [...touching.values()].some((es) => es.length > 2)) return null;
  let at = [...ends].sort()[0]!;
  const nodes = [at];
  const order: string[] = [];
  const used = new Set<string>();
  while (order.length < edges.length) {
    const next = touching.get(at)!.find((e) => !used.has(e.id));
    if (!next) return null;
    used.add(next.id);
    order.push(next.id);
    at = next.source === at ? next.target : next.source;
    nodes.push(at);
  }
  return { nodes, edges: order };
}
