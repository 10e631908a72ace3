import { describe, expect, it } from 'vitest';
import { buildBriefing, safeImage } from '../../../../client/briefing/model.ts';
import { briefingFixture, TINY_PNG } from '../../../helpers/briefing-fixture.ts';

describe('buildBriefing', () => {
  const b = buildBriefing(briefingFixture());

  it('lists dated relationships and events in time order, lasting ones from their start', () => {
    expect(b.events.map((e) => [e.date, e.sentence.text])).toEqual([
      ['1992-05-15', 'Armenia is a member of CSTO <img src=x onerror="window.__pwned = \'onerror\'">.'],
      ['2021-03-01', 'Russia supports Armenia.'],
      ['2022-11-23', 'Yerevan summit (Event).'],
    ]);
  });

  it('narrates each hop of a traced path from the end it is walked from, with the ontology phrase', () => {
    expect(b.paths).toHaveLength(1);
    expect(b.paths[0]!.title).toMatch(/^Path 1: Armenia to Russia$/);
    // Armenia → CSTO along MEMBER_OF; then CSTO → Russia against it: the inverse phrase.
    expect(b.paths[0]!.sentences.map((s) => s.text)).toEqual([
      'Armenia is a member of CSTO <img src=x onerror="window.__pwned = \'onerror\'">.',
      'CSTO <img src=x onerror="window.__pwned = \'onerror\'"> has Russia as a member.',
    ]);
  });

  it('footnotes every cited sentence once per document and quote, with document, date, grade and quote', () => {
    const [first, second] = b.paths[0]!.sentences;
    expect(first!.cites).toEqual([1]);
    expect(second!.cites).toEqual([2, 3]);
    // the same claim cited by the event and the path is one footnote
    expect(b.events[0]!.sentence.cites).toEqual([1]);
    expect(b.footnotes.map((f) => [f.n, f.document.slice(0, 14), f.date, f.grade, f.quote.slice(0, 16)])).toEqual([
      [1, 'Summit report ', '2022-11-23', 'B2', 'Armenia is a mem'],
      [2, 'Summit report ', '2022-11-23', 'B2', 'Russia leads the'],
      [3, 'Interview', '2023-01-10', 'F4', 'Moscow remains t'],
    ]);
    expect(b.footnotes[2]!.attributedTo).toBe('many experts');
  });

  it('leaves a sentence with no recorded source uncited (the renderers say so)', () => {
    expect(b.events[1]!.sentence.cites).toEqual([]);
  });

  it('keeps notes, annotations and what has gone', () => {
    expect(b.notes).toEqual([{ about: 'Armenia', text: expect.stringContaining('Check this') }]);
    expect(b.annotations).toHaveLength(1);
    expect(b.missing).toEqual(['Node Gone Ltd']);
  });

  it('falls back to the type name without an ontology', () => {
    const plain = buildBriefing(briefingFixture({ phrases: () => undefined }));
    expect(plain.paths[0]!.sentences.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Armenia MEMBER_OF CSTO/),
      expect.stringMatching(/^CSTO .* ← MEMBER_OF ← Russia\.$/),
    ]);
  });

  it('embeds only a PNG data URL as the image', () => {
    expect(safeImage(TINY_PNG)).toBe(TINY_PNG);
    expect(safeImage('https://example.org/x.png')).toBeNull();
    expect(safeImage('data:image/png;base64,AAAA" onerror="x')).toBeNull();
    expect(safeImage('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull();
  });
});
