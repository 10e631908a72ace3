/** The explorer page in real headless Chromium against the real app and the seeded Neo4j. */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chooseTraceEnds,
  eventually,
  hasText,
  idle,
  nodeOnScreen,
  sceneNodes,
  screenshot,
  textIs,
  type TrackedPage,
  useBrowserApp,
} from '../helpers/browser.ts';

const app = useBrowserApp();

/** Opens a result in the main search box and waits for the scene to settle. */
async function searchAndChoose(t: TrackedPage, text: string, caption: string): Promise<void> {
  const { page } = t;
  await page.fill('#search', text);
  const option = page.locator('.typeahead-option', { hasText: caption }).first();
  await option.waitFor();
  await option.click();
  await idle(page);
}

// Each test opens a page and waits on its events; the limit is generous for a busy machine.
describe('the explorer page', { timeout: 120_000 }, () => {
  it('opens on the CSTO and its members, with a legend', async () => {
    const t = await app.open();
    const nodes = await sceneNodes(t.page);
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.map((n) => n.caption)).toContain('Collective Security Treaty Organization');
    expect(nodes.map((n) => n.caption)).toEqual(expect.arrayContaining(['Armenia', 'Kazakhstan']));
    await hasText(t.page.locator('#legend'), 'Country');
    await t.page.locator('#empty-state').waitFor({ state: 'hidden' });
    await screenshot(t.page, 'first-view');
    expect(t.errors).toEqual([]);
    await t.page.context().close();
  });

  it('finds Tokayev by the spelling "Tokaev", says which alias matched, and centres on him', async () => {
    const t = await app.open();
    await t.page.fill('#search', 'Tokaev');
    const option = t.page.locator('.typeahead-option').first();
    await option.waitFor();
    await hasText(option, 'Kassym-Jomart Tokayev');
    await hasText(option, 'Tokaev');
    await screenshot(t.page, 'search-typeahead');
    await t.page.keyboard.press('ArrowDown');
    await t.page.keyboard.press('ArrowUp');
    await t.page.keyboard.press('Enter');
    await idle(t.page);
    const nodes = await sceneNodes(t.page);
    const tokayev = nodes.find((n) => n.caption === 'Kassym-Jomart Tokayev');
    expect(tokayev?.selected).toBe(true);
    await textIs(t.page.locator('#panel-details .panel-title'), 'Kassym-Jomart Tokayev');
    await hasText(t.page.locator('#panel-details'), 'President of Kazakhstan');
    expect(t.errors).toEqual([]);
    await t.page.context().close();
  });

  it('expands a node on double-click, and offers expansion by type with counts on right-click', async () => {
    const t = await app.open();
    const before = await sceneNodes(t.page);
    const armenia = await nodeOnScreen(t.page, 'Armenia');
    await t.page.mouse.dblclick(armenia.x, armenia.y);
    await idle(t.page);
    const after = await sceneNodes(t.page);
    expect(after.length).toBeGreaterThan(before.length);
    await hasText(t.page.locator('#status'), /Added|showing/);

    const pos = await nodeOnScreen(t.page, 'Armenia');
    await t.page.mouse.click(pos.x, pos.y, { button: 'right' });
    const typed = t.page.locator('.menu-section .menu-item').first();
    await typed.waitFor();
    await hasText(typed, /^[A-Z_]+ [↗↙] \d+/);
    await screenshot(t.page, 'context-menu');
    await t.page.keyboard.press('Escape');
    await t.page.locator('.context-menu').waitFor({ state: 'hidden' });
    expect(t.errors).toEqual([]);
    await t.page.context().close();
  });

  it('undoes and redoes scene changes from the keyboard', async () => {
    const t = await app.open();
    const { page } = t;
    const start = (await sceneNodes(page)).length;
    const pos = await nodeOnScreen(page, 'Armenia');
    await page.mouse.click(pos.x, pos.y);
    await page.keyboard.press('Delete');
    await idle(page);
    expect((await sceneNodes(page)).length).toBe(start - 1);
    await page.keyboard.press('Control+z');
    await idle(page);
    expect((await sceneNodes(page)).length).toBe(start);
    await page.keyboard.press('Control+Shift+z');
    await idle(page);
    expect((await sceneNodes(page)).length).toBe(start - 1);
    expect(await page.locator('[data-action="undo"]').isEnabled()).toBe(true);
    await page.context().close();
  });

  it('traces Turkey to the CSTO: the path is drawn, highlighted and cited hop by hop', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-trace');
    await chooseTraceEnds(page, ['Turkey', 'Turkey'], ['CSTO', 'Collective Security Treaty Organization']);
    await page.selectOption('#trace-mode', 'k');
    await page.fill('#trace-k', '3');
    await page.fill('#trace-hops', '3');
    await page.click('#trace-run');
    const card = page.locator('.path-card').first();
    await card.waitFor({ timeout: 60_000 });
    await idle(page);
    const hops = card.locator('.hop');
    expect(await hops.count()).toBeGreaterThan(0);
    await hasText(hops.first(), 'Turkey');
    // Every hop cites its source: a quoted sentence and (publisher or title, date).
    for (const hop of await hops.all()) {
      expect(((await hop.locator('.hop-cite q').textContent()) ?? '').length).toBeGreaterThan(0);
      await hasText(hop.locator('.hop-cite .link-btn'), /^\(.+, \d{4}-\d{2}-\d{2}\)$/);
    }
    const highlighted = await page.evaluate(
      () => (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy.elements('.path').length,
    );
    expect(highlighted).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'trace');
    const overview = await screenshot(page, 'overview');
    // The README's picture is refreshed on demand only, so test runs leave the tree clean.
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync('docs', { recursive: true });
      copyFileSync(overview, 'docs/screenshot.png');
    }

    // The citation opens the whole document with the sentence marked.
    await hops.first().locator('.hop-cite .link-btn').click();
    const mark = page.locator('#doc-dialog #doc-mark');
    await mark.waitFor();
    const quote = await hops.first().locator('.hop-cite q').textContent();
    expect((await mark.textContent())?.replace(/\s+/g, ' ')).toBe(quote?.replace(/\s+/g, ' '));
    await hasText(page.locator('#doc-dialog .doc-text'), 'CSTO');
    await screenshot(page, 'document-view');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('runs a Cypher query: nodes join the canvas, rows fill the table and the JSON view', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-cypher');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText("MATCH (p:Person)-[r]->(c:Country {name: 'Kazakhstan'}) RETURN p, r, c, p.name AS name");
    await page.keyboard.press('Control+Enter');
    const table = page.locator('#cypher-table');
    await table.waitFor({ timeout: 60_000 });
    await idle(page);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await hasText(table.locator('thead'), 'name');
    await hasText(table, 'Kassym-Jomart Tokayev');
    expect((await sceneNodes(page)).map((n) => n.caption)).toContain('Kassym-Jomart Tokayev');
    await screenshot(page, 'cypher-table');
    await page.getByRole('tab', { name: 'JSON' }).click();
    await hasText(page.locator('.json-view'), '"columns"');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('reopens a shared link with the same scene, positions and selection', async () => {
    const t = await app.open();
    const { page } = t;
    await searchAndChoose(t, 'Tokaev', 'Kassym-Jomart Tokayev');
    await page.waitForFunction(() => location.hash.includes('view='));
    await page.waitForTimeout(600);
    const link = await page.evaluate(() => location.href);
    const before = await sceneNodes(page);
    await page.context().close();

    const again = await app.open(link.slice(app.url.length));
    const after = await sceneNodes(again.page);
    expect(after.map((n) => n.id).sort()).toEqual(before.map((n) => n.id).sort());
    for (const n of before) {
      const m = after.find((x) => x.id === n.id)!;
      expect(Math.abs(m.x - n.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(m.y - n.y)).toBeLessThanOrEqual(1);
      expect(m.selected).toBe(n.selected);
    }
    await textIs(again.page.locator('#panel-details .panel-title'), 'Kassym-Jomart Tokayev');
    expect(again.errors).toEqual([]);
    await again.page.context().close();
  });

  it('filters by time: memberships that had ended are hidden as of a date, and the dark theme reads well', async () => {
    const t = await app.open();
    const { page } = t;
    const visibleEdges = () =>
      page.evaluate(() => (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy.edges(':visible').length);
    const all = await visibleEdges();
    await page.check('#timeline-on');
    await page.locator('#timeline-slider').fill('0'); // January 1992: before Belarus joined in 1993
    await idle(page);
    const in1992 = await visibleEdges();
    expect(in1992).toBeLessThan(all);
    await textIs(page.locator('.timeline-date'), 'As of 1992-01');
    await page.keyboard.press('Shift+D');
    await eventually(async () => expect(await page.locator('html').getAttribute('data-theme')).toBe('dark'));
    await screenshot(page, 'timeline-dark');
    await page.keyboard.press('Shift+D');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('exports the canvas as a PNG picture and the scene as JSON', async () => {
    const t = await app.open();
    const { page } = t;
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="exportPng"]')]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
    await page.click('#cy', { position: { x: 20, y: 20 }, button: 'right' });
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('.menu-item', { hasText: 'Export JSON' }).click()]);
    const scene = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
      nodes: { caption: string; position: unknown }[];
      edges: unknown[];
    };
    expect(scene.nodes.map((n) => n.caption)).toContain('Collective Security Treaty Organization');
    expect(scene.nodes[0]?.position).toBeDefined();
    expect(scene.edges.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('opens the menu from the keyboard and hides a node; the shared link keeps it hidden', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#cy', { position: { x: 20, y: 20 } });
    const pos = await nodeOnScreen(page, 'Georgia');
    await page.mouse.click(pos.x, pos.y);
    await page.keyboard.press('Shift+F10');
    await page.locator('.context-menu .menu-item', { hasText: 'Hide' }).click();
    await idle(page);
    const hidden = () =>
      page.evaluate(() =>
        (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy
          .nodes('.user-hidden')
          .map((n) => String(n.data('caption'))),
      );
    expect(await hidden()).toEqual(['Georgia']);
    await page.waitForFunction(() => location.hash.includes('view='));
    await page.waitForTimeout(600);
    const link = await page.evaluate(() => location.href);
    await page.context().close();
    const again = await app.open(link.slice(app.url.length));
    expect(
      await again.page.evaluate(() =>
        (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy
          .nodes('.user-hidden')
          .map((n) => String(n.data('caption'))),
      ),
    ).toEqual(['Georgia']);
    await again.page.context().close();
  });

  it('lists every shortcut in the help overlay', async () => {
    const t = await app.open();
    await t.page.keyboard.press('?');
    const dialog = t.page.locator('#help-dialog');
    await dialog.waitFor({ state: 'visible' });
    await hasText(dialog, 'Undo');
    await hasText(dialog, 'Ctrl+Z');
    await screenshot(t.page, 'help');
    await t.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await t.page.context().close();
  });
});
