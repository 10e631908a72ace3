/**
 * The scene's events in lanes, one per participating entity: a dated relationship is an event of
 * both its ends (a point for `date`, a bar from `validFrom` to `validTo`), a dated node (an Event)
 * one of its own. Pure, so it is tested without a page.
 */
import type { GraphEdge, GraphNode } from '../../contract/graph.ts';

export interface LaneItem {
  /** The element id (a relationship or a node). */
  id: string;
  kind: 'node' | 'edge';
  label: string;
  /** Days since 1970-01-01. */
  start: number;
  /** Equal to start for a point event; the range's end for an open lasting one. */
  end: number;
  /** True when the end is not known (a lasting relationship with no validTo). */
  open: boolean;
  /** The lanes (node ids) it shows in. */
  lanes: string[];
}

export interface Lane {
  id: string;
  caption: string;
  items: number;
}

export interface LaneModel {
  lanes: Lane[];
  items: LaneItem[];
  from: number;
  to: number;
}

const DAY = 86_400_000;

/** "2022", "2022-11" or "2022-11-23" (and longer ISO strings) as days since the epoch; null otherwise. */
export function dayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const t = new Date(0);
  t.setUTCFullYear(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
  return Math.round(t.getTime() / DAY);
}

/** Days since the epoch back to YYYY-MM-DD. */
export function dayString(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function laneModel(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): LaneModel {
  const caption = new Map(nodes.map((n) => [n.id, n.caption]));
  const items: LaneItem[] = [];
  let latest = -Infinity;
  const pending: { item: LaneItem }[] = [];
  for (const e of edges) {
    if (!caption.has(e.source) || !caption.has(e.target)) continue;
    const point = dayNumber(e.properties.date);
    const from = point ?? dayNumber(e.properties.validFrom);
    if (from === null) continue;
    const to = point ?? dayNumber(e.properties.validTo);
    const item: LaneItem = {
      id: e.id,
      kind: 'edge',
      label: e.type,
      start: from,
      end: to ?? from,
      open: to === null,
      lanes: [e.source, e.target],
    };
    items.push(item);
    if (item.open) pending.push({ item });
    latest = Math.max(latest, item.end);
  }
  for (const n of nodes) {
    const d = dayNumber(n.properties.date);
    if (d === null) continue;
    items.push({ id: n.id, kind: 'node', label: n.caption, start: d, end: d, open: false, lanes: [n.id] });
    latest = Math.max(latest, d);
  }
  // An open relationship runs to the latest date the scene knows (or a year past its start).
  for (const { item } of pending) item.end = Math.max(item.end, latest > item.start ? latest : item.start + 365);
  const counts = new Map<string, number>();
  for (const it of items) for (const l of it.lanes) counts.set(l, (counts.get(l) ?? 0) + 1);
  const lanes = [...counts.entries()]
    .map(([id, n]) => ({ id, caption: caption.get(id) ?? id, items: n }))
    .sort((a, b) => b.items - a.items || a.caption.localeCompare(b.caption));
  items.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const from = items.length ? Math.min(...items.map((i) => i.start)) : 0;
  const to = items.length ? Math.max(...items.map((i) => i.end)) : 0;
  return { lanes, items, from, to };
}
