/** The Cypher editor's answer beside the scene or instead of it (the "Replace the scene" toggle), and undo bringing the scene back. */
import { describe, expect, it } from 'vitest';
import { eventually, idle, sceneNodes, screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

const QUERY = 'MATCH (p:Person)-[r:LEADS]->(c:Country) RETURN p, r, c';

describe('Cypher results on the canvas', { timeout: 180_000 }, () => {
  it('adds the answer to the scene, or replaces the scene with it, as one undo step', async () => {
    const t = await app.open();
    const { page } = t;
    const first = (await sceneNodes(page)).map((n) => n.id);
    await page.click('#tab-cypher');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(QUERY);

    await page.click('#cypher-run');
    await page.locator('.result-summary').waitFor({ timeout: 60_000 });
    await idle(page);
    const added = (await sceneNodes(page)).map((n) => n.id);
    expect(added).toEqual(expect.arrayContaining(first));
    expect(added.length).toBeGreaterThan(first.length);

    await page.check('#cypher-replace');
    await page.click('#cypher-run');
    await idle(page);
    const answer = await page.evaluate(async (query) => {
      const res = await fetch('/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return ((await res.json()) as { graph: { nodes: { id: string }[] } }).graph.nodes.map((n) => n.id);
    }, QUERY);
    await eventually(async () => expect((await sceneNodes(page)).map((n) => n.id).sort()).toEqual([...new Set(answer)].sort()));
    await screenshot(page, 'cypher-replace');

    await page.click('[data-action="undo"]');
    await idle(page);
    expect((await sceneNodes(page)).map((n) => n.id).sort()).toEqual([...added].sort());
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
