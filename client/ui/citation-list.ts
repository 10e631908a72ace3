/** A list of citations: the quoted sentence, then title, publisher and date, and a way to read it in context. */
import type { Citation } from '../../contract/api.ts';
import { h } from './dom.ts';

export function citationList(citations: readonly Citation[], openDocument: (c: Citation) => void): HTMLElement {
  if (!citations.length) return h('p', { class: 'muted' }, 'No source is recorded for this relationship.');
  return h(
    'ol',
    { class: 'citations' },
    ...citations.map((c) =>
      h(
        'li',
        { class: 'citation' },
        h('blockquote', { class: 'quote' }, `“${c.quote}”`),
        h(
          'div',
          { class: 'cite-line' },
          h('cite', {}, c.title ?? c.documentKey),
          [c.publisher, c.date].some(Boolean)
            ? h('span', { class: 'muted' }, ` — ${[c.publisher, c.date].filter(Boolean).join(', ')}`)
            : null,
        ),
        h(
          'button',
          { type: 'button', class: 'link-btn', disabled: !c.documentId, on: { click: () => openDocument(c) } },
          'Show in the document',
        ),
      ),
    ),
  );
}

/** "(AFP, 2022-11-23)": the short source of a citation. */
export function citeShort(c: Citation): string {
  const parts = [c.publisher ?? c.title ?? c.documentKey, c.date].filter(Boolean);
  return `(${parts.join(', ')})`;
}

/** Opens a citation's document with it marked, and the other quotes given marked too. */
export type OpenCitations = (c: Citation, alsoMark: readonly Citation[]) => void;

/**
 * Every quote of one relationship: the first in line (the one naming both ends comes first from
 * the server), the others collapsed under "N more quotes". Each opens its document with all of
 * the relationship's quotes from that document marked.
 */
export function hopCitations(citations: readonly Citation[], open: OpenCitations): HTMLElement[] {
  const [first, ...rest] = citations;
  if (!first) return [];
  const sameDocument = (c: Citation) => citations.filter((o) => o.documentKey === c.documentKey);
  const cite = (c: Citation) =>
    h(
      'button',
      { type: 'button', class: 'link-btn', title: 'Show in the document', on: { click: () => open(c, sameDocument(c)) } },
      citeShort(c),
    );
  return [
    h('span', { class: 'hop-cite' }, ' — ', h('q', {}, first.quote), ' ', cite(first)),
    rest.length
      ? h(
          'details',
          { class: 'hop-more' },
          h('summary', {}, `${rest.length} more quote${rest.length === 1 ? '' : 's'}`),
          h('ol', { class: 'hop-more-quotes' }, ...rest.map((c) => h('li', {}, h('q', {}, c.quote), ' ', cite(c)))),
        )
      : null,
  ].filter((e): e is HTMLElement => e !== null);
}
