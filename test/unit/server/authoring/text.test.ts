/** Document text as stored, and the mention matcher of the reading view. */
import { describe, expect, it } from 'vitest';
import { documentKey, normalisedText, storedText } from '../../../../server/authoring/document-text.ts';
import { findMentions } from '../../../../server/authoring/mentions.ts';
import { sentences, winkNames } from '../../../../server/authoring/proper-names.ts';

describe('storedText', () => {
  it('reduces HTML to its text: no script, style, handler or link target survives', () => {
    const html =
      '<html><head><title>t</title><style>p{}</style></head><body><h1>Head line</h1><script>alert(1)</script><p onclick="x()">One <a href="javascript:alert(2)">link</a>.</p><img src=x onerror="alert(3)"><noscript>no</noscript></body></html>';
    const text = storedText(html, 'html');
    expect(text).toBe('Head line\n\nOne link.');
    for (const bad of ['alert', 'javascript', 'onclick', 'onerror', 'p{}']) expect(text).not.toContain(bad);
  });
  it('keeps text and Markdown as written, line ends made \\n', () => {
    expect(storedText('  # Title\r\n\r\nBody *here*  ', 'markdown')).toBe('# Title\n\nBody *here*');
  });
  it('normalises for the duplicate check and makes keys', () => {
    expect(normalisedText('A  b\nC')).toBe(normalisedText('a b c'));
    expect(documentKey('End of ODKB. Why is Putin’s alliance collapsing?', '2022-10-13')).toBe(
      'end-of-odkb-why-is-putin-s-alliance-collapsing-2022-10-13',
    );
  });
});

describe('findMentions', () => {
  const entities = [
    { key: 'erdogan', names: ['Recep Tayyip Erdoğan', 'Erdogan'] },
    { key: 'csto', names: ['CSTO', 'Collective Security Treaty Organization'] },
    { key: 'armenia', names: ['Armenia'] },
  ];
  it('matches any alias ignoring case and diacritics, whole words, longest first', () => {
    const text = 'ERDOĞAN met the collective security treaty organization; Armenians and Armenia.';
    const found = findMentions(text, entities).map((m) => [text.slice(m.start, m.end), m.entity.key]);
    expect(found).toEqual([
      ['ERDOĞAN', 'erdogan'],
      ['collective security treaty organization', 'csto'],
      ['Armenia', 'armenia'],
    ]);
  });
});

describe('wink-nlp', () => {
  it('splits sentences and finds proper names with true offsets', () => {
    const text = 'Ilsa Varkoni leads the Varkoni Institute. It is in Yerevan.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Ilsa Varkoni leads the Varkoni Institute.',
      'It is in Yerevan.',
    ]);
    const names = winkNames(text);
    expect(names.map((n) => n.text)).toEqual(['Ilsa Varkoni', 'Varkoni Institute', 'Yerevan']);
    for (const n of names) expect(text.slice(n.start, n.end)).toBe(n.text);
  });
});
