/**
 * How evidence shows on the canvas, as i2 draws it: line style by confidence (confirmed solid,
 * tentative dashed, unconfirmed dotted), width by corroboration (independent sources, 1 to 4
 * and more), and a red halo with a warning mark on a relationship in an open contradiction.
 * An edge that records no sources keeps the plain style.
 */
import type { StylesheetJson } from 'cytoscape';
import type { ConfidenceLevel } from '../../contract/evidence.ts';
import { sel } from './element-state.ts';

/** The line of each level: a Cytoscape line style and its dash pattern (also drawn by the legend). */
export const LEVEL_LINE: Readonly<Record<ConfidenceLevel, { style: 'solid' | 'dashed' | 'dotted'; meaning: string }>> = {
  confirmed: { style: 'solid', meaning: 'confirmed (confidence 0.70 or more)' },
  tentative: { style: 'dashed', meaning: 'tentative (0.40 to 0.69)' },
  unconfirmed: { style: 'dotted', meaning: 'unconfirmed (below 0.40)' },
};

/** Width in pixels for 1, 2, 3 and 4+ independent sources. */
export const SOURCES_WIDTH = { min: 1.6, max: 6, at: 4 } as const;
export const widthFor = (sources: number): number =>
  SOURCES_WIDTH.min +
  ((Math.min(Math.max(sources, 1), SOURCES_WIDTH.at) - 1) * (SOURCES_WIDTH.max - SOURCES_WIDTH.min)) / (SOURCES_WIDTH.at - 1);

export const CONTRADICTION_COLOUR = '#e03131';

export function confidenceRules(): StylesheetJson {
  return [
    {
      selector: 'edge[sources >= 1]',
      style: { width: `mapData(sources, 1, ${SOURCES_WIDTH.at}, ${SOURCES_WIDTH.min}, ${SOURCES_WIDTH.max})` },
    },
    { selector: 'edge[level = "tentative"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
    { selector: 'edge[level = "unconfirmed"]', style: { 'line-style': 'dotted', 'line-dash-pattern': [1.5, 3.5] } },
    {
      selector: `edge${sel('contradicted')}`,
      style: {
        // The halo and a ⚠ by the source; the type label keeps its colour (labels share color and font-size).
        'underlay-color': CONTRADICTION_COLOUR,
        'underlay-opacity': 0.35,
        'underlay-padding': 6,
        'source-label': '⚠',
        'source-text-offset': 18,
      },
    },
  ];
}
