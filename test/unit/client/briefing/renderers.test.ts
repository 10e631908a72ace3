import { describe, expect, it } from 'vitest';
import { BRIEFING_CSP, briefingHtml, escapeHtml } from '../../../../client/briefing/html.ts';
import { briefingMarkdown, escapeMarkdown } from '../../../../client/briefing/markdown.ts';
import { buildBriefing } from '../../../../client/briefing/model.ts';
import { briefingFixture, TINY_PNG } from '../../../helpers/briefing-fixture.ts';

const b = buildBriefing(briefingFixture());

describe('briefingHtml', () => {
  const html = briefingHtml(b);

  it('carries a CSP that forbids every request but data: images, and no script at all', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(BRIEFING_CSP)}">`);
    expect(BRIEFING_CSP).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/)/i);
  });

  it('escapes every value from the data', () => {
    expect(html).toContain('&#60;script&#62;window.__pwned = &#34;script&#34;&#60;/script&#62;');
    expect(html).not.toContain('<img src=x');
  });

  it('links every citation mark to its footnote, and says when a sentence has no source', () => {
    const refs = [...html.matchAll(/href="#fn-(\d+)"/g)].map((m) => Number(m[1]));
    const notes = [...html.matchAll(/<li id="fn-(\d+)">/g)].map((m) => Number(m[1]));
    expect(notes).toEqual([1, 2, 3]);
    expect(new Set(refs)).toEqual(new Set(notes));
    expect(html).toContain('[no source recorded]');
    expect(html).toContain(`src="${TINY_PNG}"`);
  });
});

describe('briefingMarkdown', () => {
  const text = briefingMarkdown(b);

  it('has the same sections, sentences and footnotes', () => {
    for (const heading of [
      '## Events in time order',
      '## Traced paths',
      '## Notes',
      '## Annotations',
      '## Sources',
      '## No longer in the database',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Armenia is a member of CSTO');
    expect(text.match(/^\[\^\d+\]: /gm)).toHaveLength(3);
    expect(text).toContain('[^2][^3]');
    expect(text).toContain('grade **B2**');
    expect(text).toContain(`![The case's scene](${TINY_PNG})`);
  });

  it('keeps markup from the data as text', () => {
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<img');
    expect(escapeMarkdown('[x](javascript:alert(1)) <b>')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;b&gt;');
  });
});
