/**
 * A query's answer as CSV for a spreadsheet: each node or relationship column also gets its
 * element id, and each relationship column the sentences that support it (from the answer's graph,
 * where the server filled in provenance), so a row can be traced back to its sources.
 */
import type { CypherResponse } from '../../contract/api.ts';
import type { Citation, JsonValue } from '../../contract/graph.ts';
import { toCsv } from '../share/csv.ts';

type Kind = 'node' | 'edge' | 'value';

function kindOf(v: JsonValue): Kind {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'value';
  if (typeof v.id !== 'string') return 'value';
  if (Array.isArray(v.labels)) return 'node';
  if (typeof v.type === 'string' && typeof v.source === 'string') return 'edge';
  return 'value';
}

/** One citation as text: “quote” — title (publisher, date), with the speaker when the text attributes it. */
export function citationText(c: Citation): string {
  const where = [c.publisher, c.date].filter(Boolean).join(', ');
  const who = c.attributed && (c.speaker ?? c.attributedTo) ? ` [according to ${c.speaker ?? c.attributedTo}]` : '';
  return `“${c.quote}”${who} — ${c.title ?? c.documentKey}${where ? ` (${where})` : ''}`;
}

export function resultCsv(res: Pick<CypherResponse, 'columns' | 'rows' | 'graph'>): string {
  const provenance = new Map(res.graph.edges.map((e) => [e.id, e.provenance ?? []]));
  const kinds = res.columns.map((_, i) => {
    const seen = new Set(res.rows.map((r) => kindOf(r[i] ?? null)).filter((k) => k !== 'value'));
    return seen.has('edge') ? 'edge' : seen.has('node') ? 'node' : 'value';
  });
  const header = res.columns.flatMap((c, i) =>
    kinds[i] === 'edge' ? [c, `${c} id`, `${c} citations`] : kinds[i] === 'node' ? [c, `${c} id`] : [c],
  );
  const rows = res.rows.map((r) =>
    r.flatMap((v, i): JsonValue[] => {
      if (kinds[i] === 'value') return [v];
      const id = kindOf(v) === 'value' ? '' : String((v as { id: string }).id);
      if (kinds[i] === 'node') return [v, id];
      // The server fills in provenance on the edges of the rows and of the graph alike.
      const own = (v as { provenance?: Citation[] } | null)?.provenance;
      return [v, id, (own ?? provenance.get(id) ?? []).map(citationText).join(' | ')];
    }),
  );
  return toCsv(header, rows);
}
