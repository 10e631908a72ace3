/**
 * The page on data in someone else's shape (test/helpers/foreign-fixture.ts), in real Chromium:
 * the overview card and hints come from the data, equal captions are told apart in the
 * typeahead, each label that matters has its own colour and shape (the most specific label,
 * not the one every fixture node carries), and a node is clicked at its centre.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, hasText, idle, nodeOnScreen, screenshot, startBrowserApp, type BrowserApp } from '../helpers/browser.ts';
import { loadForeignFixture, type ForeignFixture } from '../helpers/foreign-fixture.ts';

let app: BrowserApp;
let fx: ForeignFixture;

beforeAll(async () => {
  app = await startBrowserApp();
  fx = await loadForeignFixture(app.driver, app.database);
});

afterAll(async () => {
  await fx?.remove();
  await app?.close();
});

interface NodeStyle {
  caption: string;
  primary: string;
  color: string;
  shape: string;
}

const styles = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy;
    return cy.nodes().map((n) => ({
      caption: String(n.data('caption')),
      primary: String(n.data('primary')),
      color: String(n.data('color')),
      shape: String(n.data('shape')),
    }));
  }) as Promise<NodeStyle[]>;

describe('the page on a database in another shape', () => {
  it('opens with an overview from the data and tells equal captions apart in search', async () => {
    const t = await app.open();
    const { page } = t;
    await hasText(page.locator('#overview'), 'This database');
    await hasText(page.locator('#overview'), 'Best connected');
    expect(await page.locator('#search').getAttribute('placeholder')).toMatch(/try “.+”/);
    await page.fill('#search', 'anna');
    await eventually(async () => expect(await page.locator('.typeahead-option', { hasText: 'surname: Wojcik' }).count()).toBe(1));
    await hasText(page.locator('.typeahead-option', { hasText: 'surname: Nowak' }).first(), 'Anna');
    await screenshot(page, 'foreign-search-subtitles');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('styles each node by its most specific label, with shapes that are solid to the centre', async () => {
    const t = await app.open();
    const { page } = t;
    for (const [text, caption] of [
      ['LHR', 'LHR'],
      ['Kowalski', 'Jan'],
      ['burglary', 'Burglary'],
      ['Warsaw', 'Warsaw'],
    ] as const) {
      await page.fill('#search', text);
      const option = page.locator('.typeahead-option', { hasText: caption }).first();
      await option.waitFor();
      await option.click();
      await idle(page);
    }
    // Expanding Warsaw brings its visitors and its airport.
    await page.dblclick('#cy', { position: await nodeOffset(page, 'Warsaw') });
    await idle(page);
    const onCanvas = (await styles(page)).filter((s) => s.primary.includes(fx.suffix));
    const byCaption = new Map(onCanvas.map((s) => [s.caption, s]));
    expect(byCaption.get('LHR')?.primary).toBe(fx.labels.airport);
    expect(byCaption.get('Jan')?.primary).toBe(fx.labels.person);
    expect(byCaption.get('Burglary')?.primary).toBe(fx.labels.crime);
    expect(byCaption.get('Warsaw')?.primary).toBe(fx.labels.city);
    const looks = new Set(['LHR', 'Jan', 'Burglary', 'Warsaw'].map((c) => `${byCaption.get(c)?.color} ${byCaption.get(c)?.shape}`));
    expect(looks.size).toBe(4);
    expect(new Set(['LHR', 'Jan', 'Burglary', 'Warsaw'].map((c) => byCaption.get(c)?.color)).size).toBe(4);
    for (const s of onCanvas) expect(['vee', 'star', 'tag']).not.toContain(s.shape);
    // A click at the very centre of a node selects it.
    const centre = await nodeOnScreen(page, 'LHR');
    await page.mouse.click(centre.x, centre.y);
    await hasText(page.locator('#panel-details'), 'iata');
    await screenshot(page, 'foreign-styles');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});

/** Where a node is drawn inside #cy (after centring it). */
async function nodeOffset(page: import('playwright-core').Page, caption: string): Promise<{ x: number; y: number }> {
  const p = await nodeOnScreen(page, caption);
  const box = (await page.locator('#cy').boundingBox())!;
  return { x: p.x - box.x, y: p.y - box.y };
}
