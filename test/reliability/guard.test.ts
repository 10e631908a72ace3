/**
 * The ad-hoc Cypher guard against the catalogue in guard-catalogue.ts: each attempt gets its
 * status (a time-out within a bounded time), refusals say why, nothing leaks into JavaScript's prototypes,
 * and the database fingerprint is unchanged after every one.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/api-app.ts';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';
import { ATTEMPTS } from './guard-catalogue.ts';

// Attempts that must hit the time limit get a 1 s limit; every other one a generous limit, so
// an answer that is expected (200, or a refusal) never depends on how busy the machine is.
const limited = testApp({ CYPHER_TIMEOUT_MS: '1000', CYPHER_MAX_ROWS: '100' });
const t = testApp({ CYPHER_TIMEOUT_MS: '60000', CYPHER_MAX_ROWS: '100' });
let before: Fingerprint;
beforeAll(async () => {
  before = await fingerprint(t.driver, t.database);
});
afterAll(async () => {
  await Promise.all([t.close(), limited.close()]);
});

const REFUSALS = [
  'cypher_not_read_only',
  'cypher_forbidden_operation',
  'cypher_syntax_error',
  'cypher_error',
  'invalid_request',
  'reserved_key',
  'json_too_deep',
];
const LIMITS = ['query_timeout', 'query_too_large'];

describe(`the Cypher guard holds against ${ATTEMPTS.length} more attempts`, () => {
  it.each(ATTEMPTS)(
    '$name → $expectedStatus',
    async (a) => {
      const started = Date.now();
      const res = await request(a.expectedStatus === 422 ? limited.app : t.app)
        .post('/api/cypher')
        .send({ query: a.query, params: a.params ?? {} });
      expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(a.expectedStatus);
      if (a.expectedStatus === 200) {
        expect(res.body.summary.truncated).toBe(a.truncated === true);
      } else {
        expect(a.expectedStatus === 422 ? LIMITS : REFUSALS).toContain(res.body.error.code);
        expect(res.body.error.message.length).toBeGreaterThan(10);
      }
      // A timed-out query is answered by our own deadline: its 1 s limit plus 5 s (run-read-only.ts), plus slack.
      if (a.expectedStatus === 422) expect(Date.now() - started).toBeLessThan(20_000);
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      expect(await fingerprint(t.driver, t.database)).toEqual(before);
    },
    90_000,
  );
});
