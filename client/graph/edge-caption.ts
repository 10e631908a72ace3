/** An edge's caption: its type, and when it is dated, when ("MEMBER_OF · 1992–2022", "STATED · 2022-09-16"). */
import type { GraphEdge, JsonValue } from '../../contract/graph.ts';

const day = (v: JsonValue | undefined): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

/** When a relationship held or happened, as short text; null for an undated one. */
export function edgeWhen(props: GraphEdge['properties']): string | null {
  const at = day(props.date);
  if (at) return at;
  const from = day(props.validFrom)?.slice(0, 4);
  const to = day(props.validTo)?.slice(0, 4);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return null;
}

export function edgeCaption(edge: Pick<GraphEdge, 'type' | 'properties'>): string {
  const when = edgeWhen(edge.properties);
  return when ? `${edge.type} · ${when}` : edge.type;
}
