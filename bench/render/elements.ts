/**
 * A scene of a given number of elements (a third nodes, two thirds edges) in the shape the
 * explorer draws: node caption/colour/shape/degree, edge type/caption/colour; targets skewed to
 * make hubs. Nodes start where the page puts a query's answer on an empty canvas before its
 * layout (Scene.add: a ring around the viewport's centre), so the frames drawn while the layout
 * runs cost what they cost on the page.
 */
import { int, mulberry32, pick, skewed } from '../prng.ts';
import { word } from '../generate/names.ts';
import { ringPositions } from '../../client/graph/scene.ts';

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
  position?: { x: number; y: number };
}

/** The centre of the bench page's 1280×800 viewport at Cytoscape's initial pan and zoom. */
const VIEWPORT_CENTRE = { x: 640, y: 400 };

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
  const ring = ringPositions(n, VIEWPORT_CENTRE, false);
  const nodes: SceneElement[] = deg.map((d, i) => {
    const k = pick(rng, KINDS);
    return {
      group: 'nodes',
      position: ring[i]!,
      data: { id: `n${i}`, caption: `${word(rng)} ${word(rng)}`, label: k.label, color: k.color, shape: k.shape, deg: d },
    };
  });
  return [
    ...nodes,
    ...links.map(([s, t, type], i): SceneElement => ({
      group: 'edges',
      data: { id: `e${i}`, source: `n${s}`, target: `n${t}`, type, caption: type, color: '#8c8c8c' },
    })),
  ];
}

/** The same scene on a square grid, 90 px apart: what a grid layout gives, without running one. */
export function onGrid(scene: SceneElement[]): SceneElement[] {
  const side = Math.ceil(Math.sqrt(scene.filter((e) => e.group === 'nodes').length));
  let i = 0;
  return scene.map((e) => (e.group === 'nodes' ? { ...e, position: { x: (i % side) * 90, y: Math.floor(i++ / side) * 90 } } : e));
}
