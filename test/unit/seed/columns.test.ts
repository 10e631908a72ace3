/** The bulk import's rows as columns (seed/columns.ts): what write-relationships.cypher reads. */
import { describe, expect, it } from 'vitest';
import { cypherWithSlots } from '../../../server/db/cypher-files.ts';
import { toColumns } from '../../../seed/columns.ts';
import { quoteNewIdentifier } from '../../../server/db/index.ts';

describe('toColumns', () => {
  it('gives each property name one sorted column, null where a row has none, and leaves out the key', () => {
    const { props, columns } = toColumns(
      [
        { key: 'a', title: 'first', sources: ['doc-1'] },
        { key: 'b', role: 'host', sources: ['doc-2'] },
      ],
      'key',
    );
    expect(props).toEqual([
      { prop: '`role`', index: '0' },
      { prop: '`sources`', index: '1' },
      { prop: '`title`', index: '2' },
    ]);
    expect(columns).toEqual({
      column0: [null, 'host'],
      column1: [['doc-1'], ['doc-2']],
      column2: ['first', null],
    });
  });

  it('refuses a property name that is not a plain identifier, so nothing else is spliced into the statement', () => {
    expect(() => toColumns([{ key: 'a', 'x` }) DETACH DELETE (n': 1 }], 'key')).toThrow(/not a plain identifier/);
  });

  it('writes one map entry per column into write-relationships.cypher', () => {
    const { props } = toColumns([{ key: 'a', role: 'host', title: 't' }], 'key');
    const text = cypherWithSlots('write-relationships', { type: quoteNewIdentifier('HOSTS', 'relationship type') }, { props });
    expect(text).toContain('{key: $keys[i], `role`: $column0[i], `title`: $column1[i]} AS props');
    expect(text).not.toMatch(/\{\{/);
  });
});
