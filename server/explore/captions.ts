/**
 * How a node is captioned: per label, the property the data profile measured as most
 * name-like, unless an override names another (the ontology's caption property for our own
 * data, or a user's choice per label: both win over the measurement). The node's most specific
 * label decides; a label every node carries never does.
 */
import type { JsonValue, Properties } from '../../contract/graph.ts';
import { captionOf } from '../db/mapper.ts';
import { labelsBySpecificity, type DataProfile } from './data-profile.ts';

/** Caption property per label, chosen outside the measurement. */
export type CaptionOverrides = ReadonlyMap<string, string>;

export interface CaptionPolicy {
  /** The caption of a node with these labels and properties. */
  caption(labels: readonly string[], props: Properties): string;
  /** The property a label's captions come from, or null when it has none. */
  captionKey(label: string): string | null;
  /** Properties that tell apart nodes with the same caption, best first. */
  subtitleKeys(labels: readonly string[]): string[];
  /** The label that says what the node is: the most specific one. */
  primaryLabel(labels: readonly string[]): string | null;
}

/** A value as caption text: strings as they are, numbers written out, anything else not. */
export function captionText(v: JsonValue | undefined): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** Text a person reads: has a letter, and is not a long run of hex or base64. */
export const isReadable = (s: string): boolean => /\p{L}/u.test(s) && !/^[0-9A-Fa-f-]{16,}$/.test(s) && !/^[A-Za-z0-9+/=_-]{24,}$/.test(s);

export function captionPolicy(profile: DataProfile, overrides: CaptionOverrides = new Map()): CaptionPolicy {
  const captionKey = (label: string) => overrides.get(label) ?? profile.labels.get(label)?.captionKey ?? null;
  const primaryLabel = (labels: readonly string[]) => labelsBySpecificity(labels, profile)[0] ?? null;
  return {
    captionKey,
    primaryLabel,
    caption(labels, props) {
      const ordered = labelsBySpecificity(labels, profile);
      for (const label of ordered) {
        const key = captionKey(label);
        const text = key === null ? null : captionText(props[key]);
        if (text) return text;
      }
      // No measured caption on this node: a readable value of the usual name keys (never only
      // digits or a hash), then the label that says what it is (never the one every node shares).
      const meaningful = ordered.filter((l) => !profile.universalLabels.has(l));
      const readable = Object.fromEntries(Object.entries(props).filter(([, v]) => typeof v !== 'string' || isReadable(v)));
      return captionOf(readable, meaningful.length ? meaningful : ordered, { numbers: false });
    },
    subtitleKeys(labels) {
      const keys = labelsBySpecificity(labels, profile).flatMap((l) => profile.labels.get(l)?.subtitleKeys ?? []);
      return [...new Set(keys)];
    },
  };
}
