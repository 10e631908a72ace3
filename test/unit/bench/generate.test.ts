/**
 * The benchmark's graph generator: deterministic (same size and seed, same graph, whole or in
 * chunks), valid in the import format, and shaped like the real thing (a few hubs, a long tail).
 * No timing here: benchmarks are never timed tests.
 */
import { describe, expect, it } from 'vitest';
import { SeedFile } from '../../../seed/schema.ts';
import { relationshipKey } from '../../../seed/read.ts';
import { benchTargets, generateGraph, planGraph, seedChunks } from '../../../bench/generate.ts';

const SIZE = 3000;
const graph = generateGraph(SIZE);

function degrees(g: SeedFile): Map<string, number> {
  const deg = new Map<string, number>(g.nodes.map((n) => [n.key, 0]));
  for (const r of g.relationships) {
    deg.set(r.from, deg.get(r.from)! + 1);
    deg.set(r.to, deg.get(r.to)! + 1);
  }
  return deg;
}

describe('bench graph generator', () => {
  it('makes the same graph for the same size and seed, and another for another seed', () => {
    expect(generateGraph(SIZE)).toEqual(graph);
    expect(generateGraph(SIZE, 1).relationships.slice(0, 50)).not.toEqual(graph.relationships.slice(0, 50));
  });

  it('makes the same graph in chunks as whole', () => {
    const parts = [...seedChunks(planGraph(SIZE), 700)];
    expect(parts.flatMap((p) => p.documents)).toEqual(graph.documents);
    expect(parts.flatMap((p) => p.nodes)).toEqual(graph.nodes);
    expect(parts.flatMap((p) => p.relationships)).toEqual(graph.relationships);
  });

  it('is a valid import file whose references all resolve', () => {
    expect(SeedFile.safeParse(graph).success).toBe(true);
    expect(graph.nodes.length + graph.documents.length).toBe(SIZE);
    const keys = new Set(graph.nodes.map((n) => n.key));
    expect(keys.size).toBe(graph.nodes.length);
    const docs = new Set(graph.documents.map((d) => d.key));
    for (const r of graph.relationships) {
      expect(keys.has(r.from) && keys.has(r.to) && r.from !== r.to).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) expect(docs.has(e.document)).toBe(true);
    }
    expect(new Set(graph.relationships.map(relationshipKey)).size).toBe(graph.relationships.length);
  });

  it('has about five relationships per node, a few hubs led by the CSTO, and a long tail', () => {
    const ratio = graph.relationships.length / SIZE;
    expect(ratio).toBeGreaterThan(4.5);
    expect(ratio).toBeLessThan(5.5);
    const deg = [...degrees(graph)].sort((a, b) => b[1] - a[1]);
    const median = deg[Math.floor(deg.length / 2)]![1];
    expect(deg[0]![0]).toBe(benchTargets(planGraph(SIZE)).hub);
    expect(graph.nodes.find((n) => n.key === deg[0]![0])!.aliases).toContain('CSTO');
    expect(median).toBeGreaterThanOrEqual(4);
    expect(median).toBeLessThanOrEqual(12);
    expect(deg[0]![1]).toBeGreaterThan(50 * median);
    // A few hubs: some nodes far above the median, but under one percent of them.
    const hubs = deg.filter(([, d]) => d > 10 * median).length;
    expect(hubs).toBeGreaterThanOrEqual(3);
    expect(hubs).toBeLessThan(SIZE / 100);
    // The long tail: most nodes have no more than twice the median.
    expect(deg.filter(([, d]) => d <= 2 * median).length / deg.length).toBeGreaterThan(0.8);
  });

  it('picks typical targets from the long tail', () => {
    const deg = degrees(graph);
    const { typical } = benchTargets(planGraph(SIZE));
    for (const k of typical) expect(deg.get(k)).toBeLessThan(30);
  });
});
