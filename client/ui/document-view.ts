/** The source document, whole, with the cited sentence marked: the analyst sees the claim in context. */
import type { Citation } from '../../contract/api.ts';
import type { ExplorerApi } from '../api/explorer-api.ts';
import { describeError, isAbort } from '../api/api-error.ts';
import { h, replaceChildren } from './dom.ts';

/** Finds `quote` in `text`, tolerating differences in whitespace; returns [start, end) or null. */
export function locateQuote(text: string, quote: string): [number, number] | null {
  const exact = text.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return null;
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** Where the other quotes (of this document, not overlapping the main one or each other) lie. */
function otherRanges(text: string, main: [number, number], citation: Citation, others: readonly Citation[]): [number, number][] {
  const taken: [number, number][] = [main];
  for (const c of others) {
    if (c.documentKey !== citation.documentKey || c.quote === citation.quote) continue;
    const at = locateQuote(text, c.quote);
    if (at && taken.every(([s, e]) => at[1] <= s || at[0] >= e)) taken.push(at);
  }
  return taken.slice(1);
}

/** The text as pieces: the main mark and the other marks in place, plain text between. */
function markAll(text: string, main: [number, number], mainMark: HTMLElement, others: [number, number][]): (string | HTMLElement)[] {
  const marks = [
    { at: main, el: mainMark },
    ...others.map((at) => ({ at, el: h('mark', { class: 'doc-mark-other' }, text.slice(at[0], at[1])) })),
  ];
  marks.sort((a, b) => a.at[0] - b.at[0]);
  const out: (string | HTMLElement)[] = [];
  let pos = 0;
  for (const { at, el } of marks) {
    out.push(text.slice(pos, at[0]), el);
    pos = at[1];
  }
  out.push(text.slice(pos));
  return out;
}

export class DocumentView {
  private controller: AbortController | undefined;

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly api: ExplorerApi,
  ) {
    dialog.setAttribute('aria-labelledby', 'doc-title');
    dialog.addEventListener('close', () => this.controller?.abort());
  }

  /**
   * Opens the document of a citation with its quote highlighted (scrolled to), and any other
   * quotes given (of the same document) marked as well.
   */
  async open(citation: Citation, alsoMark: readonly Citation[] = []): Promise<void> {
    this.controller?.abort();
    this.controller = new AbortController();
    const body = h('div', { class: 'doc-body' }, h('p', { class: 'muted' }, 'Loading the document…'));
    const title = h('h2', { id: 'doc-title' }, citation.title ?? citation.documentKey);
    replaceChildren(
      this.dialog,
      h(
        'div',
        { class: 'dialog-head' },
        title,
        h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close document', on: { click: () => this.dialog.close() } }, '×'),
      ),
      body,
    );
    if (!this.dialog.open) this.dialog.showModal();
    if (!citation.documentId) {
      replaceChildren(body, h('p', { class: 'error' }, 'This citation names a document the database does not hold.'));
      return;
    }
    try {
      const { document: doc } = await this.api.document({ id: citation.documentId }, this.controller.signal);
      title.textContent = doc.title;
      const meta = [doc.publisher, doc.date, doc.language].filter(Boolean).join(' · ');
      const text = doc.text ?? '';
      const at = text ? locateQuote(text, citation.quote) : null;
      const mark = at ? h('mark', { id: 'doc-mark' }, text.slice(at[0], at[1])) : null;
      const content = h('div', { class: 'doc-text', tabindex: 0, 'aria-label': 'Document text' });
      if (at && mark) content.append(...markAll(text, at, mark, otherRanges(text, at, citation, alsoMark)));
      else content.append(text || 'The database holds no text for this document.');
      replaceChildren(
        body,
        meta ? h('p', { class: 'muted' }, meta) : null,
        at
          ? null
          : h(
              'blockquote',
              { class: 'quote' },
              `“${citation.quote}”`,
              h('div', { class: 'muted' }, '(this quote was not found verbatim in the text)'),
            ),
        content,
      );
      mark?.scrollIntoView({ block: 'center' });
    } catch (e) {
      if (!isAbort(e)) replaceChildren(body, h('p', { class: 'error' }, `Could not load the document: ${describeError(e)}`));
    }
  }
}
