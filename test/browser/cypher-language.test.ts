/** Neo4j's Cypher language support in the editor: loaded on first use, it lints and completes labels from the schema (signature help: test/browser/cypher-plan.test.ts). */
import { describe, expect, it } from 'vitest';
import { hasText, screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

describe('Cypher language support', { timeout: 180_000 }, () => {
  it('lints a broken query and completes labels from the schema', async () => {
    const t = await app.open();
    const { page } = t;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.click('#tab-cypher');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('MATCH (n:Country) RETURN n LIMT 5');
    await hasText(page.locator('#cypher-assist .cypher-lint'), /Error: .*/);
    // It came in its own chunk, after the page was ready.
    expect(scripts.some((u) => /\/assets\/src-[\w-]+\.js$/.test(u))).toBe(true);

    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('MATCH (n:Cou');
    await page.keyboard.press('Control+Space');
    await hasText(page.locator('.cm-tooltip-autocomplete'), 'Country');
    // One list: Neo4j's completion, not ours beside it.
    expect(await page.locator('.cm-tooltip-autocomplete li', { hasText: /^Country/ }).count()).toBe(1);
    await screenshot(page, 'cypher-language-support');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
