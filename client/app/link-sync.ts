/** Keeps the URL hash in step with the view, so copying the address shares the scene. */
import type { CypherPanel } from '../cypher/cypher-panel.ts';
import type { Explorer } from '../explorer.ts';
import { isEmptyStyle } from '../graph/style-rules.ts';
import { encodeView, type SharedView } from '../share/scene-link.ts';

export function currentView(explorer: Explorer, cypher: CypherPanel): SharedView {
  const cy = explorer.cy;
  const s = explorer.settings.get();
  const nodes = cy.nodes();
  return {
    nodes: nodes.map((n) => n.id()),
    edges: cy.edges().map((e) => e.id()),
    positions: nodes.map((n): [number, number] => [n.position('x'), n.position('y')]),
    pinned: cy.nodes('.pinned').map((n) => n.id()),
    hidden: cy.elements('.user-hidden').map((e) => e.id()),
    selected: cy.$(':selected').map((e) => e.id()),
    layout: s.layout,
    hiddenLabels: [...s.hiddenLabels],
    hiddenTypes: [...s.hiddenTypes],
    asOf: s.asOf,
    query: cypher.query.trim() || null,
    style: isEmptyStyle(s.style) ? null : s.style,
  };
}

/** `prefix` is put before the view (e.g. `case=<id>&`, so the address also names the open case). */
export function syncLinkToView(explorer: Explorer, cypher: CypherPanel, prefix: () => string = () => ''): () => void {
  let timer: number | undefined;
  const update = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const hash = `#${prefix()}${encodeView(currentView(explorer, cypher))}`;
      if (location.hash !== hash) history.replaceState(null, '', hash);
    }, 300);
  };
  explorer.onChange(update);
  explorer.view.bind((cy) => cy.on('select unselect', update));
  explorer.settings.subscribe(update);
  cypher.onChange(update);
  return update;
}
