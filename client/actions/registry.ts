/** THE list of commands. Toolbar, context menu, keyboard and help overlay all read it; nothing else defines commands. */
import type { Action, AppContext } from './action.ts';
import { anyOf, char, key, mod, shiftKey } from './keys.ts';
import { formatCount } from '../ui/dom.ts';
import { DIRECTION_ARROW } from '../ui/values.ts';
import { hasState, inState } from '../graph/element-state.ts';

const hasNodes = ({ explorer }: AppContext) => explorer.selectedNodeIds().length > 0;
const hasSelection = ({ explorer }: AppContext) => explorer.selectedIds().length > 0;
const notEmpty = ({ explorer }: AppContext) => !explorer.scene.isEmpty;

export const ACTIONS: readonly Action[] = [
  {
    name: 'undo',
    label: 'Undo',
    icon: 'undo',
    toolbar: true,
    menu: ['canvas'],
    shortcut: mod('z'),
    predicate: ({ explorer }) => explorer.history.canUndo,
    perform: ({ explorer }) => explorer.history.undo(),
  },
  {
    name: 'redo',
    label: 'Redo',
    icon: 'redo',
    toolbar: true,
    menu: ['canvas'],
    shortcut: anyOf('Ctrl+Shift+Z', mod('z', { shift: true }), mod('y')),
    predicate: ({ explorer }) => explorer.history.canRedo,
    perform: ({ explorer }) => explorer.history.redo(),
  },
  {
    name: 'expand',
    label: 'Expand',
    icon: 'expand',
    toolbar: true,
    menu: ['node'],
    shortcut: key('e'),
    predicate: hasNodes,
    perform: async ({ explorer }) => {
      for (const id of explorer.selectedNodeIds()) await explorer.expand(id);
    },
  },
  {
    name: 'expandByType',
    label: 'Expand by relationship…',
    menu: ['node'],
    predicate: ({ explorer }) => explorer.selectedNodeIds().length === 1,
    perform: ({ ui }) => ui.openMenu(),
    options: async ({ explorer }, signal) => {
      const [id] = explorer.selectedNodeIds();
      if (!id) return [];
      const details = await explorer.details.get(id, signal);
      return [...details.degree]
        .sort((a, b) => b.count - a.count)
        .map((d) => ({
          label: `${d.type} ${DIRECTION_ARROW[d.direction]} ${formatCount(d.count)}`,
          perform: () => explorer.expand(id, { types: d.type, direction: d.direction }),
        }));
    },
  },
  {
    name: 'selectNeighbours',
    label: 'Select neighbours',
    menu: ['node'],
    shortcut: key('n'),
    predicate: hasNodes,
    perform: ({ explorer }) => {
      explorer.cy.nodes(':selected').closedNeighborhood(':visible').select();
    },
  },
  {
    name: 'pin',
    label: 'Pin / unpin',
    icon: 'pin',
    toolbar: true,
    menu: ['node'],
    shortcut: key('p'),
    predicate: hasNodes,
    changesScene: true,
    perform: ({ explorer }) => {
      const ids = explorer.selectedNodeIds();
      const allPinned = ids.every((id) => hasState(explorer.cy.getElementById(id), 'pinned'));
      explorer.scene.setPinned(ids, !allPinned);
    },
  },
  {
    name: 'hide',
    label: 'Hide',
    icon: 'hide',
    toolbar: true,
    menu: ['node', 'edge'],
    shortcut: key('h'),
    predicate: hasSelection,
    changesScene: true,
    perform: ({ explorer }) => explorer.scene.hide(explorer.selectedIds()),
  },
  {
    name: 'showHidden',
    label: 'Show hidden',
    menu: ['canvas'],
    shortcut: shiftKey('h'),
    predicate: ({ explorer }) => inState(explorer.cy, 'hidden').nonempty(),
    changesScene: true,
    perform: ({ explorer }) => explorer.scene.showAll(),
  },
  {
    name: 'remove',
    label: 'Remove from canvas',
    icon: 'remove',
    toolbar: true,
    menu: ['node', 'edge'],
    shortcut: anyOf('Delete', key('Delete', 'Delete'), key('Backspace', 'Backspace')),
    predicate: hasSelection,
    changesScene: true,
    perform: ({ explorer }) => explorer.scene.remove(explorer.selectedIds()),
  },
  {
    name: 'trace',
    label: 'Trace paths between the two selected',
    icon: 'trace',
    toolbar: true,
    menu: ['node'],
    shortcut: key('t'),
    predicate: ({ explorer }) => explorer.selectedNodeIds().length === 2,
    perform: ({ explorer, ui }) => {
      const [from, to] = explorer.selectedNodeIds();
      if (from && to) ui.trace(from, to);
    },
  },
  {
    name: 'layout',
    label: 'Re-run layout',
    icon: 'layout',
    toolbar: true,
    menu: ['canvas'],
    shortcut: key('l'),
    predicate: notEmpty,
    changesScene: true,
    perform: ({ explorer }) => explorer.relayout(),
  },
  {
    name: 'fit',
    label: 'Fit to screen',
    icon: 'fit',
    toolbar: true,
    menu: ['canvas'],
    shortcut: key('f'),
    predicate: notEmpty,
    perform: ({ explorer }) => explorer.fit(),
  },
  {
    name: 'zoomIn',
    label: 'Zoom in',
    shortcut: anyOf('+', char('+'), char('=')),
    perform: ({ explorer }) => zoomBy(explorer.cy, 1.25),
  },
  {
    name: 'zoomOut',
    label: 'Zoom out',
    shortcut: char('-'),
    perform: ({ explorer }) => zoomBy(explorer.cy, 0.8),
  },
  {
    name: 'selectAll',
    label: 'Select all',
    menu: ['canvas'],
    shortcut: mod('a'),
    predicate: notEmpty,
    perform: ({ explorer }) => {
      explorer.cy.elements(':visible').select();
    },
  },
  {
    name: 'clearSelection',
    label: 'Close menu / clear selection',
    shortcut: char('Escape', 'Esc'),
    perform: ({ explorer, ui }) => {
      if (ui.closeOverlay()) return;
      explorer.cy.$(':selected').unselect();
      explorer.highlight(null);
    },
  },
  {
    name: 'clearCanvas',
    label: 'Clear canvas',
    menu: ['canvas'],
    shortcut: shiftKey('Delete'),
    predicate: notEmpty,
    changesScene: true,
    perform: ({ explorer }) => explorer.scene.remove(explorer.cy.elements().map((e) => e.id())),
  },
  {
    name: 'menu',
    label: 'Open the menu for the selection',
    shortcut: anyOf('Shift+F10', shiftKey('F10'), char('ContextMenu', 'Menu')),
    perform: ({ ui }) => ui.openMenu(),
  },
  {
    name: 'search',
    label: 'Search',
    shortcut: char('/'),
    perform: ({ ui }) => ui.focusSearch(),
  },
  {
    name: 'cypher',
    label: 'Open the Cypher editor',
    shortcut: key('c'),
    perform: ({ ui }) => ui.showPanel('cypher'),
  },
  {
    name: 'exportPng',
    label: 'Export PNG',
    icon: 'image',
    toolbar: true,
    menu: ['canvas'],
    predicate: notEmpty,
    perform: ({ ui }) => ui.exportPng(),
  },
  {
    name: 'exportJson',
    label: 'Export JSON',
    menu: ['canvas'],
    predicate: notEmpty,
    perform: ({ ui }) => ui.exportJson(),
  },
  {
    name: 'copyLink',
    label: 'Copy link to this view',
    icon: 'link',
    toolbar: true,
    menu: ['canvas'],
    perform: ({ ui }) => ui.copyLink(),
  },
  {
    name: 'theme',
    label: 'Light / dark theme',
    icon: 'theme',
    toolbar: true,
    shortcut: shiftKey('d'),
    perform: ({ explorer }) => {
      const s = explorer.settings;
      s.set({ theme: s.get().theme === 'dark' ? 'light' : 'dark' });
    },
  },
  {
    name: 'help',
    label: 'Keyboard shortcuts',
    icon: 'help',
    toolbar: true,
    shortcut: char('?'),
    perform: ({ ui }) => ui.openHelp(),
  },
];

function zoomBy(cy: import('cytoscape').Core, factor: number): void {
  const c = { x: cy.width() / 2, y: cy.height() / 2 };
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: c });
}

export function actionByName(name: string): Action {
  const a = ACTIONS.find((x) => x.name === name);
  if (!a) throw new Error(`no action named ${name}`);
  return a;
}
