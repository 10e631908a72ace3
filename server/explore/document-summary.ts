/** A Document node as the API lists it; other databases' Document nodes may lack any property. */
import type { DocumentSummary, GraphNode, JsonValue } from '../../contract/api.ts';

const str = (v: JsonValue | undefined): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

export function documentSummary(node: GraphNode): DocumentSummary {
  const p = node.properties;
  const key = str(p.key) ?? node.id;
  return {
    id: node.id,
    key,
    title: str(p.title) ?? str(p.name) ?? key,
    publisher: str(p.publisher),
    // dateText keeps the precision the source gave ("2022-10"); date is the first day of it.
    date: str(p.dateText) ?? str(p.date),
    language: str(p.language),
  };
}
