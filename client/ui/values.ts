/** Property values as text for people. */
import { CLAIM_PROPERTY_KEYS } from '../../contract/claims.ts';
import type { JsonValue } from '../../contract/graph.ts';

export function valueText(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return v.map((x) => String(x)).join(', ');
  return JSON.stringify(v);
}

/** Properties that the panels show in their own way (provenance, aliases), or that only the loader needs. */
export const SPECIAL_PROPERTIES: ReadonlySet<string> = new Set([...CLAIM_PROPERTY_KEYS, 'text']);

/** A relationship's direction from the node's side, as an arrow (a symmetric type reads both ways). */
export const DIRECTION_ARROW = { out: '↗', in: '↙', both: '↔' } as const;
