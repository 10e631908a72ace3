/** One result cell as text: nodes and relationships by caption or type, other values as JSON. */
import type { JsonValue } from '../../contract/graph.ts';

export function cellText(v: JsonValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (!Array.isArray(v)) {
    if (typeof v.caption === 'string' && Array.isArray(v.labels))
      return `(${v.caption}:${v.labels.filter((l) => l !== 'Entity').join(':')})`;
    if (typeof v.type === 'string' && typeof v.source === 'string' && typeof v.target === 'string') return `[:${v.type}]`;
  }
  return JSON.stringify(v);
}
