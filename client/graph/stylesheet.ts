/** The Cytoscape stylesheet for a theme: node colour/shape from data, size from degree, captions that fade out when zoomed out. */
import type { StylesheetJson } from 'cytoscape';
import { confidenceRules } from './confidence-style.ts';
import { sel } from './element-state.ts';
import { styleRuleEntries } from './style-rules.ts';
import { families } from './vocabulary.ts';

export type Theme = 'light' | 'dark';

const PALETTE = {
  light: { text: '#1f2328', muted: '#57606a', bg: '#ffffff', accent: '#0969da', path: '#c2410c', border: '#ffffff' },
  dark: { text: '#e6edf3', muted: '#9198a1', bg: '#0d1117', accent: '#58a6ff', path: '#fb923c', border: '#0d1117' },
};

export function stylesheet(theme: Theme): StylesheetJson {
  const p = PALETTE[theme];
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        label: 'data(caption)',
        width: 'mapData(deg, 0, 12, 28, 64)',
        height: 'mapData(deg, 0, 12, 28, 64)',
        color: p.text,
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '130px',
        'text-outline-color': p.bg,
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-color': p.border,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(caption)',
        'font-size': 8,
        'font-family': 'system-ui, sans-serif',
        color: p.muted,
        'text-rotation': 'autorotate',
        'text-background-color': p.bg,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
        opacity: 0.85,
      },
    },
    // With our ontology, an edge is coloured by its family (alliance, conflict, support …); on
    // another database it keeps the neutral colour of its type (data(color)).
    ...families().flatMap(({ colour, types }) =>
      types.map((type) => ({ selector: `edge[type = "${type}"]`, style: { 'line-color': colour, 'target-arrow-color': colour } })),
    ),
    // Line style and width tell confidence and corroboration (confidence-style.ts); an ended relationship is faded.
    { selector: 'edge[?ended]', style: { 'line-opacity': 0.55 } },
    ...confidenceRules(),
    // The analyst's style rules (client/graph/style-rules.ts) win over the defaults, not over selection or path states.
    ...styleRuleEntries(),
    { selector: `node${sel('pinned')}`, style: { 'border-width': 4, 'border-style': 'double', 'border-color': p.text } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': p.accent, 'border-style': 'solid' } },
    { selector: 'edge:selected', style: { width: 3.5, 'line-color': p.accent, 'target-arrow-color': p.accent, color: p.text, opacity: 1 } },
    { selector: sel('path'), style: { 'z-index': 10 } },
    { selector: `node${sel('path')}`, style: { 'border-width': 4, 'border-color': p.path } },
    { selector: `edge${sel('path')}`, style: { width: 4, 'line-color': p.path, 'target-arrow-color': p.path, color: p.text, opacity: 1 } },
    { selector: sel('faded'), style: { opacity: 0.18 } },
    // Dense scenes: edge captions only on hover and selection; hovering a node lights its neighbourhood.
    { selector: `edge${sel('quiet')}`, style: { label: '' } },
    {
      selector: `edge${sel('hoverNear')}, edge${sel('path')}, edge:selected`,
      style: { label: 'data(caption)', color: p.text, 'z-index': 9 },
    },
    { selector: sel('hoverFar'), style: { opacity: 0.15 } },
    { selector: `node${sel('hoverNear')}`, style: { 'z-index': 9, 'text-background-color': p.bg, 'text-background-opacity': 0.8 } },
    { selector: `node${sel('timeDim')}`, style: { opacity: 0.3 } },
    // A caption that would collide is made transparent rather than removed, so its box (what the
    // placement measures) stays the same; hover, selection and the trace bring it back at once.
    { selector: `node${sel('crowded')}`, style: { 'text-opacity': 0 } },
    {
      selector: `node${sel('crowded')}:selected, node${sel('crowded')}${sel('hoverNear')}, node${sel('crowded')}${sel('path')}`,
      style: { 'text-opacity': 1 },
    },
    { selector: sel('hidden', 'filtered', 'timeHidden', 'lowConfidence'), style: { display: 'none' } },
  ];
}
