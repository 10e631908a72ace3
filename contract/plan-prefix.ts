/**
 * A leading EXPLAIN or PROFILE on an analyst's query: the plan is (part of) the answer. This
 * only decides what to return; whether the query may run is still decided by the server's own
 * plan of the query behind the prefix (PROFILE executes it, so a write is refused as ever).
 * A prefix this does not recognise reaches the guard's EXPLAIN as "EXPLAIN PROFILE …", which
 * Neo4j rejects: failing closed.
 */
export type PlanMode = 'EXPLAIN' | 'PROFILE';

/** Blanks and comments before the first keyword. */
const LEADING = /^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

export function splitPlanPrefix(query: string): { mode: PlanMode | null; query: string } {
  const start = LEADING.exec(query)?.[0].length ?? 0;
  const m = /^(EXPLAIN|PROFILE)(?=\s|\/\/|\/\*)/i.exec(query.slice(start));
  if (!m) return { mode: null, query };
  const rest = query.slice(start + m[0].length).trim();
  return rest ? { mode: m[1]!.toUpperCase() as PlanMode, query: rest } : { mode: null, query };
}

/** The query asked for its plan (EXPLAIN) or profile (PROFILE), replacing any prefix it had. */
export function withPlanPrefix(query: string, mode: PlanMode): string {
  return `${mode} ${splitPlanPrefix(query).query.trim()}`;
}
