/**
 * What the data in front of us looks like, per label, measured rather than assumed: which
 * string properties identify a node (search), which one names it (caption), which ones tell
 * two nodes of the same name apart (subtitle), which labels every node carries (never worth a
 * caption or a colour), and which full-text indexes search can use. Pure ranking here; the
 * measurements come from cypher/label-profile.cypher and cypher/node-indexes.cypher.
 */
import { z } from 'zod';
import { CLAIM_PROPERTY_KEYS } from '../../contract/claims.ts';

/** One string property of a label, as measured on the label's sample. */
export const StringStats = z.object({
  key: z.string(),
  /** Sampled nodes that have a non-blank value. */
  filled: z.number(),
  values: z.number(),
  distinctValues: z.number(),
  avgLength: z.number(),
  digitsOnly: z.number(),
  hashLike: z.number(),
  withLetters: z.number(),
  /** A list of strings (aliases) rather than one string. */
  list: z.boolean(),
});
export type StringStats = z.infer<typeof StringStats>;

/** A property that holds dates, with the first and last day the sample found. */
export const DateRange = z.object({ key: z.string(), first: z.string(), last: z.string() });
export type DateRange = z.infer<typeof DateRange>;

export const LabelSample = z.object({
  label: z.string(),
  sampled: z.number(),
  labelSets: z.array(z.array(z.string())),
  strings: z.array(StringStats),
  keys: z.array(z.string()).default([]),
  dates: z.array(DateRange).default([]),
  /** The relationship types the sampled nodes start, as their relationships show them. */
  types: z.array(z.lazy(() => TypeSample.extend({ type: z.string() }))).default([]),
});

/** A relationship type as sampled: its keys, its dates, whether it records sources. */
export const TypeSample = z.object({ keys: z.array(z.string()), dates: z.array(DateRange), provenance: z.boolean() });
export type TypeSample = z.infer<typeof TypeSample>;

/** One type's samples from several labels, as one: every key, the widest dates, cited if any was. */
export function mergeTypeSamples(samples: readonly LabelSample[]): Map<string, TypeSample> {
  const out = new Map<string, { keys: Set<string>; dates: Map<string, DateRange>; provenance: boolean }>();
  for (const t of samples.flatMap((s) => s.types)) {
    const m = out.get(t.type) ?? { keys: new Set<string>(), dates: new Map<string, DateRange>(), provenance: false };
    for (const k of t.keys) m.keys.add(k);
    for (const d of t.dates) {
      const had = m.dates.get(d.key);
      m.dates.set(
        d.key,
        had ? { key: d.key, first: had.first < d.first ? had.first : d.first, last: had.last > d.last ? had.last : d.last } : d,
      );
    }
    m.provenance ||= t.provenance;
    out.set(t.type, m);
  }
  return new Map([...out].map(([type, m]) => [type, { keys: [...m.keys].sort(), dates: [...m.dates.values()], provenance: m.provenance }]));
}
export type LabelSample = z.infer<typeof LabelSample>;

export const NodeIndex = z.object({
  name: z.string(),
  type: z.string(),
  labels: z.array(z.string()),
  properties: z.array(z.string()),
});
export type NodeIndex = z.infer<typeof NodeIndex>;

export interface LabelProfile {
  label: string;
  count: number;
  /** The most name-like string property, or null when the label has none worth showing. */
  captionKey: string | null;
  /** Properties that tell nodes of one caption apart, best first. */
  subtitleKeys: string[];
  /** Identifying string properties (and lists of strings) to search, best first. */
  searchKeys: string[];
  /** Labels every sampled node of this label also carries (itself included). */
  impliedLabels: string[];
  /** Property keys of the sample, sorted. */
  keys: string[];
  dates: DateRange[];
}

export interface DataProfile {
  labels: Map<string, LabelProfile>;
  /** Labels every node of the database carries: say nothing about what a node is. */
  universalLabels: Set<string>;
  fulltextIndexes: NodeIndex[];
  /** Relationship types as sampled. */
  types: Map<string, TypeSample>;
}

/** Longer than this on average is prose (descriptions), searched only through a full-text index. */
const MAX_IDENTIFYING_LENGTH = 80;
/** Provenance lists on the explorer's own nodes (server/db/mapper.ts): never captions or search keys. */
const PROVENANCE_KEYS: ReadonlySet<string> = new Set(CLAIM_PROPERTY_KEYS);
/** Search properties kept per label: each one costs the scan a comparison per node. */
const MAX_SEARCH_KEYS = 8;

const ratio = (n: number, of: number) => (of > 0 ? n / of : 0);

/** How readable a length is as a caption: best from 3 to 40 characters (a description is longer). */
function lengthScore(avg: number): number {
  if (avg < 2) return 0.2;
  if (avg < 3) return 0.6;
  if (avg <= 40) return 1;
  return Math.max(0.1, 40 / avg);
}

