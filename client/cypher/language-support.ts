/**
 * Neo4j's own Cypher language support (@neo4j-cypher/language-support, pinned): schema-aware
 * completion, signature help and lint. It is large (an ANTLR parser and Neo4j's semantic
 * analysis), so it loads with a dynamic import the first time the editor asks, in its own chunk,
 * and the main bundle does not grow.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { DbSchema } from '@neo4j-cypher/language-support';
import type { CypherSignaturesResponse, SchemaResponse } from '../../contract/api.ts';

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

/** What the editor knows of the database: its schema, and the server's functions and procedures (each null until loaded). */
export interface EditorSchema {
  schema: SchemaResponse | null;
  signatures: CypherSignaturesResponse | null;
}

/**
 * The library's registries are per Cypher version. The server lists what its default language
 * has; the same list serves both versions the parser knows (a `CYPHER 25` query on a server
 * whose default is 5 gets the 5 signatures, which differ in a few deprecations only).
 */
const CYPHER_VERSIONS = ['CYPHER 5', 'CYPHER 25'] as const;
const byName = <T extends { name: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.name, x]));

let lastSchema: { of: EditorSchema; schema: DbSchema } | undefined;

/** What the library knows of the database: labels, relationship types, property keys, functions and procedures. */
export function dbSchemaOf({ schema: s, signatures }: EditorSchema): DbSchema {
  // The same inputs give the same object: the registries are built once per load, not per keystroke.
  if (lastSchema && lastSchema.of.schema === s && lastSchema.of.signatures === signatures) return lastSchema.schema;
  const out: DbSchema = s
    ? { labels: s.labels.map((l) => l.label), relationshipTypes: s.relationshipTypes.map((t) => t.type), propertyKeys: s.propertyKeys }
    : {};
  if (signatures) {
    const functions = byName(signatures.functions);
    const procedures = byName(signatures.procedures);
    out.functions = Object.fromEntries(CYPHER_VERSIONS.map((v) => [v, functions]));
    out.procedures = Object.fromEntries(CYPHER_VERSIONS.map((v) => [v, procedures]));
  }
  lastSchema = { of: { schema: s, signatures }, schema: out };
  return out;
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
export function languageSupportCompletions(schema: () => EditorSchema) {
  return async (ctx: CompletionContext): Promise<CompletionResult | null> => {
    const word = ctx.matchBefore(/[\w$`]*/);
    if (!ctx.explicit && (!word || word.from === word.to) && !/[:.(]$/.test(ctx.state.sliceDoc(Math.max(0, ctx.pos - 1), ctx.pos)))
      return null;
    const ls = await loadLanguageSupport();
    const text = ctx.state.doc.toString();
    const items = ls.autocomplete(text, dbSchemaOf(schema()), { caretPosition: ctx.pos, manual: ctx.explicit });
    if (!items.length) return null;
    const options: Completion[] = items.slice(0, 200).map((i) => {
      const doc = typeof i.documentation === 'string' ? i.documentation : i.documentation?.value;
      return {
        label: i.label,
        type: i.kind !== undefined ? KIND[i.kind] : undefined,
        // A function or procedure shows its signature beside its name, its description below.
        detail: i.signature ?? i.detail,
        ...(doc ? { info: doc } : {}),
      };
    });
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
export async function lintQuery(text: string, schema: EditorSchema): Promise<LintMessage[]> {
  const ls = await loadLanguageSupport();
  const { diagnostics } = ls.lintCypherQuery(text, dbSchemaOf(schema));
  return diagnostics.map((d) => ({
    from: d.offsets.start,
    to: d.offsets.end,
    severity: d.severity === 1 ? 'error' : 'warning',
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

/** The signature of the call the caret is in: its text, where each parameter is in it, which one the caret is at, and what it does. */
export interface SignatureAtCaret {
  label: string;
  documentation: string;
  /** Offsets of each parameter in `label`. */
  parameters: Array<{ from: number; to: number; documentation: string }>;
  activeParameter: number | null;
}

const docText = (d: string | { value: string } | undefined) => (typeof d === 'string' ? d : (d?.value ?? ''));

/** The signature of the function or procedure whose parentheses the caret is in; null outside any (or for one the server does not list). */
export async function signatureAt(text: string, caret: number, schema: EditorSchema): Promise<SignatureAtCaret | null> {
  const ls = await loadLanguageSupport();
  const help = ls.signatureHelp(text, dbSchemaOf(schema), { caretPosition: caret });
  const sig = help.signatures[help.activeSignature ?? 0];
  if (!sig) return null;
  // Parameter labels are strings inside the signature's label: found in order, after the name's "(".
  let at = sig.label.indexOf('(') + 1;
  const parameters = (sig.parameters ?? []).map((p) => {
    const [from, to] =
      typeof p.label === 'string' ? [sig.label.indexOf(p.label, at), sig.label.indexOf(p.label, at) + p.label.length] : p.label;
    at = Math.max(at, to);
    return { from, to, documentation: docText(p.documentation) };
  });
  const active = sig.activeParameter ?? help.activeParameter;
  return {
    label: sig.label,
    documentation: docText(sig.documentation),
    parameters,
    activeParameter: typeof active === 'number' && active < parameters.length ? active : null,
  };
}
