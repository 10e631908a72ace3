/**
 * Causal consistency across our own sessions: the editing endpoints' write transactions and the
 * ad-hoc Cypher endpoint's READ transaction share driver.executeQuery's bookmark manager, which
 * the other reads use. On a single server this changes nothing; on a cluster a read after an
 * edit then waits for a member that has the edit. Observed on the real driver and database.
 */
import request from 'supertest';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { inWriteTransaction } from '../../server/db/write.ts';
import { testDatabase, testDriver, uniqueSuffix } from '../helpers/database.ts';
import { testApp } from '../helpers/api-app.ts';

describe('bookmarks', () => {
  const driver = testDriver();
  const { database } = testDatabase();
  const id = `bookmark-probe-${uniqueSuffix()}`;
  afterAll(async () => {
    await inWriteTransaction(driver, database, (tx) => tx.run('case-delete', { id }));
    await driver.close();
  });

  it("a write transaction leaves its bookmark with executeQuery's bookmark manager", async () => {
    const manager = driver.executeQueryBookmarkManager;
    const before = new Set(await manager.getBookmarks());
    const content = JSON.stringify({ probe: true });
    await inWriteTransaction(driver, database, (tx) =>
      tx.run('case-create', { id, title: 'bookmark probe', content, nodeCount: 0, edgeCount: 0 }),
    );
    const after = [...(await manager.getBookmarks())];
    expect(after.some((b) => !before.has(b))).toBe(true);
  });

  it("an ad-hoc query's READ transaction runs in a session on that manager", async () => {
    const t = testApp();
    try {
      // Other reads of the same request go through executeQuery, so the manager alone tells
      // nothing: the session the endpoint opens must carry it.
      const sessions = vi.spyOn(t.driver, 'session');
      await request(t.app).post('/api/cypher').send({ query: 'RETURN 1 AS one' }).expect(200);
      const adHoc = sessions.mock.calls.map(([config]) => config).filter((c) => c?.defaultAccessMode === 'READ');
      expect(adHoc.length).toBeGreaterThan(0);
      for (const config of adHoc) expect(config?.bookmarkManager).toBe(t.driver.executeQueryBookmarkManager);
    } finally {
      await t.close();
    }
  });
});
