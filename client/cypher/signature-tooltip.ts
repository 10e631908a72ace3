/**
 * Signature help as a CodeMirror tooltip: while the caret is inside a function's or procedure's
 * parentheses, its signature shows above the caret with the parameter being typed highlighted,
 * and that parameter's and the call's description below. The signature is computed elsewhere
 * (language-support.ts, asynchronously); this holds and draws it.
 */
import { StateEffect, StateField } from '@codemirror/state';
import { EditorView, showTooltip, type Tooltip } from '@codemirror/view';
import { h } from '../ui/dom.ts';
import type { SignatureAtCaret } from './language-support.ts';

const setSignature = StateEffect.define<{ pos: number; signature: SignatureAtCaret } | null>();

function signatureDom(sig: SignatureAtCaret): HTMLElement {
  const active = sig.activeParameter === null ? null : sig.parameters[sig.activeParameter];
  const label =
    active && active.from >= 0
      ? [
          sig.label.slice(0, active.from),
          h('strong', { class: 'cm-signature-active' }, sig.label.slice(active.from, active.to)),
          sig.label.slice(active.to),
        ]
      : [sig.label];
  return h(
    'div',
    { class: 'cm-signature-help', id: 'cypher-signature', role: 'status' },
    h('code', { class: 'cm-signature-label' }, ...label),
    active?.documentation ? h('p', { class: 'cm-signature-param' }, active.documentation) : null,
    sig.documentation ? h('p', { class: 'cm-signature-doc' }, sig.documentation) : null,
  );
}

const signatureField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tooltip, tr) {
    for (const e of tr.effects) {
      if (e.is(setSignature)) {
        const value = e.value;
        return value ? { pos: value.pos, above: true, create: () => ({ dom: signatureDom(value.signature) }) } : null;
      }
    }
    // Typing moves it with the text until the next answer replaces it.
    return tooltip && tr.docChanged ? { ...tooltip, pos: tr.changes.mapPos(tooltip.pos) } : tooltip;
  },
  provide: (f) => showTooltip.from(f),
});

/** The extension that shows the signature help. */
export const signatureHelp = [signatureField];

/** Shows (or, with null, hides) the signature of the call at `pos`. */
export function showSignature(view: EditorView, pos: number, signature: SignatureAtCaret | null): void {
  const current = view.state.field(signatureField, false);
  if (!signature && !current) return;
  view.dispatch({ effects: setSignature.of(signature ? { pos, signature } : null) });
}
