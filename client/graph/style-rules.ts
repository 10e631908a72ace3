/**
 * Style rules, as in Bloom: per label a caption property, colour, size (fixed, by a property or by
 * degree) and icon; per relationship type or family a colour and width; and rules by property
 * value or range. One JSON format (validated here) travels in settings, shared links and files.
 * Rules are resolved per element into data fields (`sColor`, `sCaption` …) that the stylesheet's
 * entries below read, so they work on any database's labels and survive a renderer rebuild.
 */
import type { Collection, Core, EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { z } from 'zod';
import type { GraphEdge, GraphNode, JsonValue } from '../../contract/graph.ts';
import { edgeOf, nodeOf } from './element-state.ts';
import { ICON_NAMES, iconDataUrl } from './style-icons.ts';
import { familyOf } from './vocabulary.ts';

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');
const Name = z.string().min(1).max(200);
const Icon = z.string().refine((n) => ICON_NAMES.includes(n), { message: `must be one of: ${ICON_NAMES.join(', ')}` });
const Pixels = z.number().min(8).max(200);
const Width = z.number().min(0.5).max(20);

export const NodeSize = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('degree') }),
  z.strictObject({ by: z.literal('fixed'), value: Pixels }),
  /** Linear from `min` (smallest) to `max` (largest); without them, the range of the values on the canvas. */
  z.strictObject({ by: z.literal('property'), property: Name, min: z.number().optional(), max: z.number().optional() }),
]);
export type NodeSize = z.infer<typeof NodeSize>;

export const LabelStyle = z.strictObject({
  caption: Name.optional(),
  color: Colour.optional(),
  size: NodeSize.optional(),
  icon: Icon.optional(),
});
export type LabelStyle = z.infer<typeof LabelStyle>;

export const RelationshipStyle = z.strictObject({ color: Colour.optional(), width: Width.optional() });
export type RelationshipStyle = z.infer<typeof RelationshipStyle>;

const Bound = z.union([z.number(), z.string().max(100)]);

export const StyleRule = z
  .strictObject({
    applies: z.enum(['node', 'edge']),
    /** Only nodes with this label (node rules); any label when absent. */
    label: Name.optional(),
    /** Only relationships of this type (edge rules); any type when absent. */
    type: Name.optional(),
    property: Name,
    equals: z.union([z.string().max(500), z.number(), z.boolean()]).optional(),
    /** Inclusive bounds; numbers compare as numbers, strings (ISO dates) as text. */
    min: Bound.optional(),
    max: Bound.optional(),
    color: Colour.optional(),
    size: Pixels.optional(),
    width: Width.optional(),
    icon: Icon.optional(),
  })
  .refine((r) => r.equals !== undefined || r.min !== undefined || r.max !== undefined, { message: 'a rule needs equals, min or max' });
export type StyleRule = z.infer<typeof StyleRule>;

export const StyleRules = z.strictObject({
  version: z.literal(1),
  labels: z.record(Name, LabelStyle).default({}),
  types: z.record(Name, RelationshipStyle).default({}),
  families: z.record(Name, RelationshipStyle).default({}),
  rules: z.array(StyleRule).max(100).default([]),
});
export type StyleRules = z.infer<typeof StyleRules>;

export const EMPTY_STYLE: StyleRules = { version: 1, labels: {}, types: {}, families: {}, rules: [] };

export const isEmptyStyle = (s: StyleRules): boolean =>
  !Object.keys(s.labels).length && !Object.keys(s.types).length && !Object.keys(s.families).length && !s.rules.length;

/** Parses rules from a file or link: the rules, or a message saying what is wrong. */
export function parseStyleRules(input: unknown): { ok: true; rules: StyleRules } | { ok: false; message: string } {
  const r = StyleRules.safeParse(input);
  if (r.success) return { ok: true, rules: r.data };
  const issue = r.error.issues[0];
  return { ok: false, message: issue ? `${issue.path.join('.') || 'style'}: ${issue.message}` : 'not a style file' };
}

