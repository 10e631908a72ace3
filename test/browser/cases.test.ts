/**
 * Cases in the real page: save the scene with a note, an annotation and a traced path; the address
 * names the case; reopen it from the address; a case whose node is gone says which; rename,
 * duplicate and delete from the list; the briefing downloads in one click and works offline.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseResponse } from '../../contract/cases.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { eventually, hasText, idle, sceneNodes, screenshot, startBrowserApp, type BrowserApp } from '../helpers/browser.ts';

const TOKEN = 'browser-cases-editor-token-0123456789';
const suffix = uniqueSuffix();
let app: BrowserApp;
const dir = mkdtempSync(join(tmpdir(), 'case-briefing-'));

beforeAll(async () => {
  app = await startBrowserApp({ EDITOR_TOKEN: TOKEN, EDITOR_COOKIE: 'true' });
});

afterAll(async () => {
  if (app) {
    await app.driver.executeQuery(
      'MATCH (c:Case:ExplorerRecord) WHERE c.title CONTAINS $suffix DELETE c',
      { suffix },
      { database: app.database },
    );
    await app.driver.executeQuery('MATCH (n:CaseBrowserGone) DELETE n', {}, { database: app.database });
  }
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cases in the page', { timeout: 180_000 }, () => {
  it('saves the scene with a note, an annotation and a path, and reopens it from its address', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-case');
    await page.locator('#case-save').waitFor();
    await page.fill('#case-title', `CSTO members ${suffix}`);

    // A note on the selected node, an annotation, and a one-hop path (a selected relationship).
    const picked = await page.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy;
      const e = cy.edges()[0]!;
      // Only this node: the note goes to the selection, and the first view may have selected another.
      cy.elements().unselect();
      e.source().select();
      return { node: String(e.source().data('caption')), edge: e.id() };
    });
    await page.fill('#case-note-text', 'Founding member <img src=x onerror="window.__pwned=1">');
    await page.click('#case-add-note');
    await hasText(page.locator('.case-notes'), picked.node);
    await page.fill('#case-annotation-text', 'Look at the summit');
    await page.click('#case-add-annotation');
    await page.locator('#case-annotations-layer .annotation').waitFor();
    await page.evaluate((id) => {
      const cy = (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy;
      cy.elements().unselect();
      cy.getElementById(id).select();
    }, picked.edge);
    await page.click('#case-add-path');
    await hasText(page.locator('.case-paths'), '1 hop');

    // Saved in the dark theme: it reopens in it, though the opener's page starts light.
    await page.click('[data-action="theme"]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.click('#case-save');
    await hasText(page.locator('#case-list'), `CSTO members ${suffix}`);
    await eventually(() => expect(page.url()).toMatch(/#case=[A-Za-z0-9_-]+&view=/));
    const id = /#case=([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
    const before = (await sceneNodes(page)).map((n) => n.id).sort();
    await screenshot(page, 'case-saved');

    // Opened from its address alone, the scene, notes and annotation come back.
    const again = await app.open(`/#case=${id}`);
    await hasText(again.page.locator('#panel-case'), 'Founding member');
    await eventually(async () => expect(await again.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark'));
    expect((await sceneNodes(again.page)).map((n) => n.id).sort()).toEqual(before);
    await again.page.locator('#case-annotations-layer .annotation', { hasText: 'Look at the summit' }).waitFor();
    expect(await again.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // One click: the briefing, which opens offline with its footnotes and its picture intact.
    const [download] = await Promise.all([again.page.waitForEvent('download'), again.page.click('#case-briefing-html')]);
    expect(download.suggestedFilename()).toMatch(/^csto-members-.*\.html$/);
    // Saved under its own name (a download's temporary file has no extension, so it would open as text).
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('Founding member &#60;img');
    const offline = await app.browser.newContext({ offline: true });
    const reader = await offline.newPage();
    await reader.goto(pathToFileURL(file).href);
    const img = await reader
      .locator('img.scene')
      .evaluate((i) => ({ done: (i as HTMLImageElement).complete, w: (i as HTMLImageElement).naturalWidth }));
    expect(img.done).toBe(true);
    expect(img.w).toBeGreaterThan(10);
    expect(await reader.locator('ol.footnotes li').count()).toBeGreaterThan(0);
    expect(await reader.locator('.path .sentence').count()).toBe(1);
    for (const href of await reader.locator('sup a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await reader.locator(href).count()).toBe(1);
    }
    expect(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await reader.setViewportSize({ width: 1000, height: 1200 });
    await screenshot(reader, 'case-briefing');
    await offline.close();
    const [md] = await Promise.all([again.page.waitForEvent('download'), again.page.click('#case-briefing-md')]);
    expect(readFileSync(await md.path(), 'utf8')).toMatch(/^# CSTO members/);

    expect(t.errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('says which elements of a case are gone, and renames, duplicates and deletes from the list', async () => {
    const { records } = await app.driver.executeQuery(
      'MATCH (t:Country {key: "country-turkey"}) CREATE (g:CaseBrowserGone {name: $name}) RETURN elementId(t) AS t, elementId(g) AS g',
      { name: `Gone Holdings ${suffix}` },
      { database: app.database },
    );
    const [turkey, gone] = [records[0]!.get('t') as string, records[0]!.get('g') as string];
    const scene = {
      nodes: [turkey, gone],
      edges: [],
      positions: null,
      pinned: [],
      hidden: [],
      selected: [],
      layout: 'fcose',
      hiddenLabels: [],
      hiddenTypes: [],
      asOf: null,
      query: null,
      captions: { [turkey]: 'Turkey', [gone]: `Gone Holdings ${suffix}` },
    };
    const res = await fetch(`${app.url}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-editor-token': TOKEN },
      body: JSON.stringify({ title: `Old case ${suffix}`, content: { scene } }),
    });
    expect(res.status).toBe(200);
    const id = CaseResponse.parse(await res.json()).case.id;
    await app.driver.executeQuery('MATCH (g:CaseBrowserGone) WHERE elementId(g) = $g DELETE g', { g: gone }, { database: app.database });

    const t = await app.open(`/#case=${id}`);
    const { page } = t;
    await hasText(page.locator('#case-missing'), `Gone Holdings ${suffix}`);
    expect((await sceneNodes(page)).map((n) => n.caption)).toEqual(['Turkey']);
    await screenshot(page, 'case-missing');

    const row = page.locator(`.case-item[data-case="${id}"]`);
    await row.locator('.case-rename').click();
    await row.locator('.case-rename-input').fill(`Renamed case ${suffix}`);
    await row.locator('.case-rename').click();
    await hasText(page.locator('#case-list'), `Renamed case ${suffix}`);
    await page.locator(`.case-item[data-case="${id}"] .case-duplicate`).click();
    await hasText(page.locator('#case-list'), `Renamed case ${suffix} (copy)`);
    const del = page.locator(`.case-item[data-case="${id}"] .case-delete`);
    await del.click();
    await hasText(del, 'Really delete?');
    await del.click();
    await eventually(async () => expect(await page.locator(`.case-item[data-case="${id}"]`).count()).toBe(0));
    await hasText(page.locator('#case-list'), `Renamed case ${suffix} (copy)`);
    await idle(page);
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
