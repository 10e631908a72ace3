/**
 * A scene of a given number of elements (a third nodes, two thirds edges) in the shape the
 * explorer draws: node caption/colour/shape/degree, edge type/colour; targets skewed to make hubs.
 */
import { int, mulberry32, pick, skewed } from '../prng.ts';
import { word } from '../generate/names.ts';

const KINDS = [
  { label: 'Person', color: '#4e79a7', shape: 'ellipse' },
  { label: 'Organization', color: '#f28e2b', shape: 'round-rectangle' },
  { label: 'Country', color: '#59a14f', shape: 'hexagon' },
  { label: 'Event', color: '#b07aa1', shape: 'diamond' },
];
const TYPES = ['MEMBER_OF', 'SUPPORTS', 'LEADS', 'IN_CONFLICT_WITH', 'PARTY_TO'];

export interface SceneElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
}

export function sceneElements(total: number, seed = 7): SceneElement[] {
  const rng = mulberry32(seed);
  const n = Math.max(2, Math.round(total / 3));
  const edges = total - n;
  const deg = new Array<number>(n).fill(0);
  const links: [number, number, string][] = [];
  for (let e = 0; e < edges; e++) {
    const s = int(rng, n);
    let t = skewed(rng, n, 2.5);
    if (t === s) t = (t + 1) % n;
    deg[s]!++;
    deg[t]!++;
    links.push([s, t, pick(rng, TYPES)]);
  }
  const nodes: SceneElement[] = deg.map((d, i) => {
    const k = pick(rng, KINDS);
    return {
      group: 'nodes',
      data: { id: `n${i}`, caption: `${word(rng)} ${word(rng)}`, label: k.label, color: k.color, shape: k.shape, deg: d },
    };
  });
  return [
    ...nodes,
    ...links.map(([s, t, type], i): SceneElement => ({
      group: 'edges',
      data: { id: `e${i}`, source: `n${s}`, target: `n${t}`, type, color: '#8c8c8c' },
    })),
  ];
}
