/** The configuration keys of the hardening (issue 21): host names, proxy trust, limits. */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../server/config.ts';
import { hostName } from '../../../server/middleware/known-hosts.ts';
import { jsonDepthExceeds } from '../../../server/middleware/json-body.ts';

describe('hardening configuration', () => {
  it('defaults: loopback only, no proxy trusted, one expensive request per client, four in all', () => {
    expect(parseConfig({})).toMatchObject({
      ALLOWED_HOSTS: [],
      TRUST_PROXY: false,
      EXPENSIVE_PER_CLIENT: 1,
      EXPENSIVE_TOTAL: 4,
      QUERY_TIMEOUT_MS: 15_000,
      BODY_TIMEOUT_MS: 10_000,
    });
  });

  it('ALLOWED_HOSTS: comma-separated names, lower-cased; a port or a URL is refused with its name', () => {
    expect(parseConfig({ ALLOWED_HOSTS: 'Explorer.Example.org, other.example' }).ALLOWED_HOSTS).toEqual([
      'explorer.example.org',
      'other.example',
    ]);
    for (const bad of ['explorer.example.org:443', 'https://explorer.example.org', 'a b']) {
      expect(() => parseConfig({ ALLOWED_HOSTS: bad })).toThrow(/ALLOWED_HOSTS/);
    }
  });

  it('TRUST_PROXY: false, a hop count or addresses, never true', () => {
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toBe('loopback');
    expect(() => parseConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
  });

  it('keeps expensive requests below the driver pool of 50', () => {
    expect(() => parseConfig({ EXPENSIVE_TOTAL: '50' })).toThrow(/EXPENSIVE_TOTAL/);
  });
});

describe('request checks', () => {
  it('reads the host name of a Host header, and nothing from a malformed one', () => {
    expect(hostName('LocalHost:3000')).toBe('localhost');
    expect(hostName('[::1]:80')).toBe('[::1]');
    expect(hostName('user@localhost')).toBeUndefined();
    expect(hostName('localhost/path')).toBeUndefined();
    expect(hostName(undefined)).toBeUndefined();
  });

  it('counts JSON depth without counting brackets inside strings', () => {
    expect(jsonDepthExceeds('{"a": [[1]]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a": [[[1]]]}', 3)).toBe(true);
    expect(jsonDepthExceeds(`{"a": "${'['.repeat(100)}\\"${'{'.repeat(100)}"}`, 1)).toBe(false);
  });
});
