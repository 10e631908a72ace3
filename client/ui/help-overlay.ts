/** The shortcuts overlay: generated from the action list, so it can never be out of date. */
import { ACTIONS } from '../actions/registry.ts';
import { h, replaceChildren } from './dom.ts';

export function mountHelp(dialog: HTMLDialogElement): () => void {
  const rows = ACTIONS.filter((a) => a.shortcut).map((a) => h('tr', {}, h('td', {}, h('kbd', {}, a.shortcut!.keys)), h('td', {}, a.label)));
  const extra: [string, string][] = [
    ['Double-click', 'Expand a node'],
    ['Right-click', 'Menu: expand by relationship type and direction, pin, hide…'],
    ['Shift/Ctrl+click', 'Add to the selection'],
    ['Shift+drag', 'Select with a box'],
    ['Ctrl+Enter', 'Run the Cypher query (in the editor)'],
    ['↑ ↓ Enter', 'Choose a search result'],
  ];
  replaceChildren(
    dialog,
    h(
      'div',
      { class: 'dialog-head' },
      h('h2', { id: 'help-title' }, 'Keyboard shortcuts'),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close', on: { click: () => dialog.close() } }, '×'),
    ),
    h(
      'table',
      { class: 'shortcuts' },
      h('tbody', {}, ...rows, ...extra.map(([k, what]) => h('tr', {}, h('td', {}, h('kbd', {}, k)), h('td', {}, what)))),
    ),
  );
  dialog.setAttribute('aria-labelledby', 'help-title');
  return () => dialog.showModal();
}
