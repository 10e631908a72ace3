/**
 * Label placement without Cytoscape: which node captions to leave out so that no two drawn
 * captions overlap. Cytoscape draws every label where its node is and has no collision
 * avoidance of its own; this picks, greedily by priority, the labels that fit.
 *
 * Priority: a forced label (selected, hovered or its neighbourhood, pinned) first and always
 * drawn; then the heavier node (its drawn size: degree or the style rule's size); then by name,
 * so the same scene always keeps the same labels. A grid of buckets (a spatial hash) keeps each
 * test against the labels already placed to the few nearby, so a scene of n labels costs about n.
 */

export interface LabelCandidate {
  id: string;
  /** The caption's box, in any one coordinate system shared by all candidates. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Always drawn (selected, hovered, pinned), and placed before the others. */
  forced: boolean;
  /** Heavier labels win: the node's drawn size. */
  weight: number;
  /** The tie-break: the caption's text. */
  name: string;
}

/** Orders candidates: forced first, then heavier, then by name (then id, for a total order). */
export function byPriority(a: LabelCandidate, b: LabelCandidate): number {
  return (
    Number(b.forced) - Number(a.forced) || b.weight - a.weight || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const overlaps = (a: LabelCandidate, b: LabelCandidate, gap: number): boolean =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * The ids of the candidates whose labels to leave out: each non-forced label that would overlap
 * (or come within `gap` of) a label of higher priority already placed. `cell` is the spatial
 * hash's bucket size, best about the size of a typical label.
 */
export function crowdedLabels(candidates: readonly LabelCandidate[], opts: { gap?: number; cell?: number } = {}): Set<string> {
  const gap = opts.gap ?? 2;
  const cell = opts.cell ?? 64;
  const grid = new Map<string, LabelCandidate[]>();
  const hidden = new Set<string>();
  const cellsOf = (c: LabelCandidate): string[] => {
    const keys: string[] = [];
    const [cx1, cx2] = [Math.floor((c.x1 - gap) / cell), Math.floor((c.x2 + gap) / cell)];
    const [cy1, cy2] = [Math.floor((c.y1 - gap) / cell), Math.floor((c.y2 + gap) / cell)];
    for (let x = cx1; x <= cx2; x++) for (let y = cy1; y <= cy2; y++) keys.push(`${x},${y}`);
    return keys;
  };
  for (const c of [...candidates].sort(byPriority)) {
    const keys = cellsOf(c);
    if (!c.forced && keys.some((k) => grid.get(k)?.some((placed) => overlaps(c, placed, gap)))) {
      hidden.add(c.id);
      continue;
    }
    for (const k of keys) {
      const bucket = grid.get(k);
      if (bucket) bucket.push(c);
      else grid.set(k, [c]);
    }
  }
  return hidden;
}
