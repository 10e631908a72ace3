/**
 * How a synthetic graph of a given size is made up: how many nodes of each label, in which
 * index range. Shares follow the seed graph's mix (many people and events, few countries).
 */

export type EntityLabel = 'Country' | 'Organization' | 'Conflict' | 'Place' | 'Event' | 'Person';

export interface LabelRange {
  label: EntityLabel;
  /** Key prefix, e.g. `person` for `person-42`. */
  prefix: string;
  /** First global node index of this label. */
  start: number;
  count: number;
}

export interface GraphPlan {
  seed: number;
  /** Total nodes, documents included. */
  size: number;
  documents: number;
  /** Entity nodes (every node that is not a Document). */
  entities: number;
  ranges: LabelRange[];
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

/** The share of entity nodes per label; Person takes what is left. */
const SHARES: [EntityLabel, string, (size: number) => number][] = [
  ['Country', 'country', (n) => clamp(n * 0.01, 8, 250)],
  ['Organization', 'org', (n) => clamp(n * 0.06, 4, Infinity)],
  ['Conflict', 'conflict', (n) => clamp(n * 0.01, 2, Infinity)],
  ['Place', 'place', (n) => clamp(n * 0.04, 3, Infinity)],
  ['Event', 'event', (n) => clamp(n * 0.18, 3, Infinity)],
];

export function planGraph(size: number, seed = 20221013): GraphPlan {
  if (!Number.isInteger(size) || size < 100) throw new RangeError('a bench graph needs at least 100 nodes');
  const documents = clamp(size * 0.002, 5, 2000);
  const entities = size - documents;
  const ranges: LabelRange[] = [];
  let start = 0;
  for (const [label, prefix, count] of SHARES) {
    const n = count(size);
    ranges.push({ label, prefix, start, count: n });
    start += n;
  }
  ranges.push({ label: 'Person', prefix: 'person', start, count: entities - start });
  return { seed, size, documents, entities, ranges };
}

export function rangeOf(plan: GraphPlan, label: EntityLabel): LabelRange {
  return plan.ranges.find((r) => r.label === label)!;
}

/** The range holding a global node index. */
export function rangeAt(plan: GraphPlan, index: number): LabelRange {
  for (const r of plan.ranges) if (index < r.start + r.count) return r;
  throw new RangeError(`node index ${index} is outside the graph`);
}

export const keyOf = (range: LabelRange, local: number) => `${range.prefix}-${local}`;

/** Parses sizes like `10k`, `100k`, `1m`, `2500`. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`not a size: "${text}" (use e.g. 10k, 100k, 1m)`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(m[1]) * factor);
}

export const sizeLabel = (n: number) =>
  n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}m` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
