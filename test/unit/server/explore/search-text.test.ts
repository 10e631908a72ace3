/** The Lucene query built from user text, and which name a search matched: no database needed. */
import fc from '../../../helpers/fast-check.ts';
import { describe, expect, it } from 'vitest';
import { luceneQuery, searchTerms } from '../../../../server/explore/lucene-query.ts';
import { matchedName } from '../../../../server/explore/matched-name.ts';

/** One clause per word: `(w^4 OR w*)` or `(w^4 OR w* OR w~N)`, words of letters and digits only. */
const CLAUSE = /^\(([\p{L}\p{N}]+)\^4 OR \1\*(?: OR \1~[12])?\)$/u;

describe('luceneQuery', () => {
  it('turns words into prefix-and-fuzzy clauses', () => {
    expect(luceneQuery('Tokaev')).toBe('(tokaev^4 OR tokaev* OR tokaev~1)');
    expect(luceneQuery('Kassym-Jomart')).toBe('(kassym^4 OR kassym* OR kassym~1) AND (jomart^4 OR jomart* OR jomart~1)');
    expect(luceneQuery('un')).toBe('(un^4 OR un*)');
    expect(luceneQuery('Collective')).toBe('(collective^4 OR collective* OR collective~2)');
  });

  it('folds fullwidth letters and keeps other scripts', () => {
    expect(searchTerms('ＣＳＴＯ ОДКБ')).toEqual(['csto', 'одкб']);
  });

  it('gives null when there is no word to search for', () => {
    expect(luceneQuery('( ) ! ^ [ ] + - " ~ * ? : \\ / && ||')).toBeNull();
    expect(luceneQuery('   ')).toBeNull();
  });

  it('never lets Lucene syntax through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const query = luceneQuery(text);
        for (const clause of query?.split(' AND ') ?? []) expect(clause).toMatch(CLAUSE);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps at most 8 words', () => {
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('matchedName', () => {
  const tokayev = { name: 'Kassym-Jomart Tokayev', aliases: ['Kasym-Jomart Tokayev', 'Tokaev', 'Tokayev'] };

  it('prefers an exact alias, then prefixes, then the closest spelling', () => {
    expect(matchedName(tokayev, 'tokaev')).toBe('Tokaev');
    expect(matchedName(tokayev, 'Kassym')).toBe('Kassym-Jomart Tokayev');
    expect(matchedName(tokayev, 'Kasym Tokayev')).toBe('Kasym-Jomart Tokayev');
    expect(matchedName(tokayev, 'Tokaevv')).toBe('Tokaev');
  });

  it('ignores case and diacritics, and copes with nodes without names', () => {
    expect(matchedName({ name: 'Turkey', aliases: ['Türkiye'] }, 'turkiye')).toBe('Türkiye');
    expect(matchedName({ count: 3 }, 'x')).toBeNull();
    expect(matchedName({ name: 'X' }, '   ')).toBeNull();
  });
});
