import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../server/config.ts';

describe('parseConfig', () => {
  it('gives working defaults with nothing configured', () => {
    const c = parseConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.NEO4J_DATABASE).toBe('neo4j');
    expect(c.RATE_LIMIT_PER_MINUTE).toBeGreaterThan(0);
    expect(c.CORS_ORIGINS).toEqual([]);
  });

  it.each(['bolt://db:7687', 'neo4j://cluster.example:7687', 'neo4j+s://abc.databases.example', 'bolt+s://h:7687', 'bolt+ssc://h'])(
    'accepts the URI %s',
    (uri) => {
      expect(parseConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }).NEO4J_URI).toBe(uri);
    },
  );

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /NEO4J_URI must be a bolt/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD is required/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, /RATE_LIMIT_PER_MINUTE/],
    [{ NEO4J_DATABASE: 'a b' }, /NEO4J_DATABASE/],
    [{ API_TOKEN: 'short' }, /API_TOKEN must be at least 16/],
    [{ EDITOR_TOKEN: 'short' }, /EDITOR_TOKEN must be at least 16/],
    [{ API_TOKEN: 'the-same-token-twice', EDITOR_TOKEN: 'the-same-token-twice' }, /EDITOR_TOKEN must differ from API_TOKEN/],
    [{ EDITOR_COOKIE: 'yes' }, /EDITOR_COOKIE/],
  ])('rejects %o with one line naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    try {
      parseConfig(env);
    } catch (e) {
      expect((e as Error).message).toMatch(message);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig({ PORT: '', NEO4J_URI: '' }).PORT).toBe(3000);
  });

  it('RATE_LIMIT_PER_MINUTE=0 turns rate limiting off', () => {
    expect(parseConfig({ RATE_LIMIT_PER_MINUTE: '0' }).RATE_LIMIT_PER_MINUTE).toBe(0);
  });
});
