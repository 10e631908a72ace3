/**
 * The Cypher panel's plan view and signature help, in a real Chromium against the real server:
 * Plan shows the EXPLAIN tree (not run), Profile the PROFILE tree with db hits, totals and the
 * most expensive operator marked; subtrees fold; it reads at 1440 and 390 px without sideways
 * scroll. Typing `RETURN toUpper(` shows the function's signature in a tooltip with the
 * parameter highlighted, and completion lists functions with their signatures.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, hasText, screenshot, screenshotDir, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

const QUERY = 'MATCH (c:Country)-[r:MEMBER_OF]->(o:Organization)\nWHERE o.name IS NOT NULL\nRETURN c.name, o.name ORDER BY c.name';

async function typeQuery(page: Page, text: string): Promise<void> {
  // Focus, not a click: a click may land on the signature tooltip above the text.
  await page.focus('#cypher-editor .cm-content');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

/** Nothing wider than the window. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const w = window.innerWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > w) out.push(`html ${document.documentElement.scrollWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('#cypher-plan, #cypher-plan *')) {
      const r = el.getBoundingClientRect();
      if (r.width && r.right > w + 1) out.push(`${el.className} ends at ${Math.round(r.right)}`);
    }
    const panel = document.querySelector<HTMLElement>('#panel-cypher');
    if (panel && panel.scrollWidth > panel.clientWidth + 1) out.push(`panel ${panel.scrollWidth} > ${panel.clientWidth}`);
    return out;
  });

describe('Cypher plan view and signature help', { timeout: 400_000 }, () => {
  it('Plan shows the EXPLAIN tree, Profile the profiled tree with db hits and the most expensive operator, subtrees fold', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-cypher');
    await typeQuery(page, QUERY);

    await page.click('#cypher-explain');
    await hasText(page.locator('#cypher-plan .plan-totals'), /Plan: .*operators.*not run \(EXPLAIN\)/);
    await hasText(page.locator('.result-summary'), 'Planned, not run');
    const explained = page.locator('#cypher-plan .plan-operator');
    expect(await explained.first().textContent()).toBe('ProduceResults');
    expect(await page.locator('#cypher-plan .plan-estimated').count()).toBe(await explained.count());
    expect(await page.locator('#cypher-plan .plan-db-hits').count()).toBe(0);
    // The text in the editor keeps no prefix: the button asked for the plan.
    expect(await page.locator('#cypher-editor .cm-content').textContent()).not.toContain('EXPLAIN');

    await page.click('#cypher-profile');
    await hasText(page.locator('#cypher-plan .plan-totals'), /Profile: .*rows · [\d,]+ total db hits/);
    const operators = await page.locator('#cypher-plan .plan-node').count();
    expect(operators).toBeGreaterThan(2);
    expect(await page.locator('#cypher-plan .plan-db-hits').count()).toBe(operators);
    expect(await page.locator('#cypher-plan .plan-hot').count()).toBe(1);
    await hasText(page.locator('#cypher-plan .plan-hot .plan-hot-badge').first(), 'most expensive');
    // The rows ran too: the Table tab has them.
    await hasText(page.locator('.result-summary'), /^\d+ rows/);
    await page.locator('#cypher-plan').scrollIntoViewIfNeeded();
    await screenshot(page, 'cypher-profile-1440');
    await page.locator('#cypher-plan').screenshot({ path: join(screenshotDir, 'cypher-profile-1440-tree.png') });

    // Folding the root hides every operator under it; Expand all brings them back.
    await page.click('#cypher-plan .plan-tree > details > summary');
    expect(await page.locator('#cypher-plan .plan-node').filter({ visible: true }).count()).toBe(1);
    await page.click('#cypher-plan button:has-text("Expand all")');
    expect(await page.locator('#cypher-plan .plan-node').filter({ visible: true }).count()).toBe(operators);
    expect(await sideways(page)).toEqual([]);
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('reads at 390 px: the profile in the bottom sheet, nothing past the edge', async () => {
    const { page, errors } = await app.open('/', { width: 390, height: 844 });
    await page.click('#tab-cypher');
    await typeQuery(page, QUERY);
    await page.click('#cypher-profile');
    await hasText(page.locator('#cypher-plan .plan-totals'), /total db hits/);
    await page.locator('#cypher-plan .plan-hot').scrollIntoViewIfNeeded();
    expect(await sideways(page)).toEqual([]);
    await screenshot(page, 'cypher-profile-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the signature of toUpper while the caret is in its parentheses, and completes functions with their signatures', async () => {
    const t = await app.open();
    const { page } = t;
    // The editor asks for the server's functions and procedures when it loads (SHOW FUNCTIONS is slow on a cold server).
    const signatures = page.waitForResponse((r) => r.url().endsWith('/api/cypher/signatures'), { timeout: 120_000 });
    await page.click('#tab-cypher');
    await typeQuery(page, 'RETURN toUpper(');
    expect((await signatures).status()).toBe(200);
    const tip = page.locator('.cm-tooltip.cm-signature-help');
    // The first signature waits for the language library's chunk (8.8 MB), slow to load on a busy machine.
    await eventually(
      async () => expect(await tip.locator('.cm-signature-label').textContent({ timeout: 5_000 })).toMatch(/^toUpper\(input :: STRING\)/),
      180_000,
    );
    await hasText(tip.locator('.cm-signature-active'), 'input :: STRING');
    expect((await tip.locator('.cm-signature-doc').textContent())!.length).toBeGreaterThan(5);
    await screenshot(page, 'cypher-signature-help');

    // Out of the parentheses, the tooltip goes.
    await page.keyboard.type("'a') AS up");
    await page.waitForFunction(() => !document.querySelector('.cm-signature-help'), undefined, { timeout: 30_000 });

    // A procedure's signature too, the second parameter highlighted once the caret is past the comma.
    await typeQuery(page, "CALL db.index.fulltext.queryNodes('entity_names', ");
    await hasText(tip.locator('.cm-signature-label'), /^db\.index\.fulltext\.queryNodes\(/);
    await hasText(tip.locator('.cm-signature-active'), /^queryString :: STRING/);

    await typeQuery(page, 'RETURN toUpp');
    await page.keyboard.press('Control+Space');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'toUpper' }).first();
    await hasText(option, /toUpper\(input :: STRING\) :: STRING/);
    await screenshot(page, 'cypher-function-completion');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
