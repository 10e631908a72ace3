import { describe, expect, it } from 'vitest';
import { edgeEvidence, levelOf, normalizedQuote, originOf, type DocumentInput } from '../../../../server/evidence/confidence.ts';

const docs = new Map<string, DocumentInput>([
  ['wire', { reliability: 'B', reprints: null }],
  ['paper', { reliability: 'C', reprints: 'wire' }],
  ['digest', { reliability: 'D', reprints: 'paper' }],
  ['analysis', { reliability: 'F', reprints: null }],
  ['ministry', { reliability: 'A', reprints: null }],
]);

describe('edgeEvidence', () => {
  it('counts a reprint with its original, and follows a chain of reprints', () => {
    const e = edgeEvidence(
      [
        { documentKey: 'wire', quote: 'Alphaland backs Betaland.' },
        { documentKey: 'paper', quote: 'Alphaland, the agency says, backs Betaland.' },
        { documentKey: 'digest', quote: 'Alphaland supports Betaland.' },
      ],
      docs,
    );
    expect(e.independentSources).toBe(1);
    expect(e.sources[0]).toMatchObject({ origin: 'wire', documents: ['wire', 'paper', 'digest'], claims: [0, 1, 2], best: 0 });
    // B (0.75) × 6 (0.5): the strongest claim of the group
    expect(e.confidence).toBe(0.375);
    expect(e.level).toBe('unconfirmed');
  });

  it('counts the same words in two unrelated documents once', () => {
    const e = edgeEvidence(
      [
        { documentKey: 'analysis', quote: 'Alphaland backs Betaland.' },
        { documentKey: 'ministry', quote: 'alphaland  BACKS betaland' },
      ],
      docs,
    );
    expect(e.independentSources).toBe(1);
    // the group scores as its best claim: A (0.9) × 6 (0.5)
    expect(e.confidence).toBe(0.45);
  });

  it('combines independent sources as 1 − Π(1 − score)', () => {
    const e = edgeEvidence(
      [
        { documentKey: 'wire', quote: 'Alphaland backs Betaland.', credibility: 2 },
        { documentKey: 'analysis', quote: 'Betaland has a patron in Alphaland.', credibility: 3, attributed: true },
      ],
      docs,
    );
    expect(e.independentSources).toBe(2);
    // wire: 0.75 × 0.8 = 0.6; analysis: 0.5 × 0.6 × 0.8 = 0.24; 1 − 0.4 × 0.76 = 0.696
    expect(e.sources.map((s) => s.score)).toEqual([0.6, 0.24]);
    expect(e.sources[1]).toMatchObject({ reliability: 'F', credibility: 3, attributed: true, attributionWeight: 0.8 });
    expect(e.confidence).toBe(0.696);
    expect(e.level).toBe('tentative');
  });

  it('grades an unknown document F and an ungraded claim 6', () => {
    const e = edgeEvidence([{ documentKey: 'nowhere', quote: 'Something happened.' }], docs);
    expect(e.sources[0]).toMatchObject({ reliability: 'F', credibility: 6, score: 0.25 });
    expect(e.level).toBe('unconfirmed');
  });

  it('never counts a denial as support', () => {
    const e = edgeEvidence(
      [
        { documentKey: 'ministry', quote: 'Alphaland backs Betaland.', credibility: 1 },
        { documentKey: 'analysis', quote: 'Alphaland did not back Betaland.', denies: true },
      ],
      docs,
    );
    expect(e).toMatchObject({ independentSources: 1, claims: 1, denials: 1, confidence: 0.855, level: 'confirmed' });
  });

  it('gives no support and no confidence when every claim denies', () => {
    const e = edgeEvidence([{ documentKey: 'wire', quote: 'It did not happen.', denies: true }], docs);
    expect(e).toMatchObject({ independentSources: 0, confidence: 0, level: 'unconfirmed', sources: [] });
  });
});

describe('the parts', () => {
  it('ends a cycle of reprints where it closes', () => {
    const cyc = new Map<string, DocumentInput>([
      ['a', { reliability: 'F', reprints: 'b' }],
      ['b', { reliability: 'F', reprints: 'a' }],
    ]);
    expect(originOf('a', cyc)).toBe('b');
    expect(originOf('wire', docs)).toBe('wire');
    expect(originOf('digest', docs)).toBe('wire');
  });

  it('compares words case-, space- and punctuation-blind', () => {
    expect(normalizedQuote(' Alphaland, backs\u00a0BETALAND! ')).toBe('alphaland backs betaland');
  });

  it('draws the levels at 0.7 and 0.4', () => {
    expect([0.7, 0.699, 0.4, 0.399, 0].map(levelOf)).toEqual(['confirmed', 'tentative', 'tentative', 'unconfirmed', 'unconfirmed']);
  });
});
