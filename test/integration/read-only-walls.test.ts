/**
 * The two walls of the ad-hoc endpoint against the real server, beyond the plan check: Neo4j
 * refuses writes in a READ transaction on its own, and a query over the memory limit is answered
 * once (the endpoint does not use the retrying helpers, which would retry it for 30 s).
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { translateCypherError } from '../../server/db/cypher-errors.ts';
import { HttpError } from '../../server/errors.ts';
import { testDatabase } from '../helpers/database.ts';
import { readOnlyTestApp } from '../helpers/api-app.ts';

const t = readOnlyTestApp({ CYPHER_TIMEOUT_MS: '60000' });

describe('wall 1: the READ transaction', () => {
  it('is refused by Neo4j itself for a write, which the guard reports as 403 cypher_not_read_only', async () => {
    const session = t.driver.session({ database: t.database, defaultAccessMode: 'READ' });
    const tx = await session.beginTransaction({ timeout: 5000 });
    const error = await tx
      .run('CREATE (:WallProbe {x: 1})')
      .summary()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    await tx.rollback().catch(() => undefined);
    await session.close();
    expect((error as { code?: string }).code).toBe('Neo.ClientError.Statement.AccessMode');
    const http = translateCypherError(error);
    expect(http).toBeInstanceOf(HttpError);
    expect(http).toMatchObject({ status: 403, code: 'cypher_not_read_only' });
  });
});

// The managed server caps a transaction's memory (db.memory.transaction.max); elsewhere this
// query could take the whole heap, so it runs only there.
describe.runIf(testDatabase().source === 'managed')('memory', () => {
  it('answers a query over the memory limit with 422 at once, without retrying it', async () => {
    const started = Date.now();
    const res = await request(t.app)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 100000000) AS x WITH collect(x) AS c RETURN size(c)' })
      .expect(422);
    expect(res.body.error.code).toBe('query_too_large');
    expect(Date.now() - started).toBeLessThan(25_000);
  });
});
