/** The one claim format: what the loader stores is what the mapper reads back, field for field. */
import { describe, expect, it } from 'vitest';
import { CLAIM_PROPERTY_KEYS, ClaimEntry, claimsFromProperties, claimsToProperties, type StoredClaim } from '../../../contract/claims.ts';

const claims: StoredClaim[] = [
  { document: 'doc-a', quote: 'X said so.', start: 10, end: 20, speaker: 'person-x', attributed: true, attributedTo: null, credibility: 3 },
  {
    document: 'doc-b',
    quote: 'Many experts agree.',
    start: -1,
    end: -1,
    speaker: null,
    attributed: true,
    attributedTo: 'many experts',
    credibility: 6,
  },
];

describe('claims', () => {
  it('round-trips through the stored parallel lists, absent speakers stored as empty strings', () => {
    const props = claimsToProperties(claims);
    // `denies` is stored only when some claim denies its relationship
    expect(Object.keys(props).sort()).toEqual(CLAIM_PROPERTY_KEYS.filter((k) => k !== 'denies').sort());
    expect(props.speakers).toEqual(['person-x', '']);
    expect(claimsFromProperties(props)).toEqual(claims);
  });

  it('stores a denial beside affirming claims, and reads it back', () => {
    const both: StoredClaim[] = [claims[0]!, { ...claims[1]!, denies: true }];
    const props = claimsToProperties(both);
    expect(props.denies).toEqual([false, true]);
    expect(claimsFromProperties(props)).toEqual(both);
  });

  it('stores nothing for no claims, and reads nothing from a relationship without them', () => {
    expect(claimsToProperties([])).toEqual({});
    expect(claimsFromProperties({ since: 2000 })).toBeUndefined();
  });

  it('an import entry defaults to the narrator’s own claim of undecided credibility, and refuses a grade outside 1-6', () => {
    expect(ClaimEntry.parse({ document: 'doc-a', quote: 'X said so.' })).toEqual({
      document: 'doc-a',
      quote: 'X said so.',
      attributed: false,
      credibility: 6,
    });
    expect(ClaimEntry.safeParse({ document: 'doc-a', quote: 'X said so.', credibility: 0 }).success).toBe(false);
    expect(ClaimEntry.safeParse({ document: 'doc-a', quote: 'X said so.', credibility: 2.5 }).success).toBe(false);
  });
});
