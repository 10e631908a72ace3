/**
 * Keeps the address in step with the view, both ways: copying the address shares the scene, every
 * undoable scene change is a Back entry, and Back, Forward or a pasted link open what the address
 * names (the scene with its timeline, filters, layout, style and query; or a case).
 */
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

export interface LinkSyncOptions {
  /** Put before the view (e.g. `case=<id>&`, so the address also names the open case). */
  prefix?: () => string;
  /** Opens what an address the page did not write names (Back, Forward, a pasted link), as one undo step. */
  open?: (hash: string) => Promise<void>;
}

export type AddressAction = 'push' | 'replace' | 'keep' | 'wait';

/**
 * What the address bar does with the view's new address. A scene change (an undo step) gets its
 * own Back entry, so Back returns to the scene before it; a selection, a pan, a timeline move or a
 * filter only rewrites the entry it belongs to. While a change is still under way (an expansion
 * waiting for its layout) nothing is written: its undo step does not exist yet, and rewriting the
 * current entry would put the half-made scene into the entry Back should return to.
 */
export function addressAction(s: { hashChanged: boolean; changing: boolean; version: number; entryVersion: number }): AddressAction {
  if (s.changing) return 'wait';
  if (!s.hashChanged) return 'keep';
  return s.version !== s.entryVersion ? 'push' : 'replace';
}

/** Returns a function that writes the address now (after the usual 300 ms pause). */
export function syncLinkToView(explorer: Explorer, cypher: CypherPanel, opts: LinkSyncOptions = {}): () => void {
  const prefix = opts.prefix ?? (() => '');
  let timer: number | undefined;
  /** The hash this page last wrote or opened: an address that differs came from Back, Forward or the user. */
  let written = location.hash;
  /** The undo history's version when the current Back entry was made: a change since then is a new entry. */
  let entryVersion = explorer.history.version;
  let opening: Promise<void> = Promise.resolve();
  let busy = false;

  const write = () => {
    const hash = `#${prefix()}${encodeView(currentView(explorer, cypher))}`;
    const version = explorer.history.version;
    const action = addressAction({ hashChanged: location.hash !== hash, changing: explorer.history.changing, version, entryVersion });
    if (action === 'wait') return update(); // the change's end (its undo step) calls update again too
    if (action === 'push') history.pushState(null, '', hash);
    else if (action === 'replace') history.replaceState(null, '', hash);
    written = location.hash;
    entryVersion = version;
  };
  const update = () => {
    window.clearTimeout(timer);
    if (busy) return; // the address already says what is being opened
    timer = window.setTimeout(write, 300);
  };

  const navigated = () => {
    if (location.hash === written || !opts.open) return;
    window.clearTimeout(timer);
    const open = opts.open;
    // One at a time, in order: Back pressed twice opens the second address after the first.
    opening = opening.then(async () => {
      const hash = location.hash;
      if (hash === written) return;
      written = hash;
      busy = true;
      try {
        await open(hash);
      } catch (e) {
        // Said, and the next Back still works (a rejected chain would ignore every later one).
        explorer.notifier.error(e, 'Opening the address');
      } finally {
        busy = false;
        // What was opened belongs to this entry: rewrite it in the page's own form, never push.
        entryVersion = explorer.history.version;
        update();
      }
    });
  };
  // popstate for Back and Forward, hashchange for an address typed or pasted (both may fire: `written` dedupes).
  window.addEventListener('popstate', navigated);
  window.addEventListener('hashchange', navigated);

  explorer.onChange(update);
  explorer.view.bind((cy) => cy.on('select unselect', update));
  explorer.settings.subscribe(update);
  cypher.onChange(update);
  return update;
}
