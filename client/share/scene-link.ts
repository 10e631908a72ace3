/**
 * The shared view in the URL hash: node and relationship ids, positions, pins, selection,
 * layout, filters, date and query. A link reopens the same scene.
 */
import { z } from 'zod';
import { LAYOUT_NAMES, type LayoutName } from '../graph/layouts.ts';
import { StyleRules } from '../graph/style-rules.ts';

export interface SharedView {
  nodes: string[];
  edges: string[];
  /** One [x, y] per node, or null to lay out afresh. */
  positions: [number, number][] | null;
  pinned: string[];
  /** Elements the analyst hid (they stay in the scene, out of sight). */
  hidden: string[];
  selected: string[];
  layout: LayoutName;
  hiddenLabels: string[];
  hiddenTypes: string[];
  asOf: string | null;
  query: string | null;
  /** The style rules in force; null when the link leaves the opener's own. */
  style: StyleRules | null;
}

/** Ids share a long database prefix ("4:uuid:"): store it once. */
const Packed = z.object({ p: z.string(), i: z.array(z.string()) });
const Wire = z.object({
  v: z.literal(1),
  n: Packed,
  e: Packed,
  xy: z.array(z.number()).nullable(),
  pin: z.array(z.number().int().nonnegative()),
  hid: z.array(z.string()).default([]),
  sel: z.array(z.string()),
  l: z.enum(LAYOUT_NAMES as [LayoutName, ...LayoutName[]]),
  hl: z.array(z.string()),
  ht: z.array(z.string()),
  t: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  q: z.string().max(20_000).nullable(),
  st: StyleRules.nullable().default(null),
});
type Wire = z.input<typeof Wire>;

function commonPrefix(ids: readonly string[]): string {
  if (!ids.length) return '';
  let p = ids[0]!;
  for (const id of ids) while (!id.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function pack(ids: readonly string[]): z.infer<typeof Packed> {
  const p = commonPrefix(ids);
  return { p, i: ids.map((id) => id.slice(p.length)) };
}

const unpack = (x: z.infer<typeof Packed>): string[] => x.i.map((s) => x.p + s);

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function encodeView(view: SharedView): string {
  const index = new Map(view.nodes.map((id, i) => [id, i]));
  const wire: Wire = {
    v: 1,
    n: pack(view.nodes),
    e: pack(view.edges),
    xy: view.positions ? view.positions.flat().map(Math.round) : null,
    pin: view.pinned.map((id) => index.get(id)).filter((i): i is number => i !== undefined),
    hid: view.hidden,
    sel: view.selected,
    l: view.layout,
    hl: view.hiddenLabels,
    ht: view.hiddenTypes,
    t: view.asOf,
    q: view.query,
    st: view.style,
  };
  return `view=${toBase64Url(JSON.stringify(wire))}`;
}

/** Reads a hash; null when it holds no view or a broken one (a broken link opens the default view). */
export function decodeView(hash: string): SharedView | null {
  const m = /(?:^#?|&)view=([A-Za-z0-9_-]+)/.exec(hash);
  if (!m) return null;
  try {
    const wire = Wire.parse(JSON.parse(fromBase64Url(m[1]!)));
    const nodes = unpack(wire.n);
    const xy = wire.xy;
    const positions = xy && xy.length === nodes.length * 2 ? nodes.map((_, i): [number, number] => [xy[2 * i]!, xy[2 * i + 1]!]) : null;
    return {
      nodes,
      edges: unpack(wire.e),
      positions,
      pinned: wire.pin.map((i) => nodes[i]).filter((id): id is string => id !== undefined),
      hidden: wire.hid,
      selected: wire.sel,
      layout: wire.l,
      hiddenLabels: wire.hl,
      hiddenTypes: wire.ht,
      asOf: wire.t,
      query: wire.q,
      style: wire.st,
    };
  } catch {
    return null;
  }
}
