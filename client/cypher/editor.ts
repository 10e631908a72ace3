/** The Cypher editor: CodeMirror 6 with the Cypher mode, schema completion, and Ctrl+Enter to run. */
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  closeCompletion,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
  type CompletionSource,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { cypherCompletions } from './completions.ts';
import {
  languageSupportCompletions,
  lintQuery,
  loadLanguageSupport,
  signatureAt,
  type EditorSchema,
  type LintMessage,
} from './language-support.ts';
import { showSignature, signatureHelp } from './signature-tooltip.ts';

// Colours come from CSS variables, so the light and dark themes restyle the editor too.
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--cm-keyword)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cm-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--cm-number)' },
  { tag: [tags.variableName, tags.propertyName], color: 'var(--cm-variable)' },
  { tag: [tags.typeName, tags.className, tags.labelName, tags.tagName], color: 'var(--cm-label)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [tags.operator, tags.punctuation, tags.bracket], color: 'var(--cm-punct)' },
  { tag: tags.function(tags.variableName), color: 'var(--cm-function)' },
  { tag: tags.standard(tags.variableName), color: 'var(--cm-function)' },
]);

/** Neo4j's completion when it loads and answers; our own schema completion when it cannot (one list, no duplicates). */
function withFallback(primary: (ctx: CompletionContext) => Promise<CompletionResult | null>, fallback: CompletionSource): CompletionSource {
  return async (ctx) => {
    try {
      return (await primary(ctx)) ?? (await fallback(ctx));
    } catch {
      return fallback(ctx);
    }
  };
}

export interface CypherEditor {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
  /** Puts the cursor at an offset and focuses (used to point at an error). */
  pointAt(offset: number): void;
  /** Lints and looks up the signature again: what the editor knows has grown (the schema or the signatures arrived). */
  refreshAssist(): void;
}

export function createCypherEditor(
  parent: HTMLElement,
  opts: {
    /** The schema, and the server's functions and procedures for signature help (each null until loaded). */
    schema: () => EditorSchema;
    onRun: () => void;
    onChange: (text: string) => void;
    initial: string;
    /** Lint from Neo4j's language support, a moment after each edit. */
    onLint?: (lint: LintMessage[]) => void;
  },
): CypherEditor {
  // Start fetching Neo4j's language support now: it is large, and the first lint or signature waits for it.
  void loadLanguageSupport().catch(() => undefined);
  let lintTimer: number | undefined;
  let signatureTimer: number | undefined;
  const lint = (text: string) => {
    window.clearTimeout(lintTimer);
    if (!opts.onLint) return;
    lintTimer = window.setTimeout(() => {
      void lintQuery(text, opts.schema())
        .then((found) => opts.onLint?.(found))
        .catch(() => opts.onLint?.([]));
    }, 350);
  };
  // Signature help follows the caret: quickly, and only if the text and caret are still the same when it answers.
  const signature = (view: EditorView) => {
    window.clearTimeout(signatureTimer);
    signatureTimer = window.setTimeout(() => {
      const text = view.state.doc.toString();
      const caret = view.state.selection.main.head;
      void signatureAt(text, caret, opts.schema())
        .catch(() => null)
        .then((sig) => {
          if (view.state.doc.toString() === text && view.state.selection.main.head === caret) showSignature(view, caret, sig);
        });
    }, 150);
  };
  const run = (view: EditorView) => {
    closeCompletion(view);
    opts.onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: opts.initial,
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        StreamLanguage.define(cypher),
        signatureHelp,
        syntaxHighlighting(highlight),
        autocompletion({
          override: [
            withFallback(
              languageSupportCompletions(opts.schema),
              cypherCompletions(() => opts.schema().schema),
            ),
          ],
          activateOnTyping: true,
          icons: false,
        }),
        placeholder('MATCH (c:Country)-[r:MEMBER_OF]->(o:Organization) RETURN c, r, o'),
        keymap.of([
          { key: 'Mod-Enter', run, preventDefault: true },
          { key: 'Shift-Enter', run, preventDefault: true },
          ...closeBracketsKeymap,
          ...completionKeymap,
          ...historyKeymap,
          ...defaultKeymap,
        ]),
        EditorView.lineWrapping,
        EditorView.updateListener.of((u) => {
          if (u.docChanged) opts.onChange(u.state.doc.toString());
          if (u.docChanged) lint(u.state.doc.toString());
          if (u.docChanged || u.selectionSet) signature(u.view);
        }),
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query', 'aria-multiline': 'true' }),
      ],
    }),
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    pointAt: (offset) => {
      const pos = Math.max(0, Math.min(offset, view.state.doc.length));
      const end = Math.min(pos + 1, view.state.doc.length);
      view.dispatch({ selection: { anchor: pos, head: end }, scrollIntoView: true });
      view.focus();
    },
    refreshAssist: () => {
      lint(view.state.doc.toString());
      signature(view);
    },
  };
}
