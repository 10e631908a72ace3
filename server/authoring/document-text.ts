/**
 * A document's text as stored: HTML reduced to its text by html-to-text (scripts, styles,
 * images, forms and every attribute, so event handlers and link targets, dropped), line ends
 * made \n, trimmed. Offsets of quotes count characters of this text.
 */
import { convert } from 'html-to-text';
import type { z } from 'zod';
import type { DocumentFormat } from '../../contract/authoring.ts';

const SKIP = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'form', 'button', 'head'];

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      ...SKIP.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', format: 'inline' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, format: 'heading', options: { uppercase: false } })),
    ],
  });
}

export function storedText(content: string, format: z.infer<typeof DocumentFormat>): string {
  const text = format === 'html' ? htmlToText(content) : content;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** What two copies of one text share: Unicode-normalised, case and white space ignored. */
export function normalisedText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A key from a title and a date: "End of ODKB?" 2022-10-13 → "end-of-odkb-2022-10-13". */
export function documentKey(title: string, date: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return [slug || 'document', date].join('-');
}
