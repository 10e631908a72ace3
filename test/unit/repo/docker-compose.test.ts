/**
 * docker-compose.yml, checked without Docker (our CI machines have no engine): no fallback
 * password, the managed server's hardening as NEO4J_ settings, and the app's ALLOWED_HOSTS.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..', '..');
const text = readFileSync(resolve(root, 'docker-compose.yml'), 'utf8');
const compose = parse(text) as { services: Record<string, { image?: string; environment: Record<string, string> }> };
const neo4j = compose.services.neo4j!.environment;
const app = compose.services.app!.environment;

describe('docker-compose.yml', () => {
  it('refuses to start without NEO4J_PASSWORD (no fixed fallback)', () => {
    expect(neo4j.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD}');
    expect(app.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD:?set NEO4J_PASSWORD}');
    expect(text).not.toMatch(/NEO4J_PASSWORD:-/);
  });

  it('hardens Neo4j as the managed server is hardened', () => {
    expect(neo4j).toMatchObject({
      NEO4J_server_directories_import: '/import',
      NEO4J_dbms_security_allow__csv__import__from__file__urls: 'false',
      NEO4J_internal_dbms_cypher__ip__blocklist: '0.0.0.0/0,::/0',
      NEO4J_dbms_usage__report_enabled: 'false',
      NEO4J_dbms_cypher_forbid__exhaustive__shortestpath: 'true',
      NEO4J_db_transaction_timeout: expect.stringMatching(/^\d+s$/),
      NEO4J_db_memory_transaction_max: expect.stringMatching(/^\d+[mg]$/),
      NEO4J_dbms_memory_transaction_total_max: expect.stringMatching(/^\d+[mg]$/),
    });
    expect(compose.services.neo4j!.image).toMatch(/^neo4j:[\d.]+-community$/);
  });

  it('sets the app’s ALLOWED_HOSTS and binds its ports to loopback only', () => {
    expect(app).toHaveProperty('ALLOWED_HOSTS');
    expect(text).not.toMatch(/^\s+- '?\d+:\d+'?$/m);
  });
});
