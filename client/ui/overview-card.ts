/**
 * The overview a newcomer sees over the first view: what this database holds (labels with
 * counts), its best-connected nodes (a click shows one) and what to search for, all taken from
 * the data. It names nothing of our own seed.
 */
import type { OverviewResponse } from '../../contract/api.ts';
import type { GraphNode } from '../../contract/graph.ts';
import { isUninformative, nodeVisual, primaryLabel } from '../graph/visual.ts';
import { formatCount, h, replaceChildren } from './dom.ts';

/** Labels listed before "and N more". */
const LABELS_SHOWN = 8;

/** "try “Anna” or “LHR”": a search hint from real captions, or null when there are none. */
export function searchHint(overview: OverviewResponse | null): string | null {
  const captions = [...new Set(overview?.hubs.map((n) => n.caption) ?? [])].slice(0, 2);
  return captions.length ? `try ${captions.map((c) => `“${c}”`).join(' or ')}` : null;
}

export function mountOverviewCard(root: HTMLElement, overview: OverviewResponse, show: (node: GraphNode) => void): void {
  const labels = overview.labels.filter((l) => !isUninformative(l.label));
  if (!labels.length) {
    root.hidden = true;
    return;
  }
  const total = labels.length;
  const close = h(
    'button',
    { type: 'button', class: 'btn small icon', 'aria-label': 'Close the overview', on: { click: () => (root.hidden = true) } },
    '×',
  );
  replaceChildren(
    root,
    h('div', { class: 'overview-head' }, h('h2', {}, 'This database'), close),
    h(
      'ul',
      { class: 'overview-labels' },
      ...labels
        .slice(0, LABELS_SHOWN)
        .map((l) =>
          h(
            'li',
            {},
            h('span', { class: 'swatch', style: `background:${nodeVisual(l.label).color}`, 'aria-hidden': 'true' }),
            `${l.label} `,
            h('span', { class: 'muted' }, formatCount(l.count)),
          ),
        ),
      total > LABELS_SHOWN ? h('li', { class: 'muted' }, `and ${total - LABELS_SHOWN} more`) : null,
    ),
    overview.hubs.length
      ? h(
          'div',
          { class: 'overview-hubs' },
          h('h3', {}, 'Best connected'),
          ...overview.hubs.slice(0, 5).map((n) =>
            h(
              'button',
              {
                type: 'button',
                class: 'btn small hub',
                title: `${primaryLabel(n.labels)} · ${n.degree} relationships`,
                on: { click: () => show(n) },
              },
              n.caption,
              h('span', { class: 'muted' }, ` ${formatCount(n.degree)}`),
            ),
          ),
        )
      : null,
  );
  root.hidden = false;
}
