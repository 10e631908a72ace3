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
import type { SchemaResponse } from '../../contract/api.ts';
import { cypherCompletions } from './completions.ts';
import { languageSupportCompletions, lintQuery, signatureAt, type LintMessage } from './language-support.ts';

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
}

export function createCypherEditor(
  parent: HTMLElement,
  opts: {
    schema: () => SchemaResponse | null;
    onRun: () => void;
    onChange: (text: string) => void;
    initial: string;
    /** Lint and signature help from Neo4j's language support, a moment after each edit or caret move. */
    onAssist?: (lint: LintMessage[], signature: string | null) => void;
  },
): CypherEditor {
  let assistTimer: number | undefined;
  const assist = (text: string, caret: number) => {
    window.clearTimeout(assistTimer);
    if (!opts.onAssist) return;
    assistTimer = window.setTimeout(() => {
      void Promise.all([lintQuery(text, opts.schema()), signatureAt(text, caret, opts.schema())])
        .then(([lint, sig]) => opts.onAssist?.(lint, sig))
        .catch(() => opts.onAssist?.([], null));
    }, 350);
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
        syntaxHighlighting(highlight),
        autocompletion({
          override: [withFallback(languageSupportCompletions(opts.schema), cypherCompletions(opts.schema))],
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
          if (u.docChanged || u.selectionSet) assist(u.state.doc.toString(), u.state.selection.main.head);
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
  };
}
