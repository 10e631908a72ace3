/** The canvas's empty state (what a newcomer can do) and the scene counts. */
import type { Explorer } from '../explorer.ts';
import { formatCount, h, replaceChildren } from './dom.ts';

/** What the canvas overlays read: only these, not the whole Explorer. */
export type OverlaysScene = Pick<Explorer, 'cy' | 'onChange'>;

export function mountCanvasOverlays(
  empty: HTMLElement,
  stats: HTMLElement,
  explorer: OverlaysScene,
  actions: { showStart: () => void; openCypher: () => void; focusSearch: () => void },
  /** "try “X” or “Y”" from the data's own captions, once known. */
  hint: Promise<string | null>,
): void {
  const say = h('p', {}, 'Search the graph in the box above, or run a Cypher query.');
  void hint.then((text) => {
    if (text) say.textContent = `Search the graph in the box above (${text}), or run a Cypher query.`;
  });
  replaceChildren(
    empty,
    h('h2', {}, 'Start exploring'),
    say,
    h(
      'div',
      { class: 'row center' },
      h('button', { type: 'button', class: 'btn primary', on: { click: actions.showStart } }, 'Show the best-connected node'),
      h('button', { type: 'button', class: 'btn', on: { click: actions.focusSearch } }, 'Search'),
      h('button', { type: 'button', class: 'btn', on: { click: actions.openCypher } }, 'Open the Cypher editor'),
    ),
    h('p', { class: 'muted' }, 'Double-click a node to expand it, right-click for more, ? for shortcuts.'),
  );
  const render = () => {
    const cy = explorer.cy;
    const nodes = cy.nodes().length;
    empty.hidden = nodes > 0 || document.body.hasAttribute('data-busy');
    const hidden = cy.elements('.user-hidden, .filtered, .time-hidden').length;
    stats.textContent = nodes
      ? `${formatCount(nodes)} nodes · ${formatCount(cy.edges().length)} relationships${hidden ? ` · ${formatCount(hidden)} hidden` : ''}`
      : '';
  };
  explorer.onChange(render);
  new MutationObserver(render).observe(document.body, { attributes: true, attributeFilter: ['data-busy'] });
  render();
}
