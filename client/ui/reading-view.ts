/**
 * The reading view: a document's text exactly as stored (so a selection's offsets are offsets of
 * the stored text), its sentences as blocks, known entities' mentions marked as links, proper
 * names the NLP library found marked as suggestions, and the spans already marked as claims.
 * Nothing but the text itself is inside the text element: controls live beside it.
 */
import type { ReadingResponse } from '../../contract/authoring.ts';
import { h, replaceChildren } from './dom.ts';

export interface ReadingHandlers {
  onMention(m: ReadingResponse['mentions'][number]): void;
  onSuggestion(s: ReadingResponse['suggestions'][number]): void;
}

interface Mark {
  start: number;
  end: number;
  make: (text: string) => HTMLElement;
}

/** Renders `text` into `host` with marks (non-overlapping, by start) inside sentence spans. */
export function renderReading(
  host: HTMLElement,
  text: string,
  reading: ReadingResponse,
  handlers: ReadingHandlers,
  /** Suggested names accepted or rejected (lower case): every occurrence is settled. */
  decided: ReadonlySet<string>,
  marked: readonly { start: number; end: number }[],
): void {
  const marks: Mark[] = [
    ...reading.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      make: (t: string) =>
        h(
          'a',
          {
            class: 'mention',
            href: '#',
            title: `${m.name} (${m.labels.join(', ')})`,
            'data-key': m.key,
            on: { click: (e) => (e.preventDefault(), handlers.onMention(m)) },
          },
          t,
        ),
    })),
    ...reading.suggestions
      .filter((s) => !decided.has(s.text.toLowerCase()))
      .map((s) => ({
        start: s.start,
        end: s.end,
        make: (t: string) =>
          h(
            'mark',
            {
              class: 'name-suggestion',
              role: 'button',
              tabindex: 0,
              title: 'A name no entity has yet: accept or reject it',
              on: { click: () => handlers.onSuggestion(s) },
            },
            t,
          ),
      })),
  ].sort((a, b) => a.start - b.start);
  const claimed = (start: number, end: number) => marked.some((m) => m.start < end && start < m.end);
  const sentences = reading.sentences.length ? reading.sentences : [{ start: 0, end: text.length }];
  const out: Node[] = [];
  let at = 0;
  let mi = 0;
  const pushPlain = (from: number, to: number) => {
    if (to > from) out.push(document.createTextNode(text.slice(from, to)));
  };
  for (const s of sentences) {
    pushPlain(at, s.start);
    const span = h('span', { class: `sentence${claimed(s.start, s.end) ? ' sentence-claimed' : ''}`, 'data-start': s.start });
    let pos = s.start;
    while (mi < marks.length && marks[mi]!.start < s.end) {
      const m = marks[mi]!;
      mi++;
      if (m.start < pos || m.end > s.end) continue;
      if (m.start > pos) span.appendChild(document.createTextNode(text.slice(pos, m.start)));
      span.appendChild(m.make(text.slice(m.start, m.end)));
      pos = m.end;
    }
    if (s.end > pos) span.appendChild(document.createTextNode(text.slice(pos, s.end)));
    out.push(span);
    at = s.end;
  }
  pushPlain(at, text.length);
  replaceChildren(host, ...out);
}

/** The current selection inside `host` as offsets of the text, or null. */
export function selectionOffsets(host: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!host.contains(range.startContainer) || !host.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(host);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** Selects the text between two offsets (for keyboard users and tests: the same path as a mouse selection). */
export function selectOffsets(host: HTMLElement, start: number, end: number): void {
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  let at = 0;
  const range = document.createRange();
  let startSet = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0;
    if (!startSet && start <= at + len) {
      range.setStart(n, start - at);
      startSet = true;
    }
    if (startSet && end <= at + len) {
      range.setEnd(n, end - at);
      break;
    }
    at += len;
  }
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}