/**
 * How good a caption the property makes, 0 (never) to about 1: filled on most nodes,
 * distinct, short and human-readable. Only digits or a hash on most nodes is never a caption.
 */
export function captionScore(s: StringStats, sampled: number): number {
  if (s.list) return 0;
  const fill = ratio(s.filled, sampled);
  if (fill < 0.3) return 0;
  if (ratio(s.digitsOnly, s.values) > 0.5 || ratio(s.hashLike, s.values) > 0.3) return 0;
  if (ratio(s.withLetters, s.values) < 0.5) return 0;
  if (s.avgLength > 120) return 0;
  const distinct = ratio(s.distinctValues, s.values);
  // A word in the key is a hint, not the verdict: it breaks ties between similar measurements.
  const named = /name|title|label|caption/i.test(s.key) ? 1.15 : 1;
  return fill * (0.25 + 0.75 * distinct) * lengthScore(s.avgLength) * named;
}

/** How well the property identifies a node in a search: short, and distinct or a list of names. */
export function searchScore(s: StringStats, sampled: number): number {
  if (s.avgLength > MAX_IDENTIFYING_LENGTH) return 0;
  if (ratio(s.hashLike, s.values) > 0.5) return 0;
  const fill = ratio(s.filled, sampled);
  const distinct = ratio(s.distinctValues, s.values);
  return (0.2 + fill) * (0.2 + distinct) * (s.list ? 0.9 : 1);
}

function intersection(sets: string[][]): string[] {
  const [first, ...rest] = sets;
  return (first ?? []).filter((l) => rest.every((s) => s.includes(l)));
}

/** The profile of one label from its sample, the index properties that cover it and its count. */
export function profileLabel(sample: LabelSample, count: number, indexedKeys: readonly string[]): LabelProfile {
  // The explorer's own provenance lists (document keys, quotes) describe the evidence, not the node.
  const strings = sample.strings.filter((s) => !PROVENANCE_KEYS.has(s.key));
  const bySearch = strings
    .map((s) => ({ key: s.key, length: s.avgLength, caption: captionScore(s, sample.sampled), search: searchScore(s, sample.sampled) }))
    // Equal measurements: the shorter value reads better as a caption (a code before a description).
    .sort((a, b) => b.caption - a.caption || a.length - b.length || b.search - a.search || a.key.localeCompare(b.key));
  const caption = bySearch.find((s) => s.caption > 0)?.key ?? null;
  const searched = bySearch
    .filter((s) => s.search > 0)
    .sort((a, b) => b.caption - a.caption || b.search - a.search)
    .map((s) => s.key);
  // Index properties are the owner's own word on what identifies a node: all of them are
  // searched (a sparse one the sample missed too; the scan skips values that are not strings).
  const searchKeys = [...new Set([...(caption ? [caption] : []), ...searched.slice(0, MAX_SEARCH_KEYS), ...indexedKeys])];
  const subtitleKeys = bySearch.filter((s) => s.key !== caption && (s.caption > 0 || s.search > 0)).map((s) => s.key);
  return {
    label: sample.label,
    count,
    captionKey: caption,
    subtitleKeys,
    searchKeys,
    impliedLabels: intersection(sample.labelSets),
    keys: [...sample.keys].sort(),
    dates: sample.dates,
  };
}

/** The whole profile: every label, the universal ones, and the full-text indexes. */
export function buildProfile(
  samples: readonly LabelSample[],
  counts: ReadonlyMap<string, number>,
  totalNodes: number,
  indexes: readonly NodeIndex[],
  types: ReadonlyMap<string, TypeSample> = new Map(),
): DataProfile {
  const labels = new Map<string, LabelProfile>();
  for (const sample of samples) {
    const indexedKeys = indexes.filter((i) => i.labels.includes(sample.label)).flatMap((i) => i.properties);
    labels.set(sample.label, profileLabel(sample, counts.get(sample.label) ?? sample.sampled, indexedKeys));
  }
  // A label on every node only tells "this is in the database" (e.g. :Entity, :Resource); with a
  // single label in the database there is nothing more specific to prefer.
  const universalLabels = new Set(
    labels.size > 1 && totalNodes > 0 ? [...labels.values()].filter((l) => l.count >= totalNodes).map((l) => l.label) : [],
  );
  return { labels, universalLabels, fulltextIndexes: indexes.filter((i) => i.type === 'FULLTEXT'), types: new Map(types) };
}

/**
 * A node's labels, most specific first: labels every node has go last, then fewer nodes means
 * more specific ("Airport" before "Place"), then the name for a stable order.
 */
export function labelsBySpecificity(labels: readonly string[], profile: DataProfile): string[] {
  const count = (l: string) => profile.labels.get(l)?.count ?? Number.MAX_SAFE_INTEGER;
  const universal = (l: string) => (profile.universalLabels.has(l) ? 1 : 0);
  return [...labels].sort((a, b) => universal(a) - universal(b) || count(a) - count(b) || a.localeCompare(b));
}
