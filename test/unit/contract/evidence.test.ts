import { describe, expect, it } from 'vitest';
import { independentSources, meetsLevel, type EdgeEvidence } from '../../../contract/evidence.ts';

const at = (level: EdgeEvidence['level'], n = 1): { evidence: EdgeEvidence } => ({
  evidence: { independentSources: n, claims: n, denials: 0, confidence: 0.5, level, sources: [] },
});

describe('reading an edge’s evidence', () => {
  it('gives the corroboration count, 0 for an edge that records no sources', () => {
    expect(independentSources(at('tentative', 3))).toBe(3);
    expect(independentSources({})).toBe(0);
  });

  it('orders the levels confirmed > tentative > unconfirmed; an edge without evidence always passes', () => {
    expect(meetsLevel(at('confirmed'), 'tentative')).toBe(true);
    expect(meetsLevel(at('tentative'), 'tentative')).toBe(true);
    expect(meetsLevel(at('unconfirmed'), 'tentative')).toBe(false);
    expect(meetsLevel(at('tentative'), 'confirmed')).toBe(false);
    expect(meetsLevel(at('unconfirmed'), 'unconfirmed')).toBe(true);
    expect(meetsLevel({}, 'confirmed')).toBe(true);
  });
});
