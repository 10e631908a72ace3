/** The legend over the canvas: what each colour and shape means, for the labels on the canvas now. */
import { CONFIDENCE_LEVELS, ConfidenceLevel } from '../../contract/evidence.ts';
import type { Family } from '../../contract/ontology.ts';
import type { Explorer } from '../explorer.ts';
import { CONTRADICTION_COLOUR, LEVEL_LINE, SOURCES_WIDTH } from '../graph/confidence-style.ts';
import type { EvidenceScene } from '../graph/evidence-scene.ts';
import { sel } from '../graph/element-state.ts';
import { familyColour, familyOf, onVocabulary } from '../graph/vocabulary.ts';
import { labelStyleColour } from '../graph/style-rules.ts';
import { nodeVisual } from '../graph/visual.ts';
import { formatCount, h, replaceChildren } from './dom.ts';

/** What the legend reads: only these, not the whole Explorer. */
export type LegendScene = Pick<Explorer, 'cy' | 'onChange'>;

const SHAPE_CLASS: Record<string, string> = {
  ellipse: 'shape-ellipse',
  'round-rectangle': 'shape-round',
  rectangle: 'shape-rect',
  diamond: 'shape-diamond',
  'round-triangle': 'shape-triangle',
  'round-hexagon': 'shape-hexagon',
  'round-pentagon': 'shape-pentagon',
  'round-heptagon': 'shape-heptagon',
  'round-octagon': 'shape-octagon',
  'round-diamond': 'shape-diamond',
  barrel: 'shape-barrel',
  'cut-rectangle': 'shape-cut',
};

const SHOW_LABEL: Record<ConfidenceLevel, string> = {
  unconfirmed: 'all relationships',
  tentative: 'tentative and confirmed',
  confirmed: 'confirmed only',
};

/** What line style and width say, and the control that hides what falls below a chosen confidence. */
function evidenceItems(explorer: LegendScene, evidence: EvidenceScene): (HTMLElement | null)[] {
  const graded = explorer.cy.edges('[level]');
  if (graded.empty() && evidence.atLeast === 'unconfirmed') return [];
  const levels = new Set(graded.map((e) => e.data('level') as string));
  const choose = h(
    'select',
    {
      id: 'legend-confidence',
      'aria-label': 'Show relationships of at least this confidence',
      on: { change: (ev) => evidence.setAtLeast(ConfidenceLevel.parse((ev.target as HTMLSelectElement).value)) },
    },
    ...[...CONFIDENCE_LEVELS].reverse().map((l) => h('option', { value: l, selected: l === evidence.atLeast }, SHOW_LABEL[l])),
  );
  const hidden = explorer.cy.edges(sel('lowConfidence')).length;
  const contradicted = explorer.cy.edges(sel('contradicted')).length;
  return [
    h('li', { class: 'legend-head' }, 'Line: confidence'),
    ...CONFIDENCE_LEVELS.map((l) =>
      h(
        'li',
        { 'data-level': l, class: levels.has(l) ? '' : 'muted' },
        h('span', { class: 'legend-line', style: `border-top-style:${LEVEL_LINE[l].style};border-top-width:2px`, 'aria-hidden': 'true' }),
        LEVEL_LINE[l].meaning,
      ),
    ),
    h('li', { class: 'legend-head' }, 'Width: independent sources'),
    h(
      'li',
      { 'data-legend': 'sources' },
      ...[1, 2, 3, 4].map((n) =>
        h('span', {
          class: 'legend-line legend-width',
          style: `border-top-width:${(SOURCES_WIDTH.min + ((n - 1) * (SOURCES_WIDTH.max - SOURCES_WIDTH.min)) / 3).toFixed(1)}px`,
          title: `${n}${n === 4 ? ' or more' : ''}`,
          'aria-hidden': 'true',
        }),
      ),
      '1, 2, 3, 4+ (a reprint or the same words count once)',
    ),
    contradicted
      ? h(
          'li',
          { 'data-legend': 'contradiction' },
          h('span', { class: 'legend-warn', style: `color:${CONTRADICTION_COLOUR}`, 'aria-hidden': 'true' }, '⚠'),
          `in an open contradiction (${formatCount(contradicted)} on the canvas; see Details)`,
        )
      : null,
    h('li', { class: 'legend-control' }, h('label', { for: 'legend-confidence' }, 'Show '), choose),
    hidden ? h('li', { class: 'muted' }, `${formatCount(hidden)} hidden below that confidence`) : null,
  ];
}

export function mountLegend(root: HTMLElement, explorer: LegendScene, evidence: EvidenceScene): void {
  const render = () => {
    const counts = new Map<string, number>();
    explorer.cy.nodes().forEach((n) => {
      const p = n.data('primary') as string;
      counts.set(p, (counts.get(p) ?? 0) + 1);
    });
    root.hidden = counts.size === 0;
    const ended = explorer.cy.edges('[?ended]').nonempty();
    const familyCounts = new Map<Family, number>();
    explorer.cy.edges().forEach((e) => {
      const family = familyOf(e.data('type') as string);
      if (family) familyCounts.set(family, (familyCounts.get(family) ?? 0) + 1);
    });
    replaceChildren(
      root,
      h('h2', { class: 'visually-hidden' }, 'Legend'),
      h(
        'ul',
        {},
        ...[...counts.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([label, n]) => {
            const v = nodeVisual(label);
            return h(
              'li',
              {},
              h('span', {
                class: `legend-shape ${SHAPE_CLASS[v.shape] ?? 'shape-ellipse'}`,
                style: `background:${labelStyleColour(label) ?? v.color}`,
                'aria-hidden': 'true',
              }),
              `${label} `,
              h('span', { class: 'muted' }, formatCount(n)),
            );
          }),
        ...[...familyCounts.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([family, n]) =>
            h(
              'li',
              { 'data-family': family },
              h('span', { class: 'legend-line', style: `border-top-color:${familyColour(family)}`, 'aria-hidden': 'true' }),
              `${family} `,
              h('span', { class: 'muted' }, formatCount(n)),
            ),
          ),
        ended ? h('li', {}, h('span', { class: 'legend-line legend-ended', 'aria-hidden': 'true' }), 'ended (has validTo): faded') : null,
        ...evidenceItems(explorer, evidence),
      ),
    );
  };
  explorer.onChange(render);
  evidence.onChange(render);
  onVocabulary(render);
  render();
}
