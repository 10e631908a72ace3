/** The legend over the canvas: what each colour and shape means, for the labels on the canvas now. */
import type { Family } from '../../contract/ontology.ts';
import type { Explorer } from '../explorer.ts';
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

export function mountLegend(root: HTMLElement, explorer: LegendScene): void {
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
        ended ? h('li', {}, h('span', { class: 'legend-dash', 'aria-hidden': 'true' }), 'ended (has validTo)') : null,
      ),
    );
  };
  explorer.onChange(render);
  onVocabulary(render);
  render();
}
