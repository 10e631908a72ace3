/** The legend over the canvas: what each colour and shape means, for the labels on the canvas now. */
import type { Explorer } from '../explorer.ts';
import { nodeVisual } from '../graph/visual.ts';
import { formatCount, h, replaceChildren } from './dom.ts';

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

export function mountLegend(root: HTMLElement, explorer: Explorer): void {
  const render = () => {
    const counts = new Map<string, number>();
    explorer.cy.nodes().forEach((n) => {
      const p = n.data('primary') as string;
      counts.set(p, (counts.get(p) ?? 0) + 1);
    });
    root.hidden = counts.size === 0;
    const ended = explorer.cy.edges('[?ended]').nonempty();
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
                style: `background:${v.color}`,
                'aria-hidden': 'true',
              }),
              `${label} `,
              h('span', { class: 'muted' }, formatCount(n)),
            );
          }),
        ended ? h('li', {}, h('span', { class: 'legend-dash', 'aria-hidden': 'true' }), 'ended (has validTo)') : null,
      ),
    );
  };
  explorer.onChange(render);
  render();
}
