/**
 * The guard's remembered verdicts: exact keys (text, prefix, database, server version, parameter
 * types), bounded, and a server version taken from answers or asked once. No database: the
 * driver is replaced by an object with the one method the cache calls, counted.
 */
import { describe, expect, it } from 'vitest';
import type { Driver } from '../../../../server/db/driver.ts';
import { VerdictCache, typeSignature, type VerdictKey } from '../../../../server/cypher-guard/verdict-cache.ts';

const key = (over: Partial<VerdictKey> = {}): VerdictKey => ({
  query: 'MATCH (n:Entity {key: $key}) RETURN n',
  mode: null,
  database: 'neo4j',
  serverVersion: 'Neo4j/5.26.0',
  params: { key: 'a' },
  ...over,
});

describe('VerdictCache', () => {
  it('remembers a pass for the exact text, prefix, database, server version and parameter types only', () => {
    const c = new VerdictCache();
    c.remember(key());
    expect(c.passed(key())).toBe(true);
    expect(c.passed(key({ params: { key: 'another value' } }))).toBe(true);
    expect(c.passed(key({ serverVersion: 'Neo4j/2026.08.1' }))).toBe(false);
    expect(c.passed(key({ database: 'other' }))).toBe(false);
    expect(c.passed(key({ mode: 'PROFILE' }))).toBe(false);
    expect(c.passed(key({ query: 'MATCH (n:Entity {key: $key}) RETURN n ' }))).toBe(false);
    expect(c.passed(key({ query: 'match (n:Entity {key: $key}) RETURN n' }))).toBe(false);
    expect(c.passed(key({ params: { key: 1 } }))).toBe(false);
    expect(c.passed(key({ params: { key: 'a', extra: 'b' } }))).toBe(false);
    c.forget(key());
    expect(c.passed(key())).toBe(false);
  });

  it('keeps at most its bound of texts, dropping the least recently used', () => {
    const c = new VerdictCache({ max: 3 });
    for (const i of [1, 2, 3]) c.remember(key({ query: `RETURN ${i}` }));
    expect(c.passed(key({ query: 'RETURN 1' }))).toBe(true);
    c.remember(key({ query: 'RETURN 4' }));
    expect(c.size).toBe(3);
    expect(c.passed(key({ query: 'RETURN 2' }))).toBe(false);
    expect(c.passed(key({ query: 'RETURN 1' }))).toBe(true);
  });

  it('types parameters as Neo4j plans for them: integers, floats, lists and maps recursively', () => {
    expect(typeSignature(1)).toBe('int');
    expect(typeSignature(1.5)).toBe('float');
    expect(typeSignature(null)).toBe('null');
    expect(typeSignature(['a', 2, 'b'])).toBe('list<int|string>');
    expect(typeSignature({ b: [true], a: { c: 'x' } })).toBe('map{"a":map{"c":string},"b":list<boolean>}');
  });

  it('asks the driver for the server version once for concurrent requests, then takes it from answers', async () => {
    let asked = 0;
    const driver = {
      getServerInfo: async () => {
        asked++;
        return { agent: 'Neo4j/5.26.0' };
      },
    } as unknown as Driver;
    const c = new VerdictCache();
    const versions = await Promise.all([c.serverVersion(driver, 'neo4j'), c.serverVersion(driver, 'neo4j')]);
    expect(versions).toEqual(['Neo4j/5.26.0', 'Neo4j/5.26.0']);
    expect(asked).toBe(1);
    c.observe('Neo4j/2026.08.1');
    expect(await c.serverVersion(driver, 'neo4j')).toBe('Neo4j/2026.08.1');
    expect(asked).toBe(1);
    c.forgetVersion();
    expect(await c.serverVersion(driver, 'neo4j')).toBe('Neo4j/5.26.0');
    expect(asked).toBe(2);
  });
});
