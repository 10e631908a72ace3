/** Cypher autocompletion from the live schema: labels and types after ":", property keys after ".", keywords elsewhere. */
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import type { SchemaResponse } from '../../contract/api.ts';

const KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'UNWIND',
  'DISTINCT',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'CONTAINS',
  'STARTS WITH',
  'ENDS WITH',
  'IS NULL',
  'IS NOT NULL',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'CALL',
  'YIELD',
  'DESC',
  'ASC',
  'EXPLAIN',
];
const FUNCTIONS = [
  'count',
  'collect',
  'elementId',
  'labels',
  'type',
  'properties',
  'keys',
  'nodes',
  'relationships',
  'size',
  'length',
  'coalesce',
  'toLower',
  'toUpper',
  'shortestPath',
  'allShortestPaths',
  'startNode',
  'endNode',
  'date',
  'exists',
  'any',
  'all',
  'none',
];

/** Backquotes a name that is not a plain identifier, doubling backquotes inside. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

export function cypherCompletions(schema: () => SchemaResponse | null): CompletionSource {
  return (ctx: CompletionContext): CompletionResult | null => {
    const s = schema();
    const afterColon = ctx.matchBefore(/:`?[\w ]*$/);
    if (afterColon && s) {
      const inRel = /\[[^\]]*$/.test(ctx.state.sliceDoc(Math.max(0, afterColon.from - 60), afterColon.from));
      const options: Completion[] = inRel
        ? s.relationshipTypes.map((t) => ({ label: quoteName(t.type), type: 'type', detail: `relationship · ${t.count}` }))
        : s.labels.map((l) => ({ label: quoteName(l.label), type: 'class', detail: `label · ${l.count}` }));
      return { from: afterColon.from + 1, options, validFor: /^`?[\w]*$/ };
    }
    const afterDot = ctx.matchBefore(/\.\w*$/);
    if (afterDot && s) {
      return {
        from: afterDot.from + 1,
        options: s.propertyKeys.map((p) => ({ label: quoteName(p), type: 'property' })),
        validFor: /^\w*$/,
      };
    }
    const word = ctx.matchBefore(/\w+$/);
    if (!word && !ctx.explicit) return null;
    return {
      from: word?.from ?? ctx.pos,
      options: [
        ...KEYWORDS.map((k) => ({ label: k, type: 'keyword' })),
        ...FUNCTIONS.map((f) => ({ label: f, type: 'function', apply: `${f}(` })),
      ],
      validFor: /^\w*$/,
    };
  };
}
