/**
 * Neo4j's own Cypher language support (@neo4j-cypher/language-support, pinned): schema-aware
 * completion, signature help and lint. It is large (an ANTLR parser and Neo4j's semantic
 * analysis), so it loads with a dynamic import the first time the editor asks, in its own chunk,
 * and the main bundle does not grow.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { DbSchema } from '@neo4j-cypher/language-support';
import type { SchemaResponse } from '../../contract/api.ts';

type LanguageSupport = typeof import('@neo4j-cypher/language-support');

let loading: Promise<LanguageSupport> | undefined;

/** The library, loaded once. */
export function loadLanguageSupport(): Promise<LanguageSupport> {
  loading ??= import('@neo4j-cypher/language-support').catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/** What the library knows of the database: its labels, relationship types and property keys. */
export function dbSchemaOf(s: SchemaResponse | null): DbSchema {
  if (!s) return {};
  return { labels: s.labels.map((l) => l.label), relationshipTypes: s.relationshipTypes.map((t) => t.type), propertyKeys: s.propertyKeys };
}

// The language server's CompletionItemKind numbers, as CodeMirror's completion types.
const KIND: Record<number, string> = {
  3: 'function',
  6: 'variable',
  10: 'property',
  14: 'keyword',
  12: 'constant',
  7: 'type',
  21: 'constant',
};

/** A CodeMirror completion source backed by the library's `autocomplete`. */
export function languageSupportCompletions(schema: () => SchemaResponse | null) {
  return async (ctx: CompletionContext): Promise<CompletionResult | null> => {
    const word = ctx.matchBefore(/[\w$`]*/);
    if (!ctx.explicit && (!word || word.from === word.to) && !/[:.(]$/.test(ctx.state.sliceDoc(Math.max(0, ctx.pos - 1), ctx.pos)))
      return null;
    const ls = await loadLanguageSupport();
    const text = ctx.state.doc.toString();
    const items = ls.autocomplete(text, dbSchemaOf(schema()), { caretPosition: ctx.pos, manual: ctx.explicit });
    if (!items.length) return null;
    const options: Completion[] = items.slice(0, 200).map((i) => ({
      label: i.label,
      type: i.kind !== undefined ? KIND[i.kind] : undefined,
      detail: i.detail ?? i.signature,
    }));
    return { from: word ? word.from : ctx.pos, options, validFor: /^[\w$]*$/ };
  };
}

export interface LintMessage {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Problems in a query: syntax, and (with the schema) labels, types and properties the database does not have. */
export async function lintQuery(text: string, schema: SchemaResponse | null): Promise<LintMessage[]> {
  const ls = await loadLanguageSupport();
  const { diagnostics } = ls.lintCypherQuery(text, dbSchemaOf(schema));
  return diagnostics.map((d) => ({
    from: d.offsets.start,
    to: d.offsets.end,
    severity: d.severity === 1 ? 'error' : 'warning',
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

/** The signature of the function or procedure the caret is in, as one line; null outside any. */
export async function signatureAt(text: string, caret: number, schema: SchemaResponse | null): Promise<string | null> {
  const ls = await loadLanguageSupport();
  const help = ls.signatureHelp(text, dbSchemaOf(schema), { caretPosition: caret });
  const sig = help.signatures[help.activeSignature ?? 0];
  if (!sig) return null;
  const doc = typeof sig.documentation === 'string' ? sig.documentation : (sig.documentation?.value ?? '');
  return doc ? `${sig.label} — ${doc}` : sig.label;
}
