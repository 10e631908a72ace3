/** Keeps the canvas in step with the style rules: every element added, every rule change, the ontology's families once known. */
import type { Explorer } from '../explorer.ts';
import { applyStyleRules, isEmptyStyle } from '../graph/style-rules.ts';
import { onVocabulary } from '../graph/vocabulary.ts';

export function syncStyleRules(explorer: Pick<Explorer, 'cy' | 'view' | 'settings' | 'changed'>): void {
  const applyAll = () => applyStyleRules(explorer.cy, explorer.settings.get().style);
  // Elements arrive in bursts (an expansion, an undo): style the whole scene once per frame, since a
  // size by property depends on the range of values on the canvas. No rules, no work.
  let frame = 0;
  explorer.view.bind((cy) =>
    cy.on('add', () => {
      if (frame || isEmptyStyle(explorer.settings.get().style)) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        applyAll();
      });
    }),
  );
  explorer.settings.subscribe((s, p) => {
    if (s.style === p.style) return;
    applyAll();
    explorer.changed(); // the legend's colours
  });
  onVocabulary(applyAll);
  applyAll();
}
