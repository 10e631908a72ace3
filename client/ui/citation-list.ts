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
