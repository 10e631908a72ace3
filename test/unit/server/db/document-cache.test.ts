/** The cited-document cache: per database, and forgotten after its minute. */
import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../../../server/db/document-cache.ts';

const doc = (key: string, title: string) => ({
  key,
  id: `4:x:${key}`,
  title,
  publisher: null,
  date: null,
  reliability: 'F' as const,
  kind: null,
  reprints: null,
});

describe('DocumentCache', () => {
  it('keeps a document per database: the same key elsewhere is another document', () => {
    const cache = new DocumentCache();
    cache.set('neo4j', doc('afp', 'Summit'));
    expect(cache.get('neo4j', 'afp')?.title).toBe('Summit');
    expect(cache.get('other', 'afp')).toBeUndefined();
    expect(cache.get('neo4j', 'rfe')).toBeUndefined();
  });

  it('forgets a document after a minute, so a re-imported title shows', () => {
    const clock = { ms: 1_000, now: () => clock.ms };
    const cache = new DocumentCache(clock);
    cache.set('neo4j', doc('afp', 'Summit'));
    clock.ms += 59_000;
    expect(cache.get('neo4j', 'afp')?.title).toBe('Summit');
    clock.ms += 2_000;
    expect(cache.get('neo4j', 'afp')).toBeUndefined();
  });
});