/** The smallest and largest number of each `label property` pair on the canvas (for sizes by property). */
export type Ranges = ReadonlyMap<string, readonly [number, number]>;
const rangeKey = (label: string, property: string) => `${label}\u0000${property}`;

export interface NodeStyle {
  caption?: string;
  color?: string;
  size?: number;
  icon?: string;
}

export interface EdgeStyle {
  color?: string;
  width?: number;
}

const MIN_PX = 20;
const MAX_PX = 80;

function matches(rule: StyleRule, value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (rule.equals !== undefined) return value === rule.equals || (typeof value !== 'object' && String(value) === String(rule.equals));
  const within = (bound: number | string | undefined, ok: (cmp: number) => boolean): boolean => {
    if (bound === undefined) return true;
    if (typeof bound === 'number' && typeof value === 'number') return ok(value - bound);
    if (typeof bound === 'string' && typeof value === 'string') return ok(value.localeCompare(bound));
    return false;
  };
  return within(rule.min, (c) => c >= 0) && within(rule.max, (c) => c <= 0);
}

function sizeOf(size: NodeSize, label: string, node: GraphNode, ranges: Ranges): number | undefined {
  if (size.by === 'fixed') return size.value;
  if (size.by === 'degree') return undefined; // the stylesheet's own mapping by scene degree
  const v = node.properties[size.property];
  if (typeof v !== 'number') return MIN_PX;
  const seen = ranges.get(rangeKey(label, size.property));
  const lo = size.min ?? seen?.[0] ?? v;
  const hi = size.max ?? seen?.[1] ?? v;
  if (hi <= lo) return (MIN_PX + MAX_PX) / 2;
  const t = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
  return Math.round(MIN_PX + t * (MAX_PX - MIN_PX));
}

const captionText = (v: JsonValue | undefined): string | undefined => {
  if (v === undefined || v === null || typeof v === 'object') return Array.isArray(v) ? v.join(', ') : undefined;
  return String(v);
};

/** A node's style: its labels' styles (the primary label first), then every matching rule in order, later ones winning. */
export function resolveNodeStyle(node: GraphNode, primary: string, style: StyleRules, ranges: Ranges = new Map()): NodeStyle {
  const out: NodeStyle = {};
  const labels = [primary, ...node.labels.filter((l) => l !== primary)];
  for (const label of [...labels].reverse()) {
    const ls = Object.hasOwn(style.labels, label) ? style.labels[label] : undefined;
    if (!ls) continue;
    if (ls.color) out.color = ls.color;
    if (ls.icon) out.icon = ls.icon;
    if (ls.caption) {
      const c = captionText(node.properties[ls.caption]);
      if (c !== undefined && c !== '') out.caption = c;
    }
    if (ls.size) {
      const px = sizeOf(ls.size, label, node, ranges);
      if (px === undefined) delete out.size;
      else out.size = px;
    }
  }
  for (const rule of style.rules) {
    if (rule.applies !== 'node' || (rule.label && !node.labels.includes(rule.label))) continue;
    if (!matches(rule, node.properties[rule.property])) continue;
    if (rule.color) out.color = rule.color;
    if (rule.size) out.size = rule.size;
    if (rule.icon) out.icon = rule.icon;
  }
  return out;
}

/** A relationship's style: its family's, then its type's, then every matching rule in order. */
export function resolveEdgeStyle(edge: GraphEdge, family: string | undefined, style: StyleRules): EdgeStyle {
  const out: EdgeStyle = {};
  const layers = [family && Object.hasOwn(style.families, family) ? style.families[family] : undefined];
  layers.push(Object.hasOwn(style.types, edge.type) ? style.types[edge.type] : undefined);
  for (const l of layers) {
    if (l?.color) out.color = l.color;
    if (l?.width) out.width = l.width;
  }
  for (const rule of style.rules) {
    if (rule.applies !== 'edge' || (rule.type && rule.type !== edge.type)) continue;
    if (!matches(rule, edge.properties[rule.property])) continue;
    if (rule.color) out.color = rule.color;
    if (rule.width) out.width = rule.width;
  }
  return out;
}

