/** The one place text reaches a Cypher statement: checked, quoted fragments in marked slots only. */
import { describe, expect, it } from 'vitest';
import { cypherWithSlots } from '../../../../server/db/cypher-files.ts';
import { checkedInteger, quoteIdentifier, quoteNewIdentifier, UnknownIdentifierError } from '../../../../server/db/identifiers.ts';

describe('quoting labels and types', () => {
  it('quotes names the live schema knows, doubling backticks', () => {
    expect(quoteIdentifier('MEMBER_OF', new Set(['MEMBER_OF']), 'type')).toBe('`MEMBER_OF`');
    expect(quoteIdentifier('we`ird', new Set(['we`ird']), 'label')).toBe('`we``ird`');
  });

  it('refuses names the schema does not know', () => {
    expect(() => quoteIdentifier('Person`) DETACH DELETE n //', new Set(['Person']), 'label')).toThrow(UnknownIdentifierError);
  });

  it.each(['', 'has space', 'a`b', '1Country', 'x'.repeat(101), 'Ünïcode', 'A-B'])('refuses %j as a new identifier', (name) => {
    expect(() => quoteNewIdentifier(name, 'label')).toThrow(UnknownIdentifierError);
  });
});

describe('checked integers', () => {
  it.each([0, 9, 1.5, NaN, -1, Infinity])('refuses %s outside 1-8', (n) => {
    expect(() => checkedInteger(n, 1, 8, 'maxHops')).toThrow('maxHops must be an integer from 1 to 8');
  });

  it('fills a statement’s slots and nothing else', () => {
    const text = cypherWithSlots('paths-all-shortest', { maxHops: checkedInteger(3, 1, 8, 'maxHops') });
    expect(text).toContain('{1,3}');
    expect(text).not.toContain('{{');
    expect(() => cypherWithSlots('paths-all-shortest', {})).toThrow('no value for slot {{maxHops}}');
  });
});