/** The numeric ranges that sizes by property need, over the nodes given. */
export function propertyRanges(nodes: readonly GraphNode[], style: StyleRules): Ranges {
  const wanted: [string, string][] = [];
  for (const [label, ls] of Object.entries(style.labels)) if (ls.size?.by === 'property') wanted.push([label, ls.size.property]);
  const ranges = new Map<string, [number, number]>();
  for (const [label, property] of wanted) {
    for (const n of nodes) {
      const v = n.properties[property];
      if (!n.labels.includes(label) || typeof v !== 'number') continue;
      const key = rangeKey(label, property);
      const r = ranges.get(key);
      ranges.set(key, r ? [Math.min(r[0], v), Math.max(r[1], v)] : [v, v]);
    }
  }
  return ranges;
}

/** The data fields the stylesheet reads, and what sets each. */
const NODE_FIELDS = { caption: 'sCaption', color: 'sColor', size: 'sSize', icon: 'sIcon' } as const;
const EDGE_FIELDS = { color: 'sEdgeColor', width: 'sWidth' } as const;

function setField(ele: NodeSingular | EdgeSingular, field: string, value: string | number | undefined): void {
  if (value === undefined) {
    if (ele.data(field) !== undefined) ele.removeData(field);
  } else if (ele.data(field) !== value) ele.data(field, value);
}

let active: StyleRules = EMPTY_STYLE;

/** The colour a label's style gives it, if any (for the legend and panels). */
export const labelStyleColour = (label: string): string | undefined =>
  Object.hasOwn(active.labels, label) ? active.labels[label]?.color : undefined;

/** Writes the resolved style of these elements (all when absent) into their data. */
export function applyStyleRules(cy: Core, style: StyleRules, only?: Collection): void {
  active = style;
  const ranges = propertyRanges(
    cy.nodes().map((n) => nodeOf(n)),
    style,
  );
  const eles = only ?? cy.elements();
  cy.batch(() => {
    eles.nodes().forEach((n) => {
      const s = resolveNodeStyle(nodeOf(n), String(n.data('primary')), style, ranges);
      setField(n, NODE_FIELDS.caption, s.caption);
      setField(n, NODE_FIELDS.color, s.color);
      setField(n, NODE_FIELDS.size, s.size);
      setField(n, NODE_FIELDS.icon, s.icon ? (iconDataUrl(s.icon) ?? undefined) : undefined);
    });
    eles.edges().forEach((e) => {
      const s = resolveEdgeStyle(edgeOf(e), familyOf(String(e.data('type'))), style);
      setField(e, EDGE_FIELDS.color, s.color);
      setField(e, EDGE_FIELDS.width, s.width);
    });
  });
}

/** The stylesheet entries that show the fields: after the defaults and family colours, before selection and path states. */
export function styleRuleEntries(): StylesheetJson {
  return [
    { selector: 'node[sColor]', style: { 'background-color': 'data(sColor)' } },
    { selector: 'node[sCaption]', style: { label: 'data(sCaption)' } },
    { selector: 'node[sSize]', style: { width: 'data(sSize)', height: 'data(sSize)' } },
    {
      selector: 'node[sIcon]',
      style: { 'background-image': 'data(sIcon)', 'background-width': '60%', 'background-height': '60%', 'background-clip': 'none' },
    },
    { selector: 'edge[sEdgeColor]', style: { 'line-color': 'data(sEdgeColor)', 'target-arrow-color': 'data(sEdgeColor)' } },
    { selector: 'edge[sWidth]', style: { width: 'data(sWidth)' } },
  ];
}
