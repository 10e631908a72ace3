/** The page from phone to wall screen: no horizontal scroll, the toolbar a menu and the panels a bottom sheet when narrow. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

/** The page at this size: the shared helper's page, opened at the viewport asked for. */
const openAt = (width: number, height: number) => app.open('/', { width, height });

/** Whatever sticks out to the right of the window: the page's own scroll width, and any visible element past the edge. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const w = window.innerWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > w) out.push(`html scrollWidth ${document.documentElement.scrollWidth}`);
    if (document.body.scrollWidth > w) out.push(`body scrollWidth ${document.body.scrollWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('.topbar *, .timeline *, .side, .side > *, .legend, .overview, .status')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > w + 1 || r.left < -1)
        out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    // Panels scroll up and down, never sideways.
    for (const p of document.querySelectorAll<HTMLElement>('.panel:not([hidden])')) {
      if (p.offsetParent && p.scrollWidth > p.clientWidth + 1) out.push(`${p.id} scrolls sideways (${p.scrollWidth} > ${p.clientWidth})`);
    }
    return out;
  });
}

const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

describe('responsive layout', { timeout: 180_000 }, () => {
  it('at 390 px: no sideways scroll, the toolbar is a menu, the panels a bottom sheet', async () => {
    const { page, errors } = await openAt(390, 844);
    expect(await overflow(page)).toEqual([]);
    expect(await visible(page, '#toolbar')).toBe(false);
    expect(await visible(page, '#menu-toggle')).toBe(true);
    expect(await visible(page, '#panel-details')).toBe(false);
    const canvas = await page.locator('#cy').boundingBox();
    expect(canvas!.width).toBeGreaterThan(380);
    expect(canvas!.height).toBeGreaterThan(400);
    await screenshot(page, 'responsive-390');

    await page.click('#menu-toggle');
    expect(await visible(page, '#toolbar')).toBe(true);
    expect(await page.getAttribute('#menu-toggle', 'aria-expanded')).toBe('true');
    expect(await overflow(page)).toEqual([]);
    await screenshot(page, 'responsive-390-menu');
    await page.click('#toolbar [data-action="fit"]');
    expect(await visible(page, '#toolbar')).toBe(false);

    // Each tab opens the sheet; no panel scrolls sideways.
    for (const tab of ['trace', 'cypher', 'filters', 'style', 'details']) {
      await page.click(`#tab-${tab}`);
      await page.waitForTimeout(300);
      expect(await visible(page, `#panel-${tab}`)).toBe(true);
      expect(await overflow(page), tab).toEqual([]);
    }
    const sheet = await page.locator('#side').boundingBox();
    expect(sheet!.y).toBeGreaterThan(200);
    // The canvas keeps a usable part of the screen above the sheet, and Cytoscape knows its new size.
    const cyHeight = await page.evaluate(() =>
      (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy.height(),
    );
    expect(cyHeight).toBeGreaterThan(150);
    expect(Math.abs(cyHeight - (await page.locator('#cy').boundingBox())!.height)).toBeLessThan(2);
    await screenshot(page, 'responsive-390-sheet');
    await page.click('#sheet-toggle');
    expect(await visible(page, '#panel-details')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [width, height] of [
    [1024, 768],
    [1440, 900],
  ] as const) {
    it(`at ${width} px: the toolbar and the side panels on show, nothing past the edge`, async () => {
      const { page, errors } = await openAt(width, height);
      expect(await visible(page, '#toolbar')).toBe(true);
      expect(await visible(page, '#menu-toggle')).toBe(false);
      expect(await visible(page, '#sheet-toggle')).toBe(false);
      expect(await visible(page, '#panel-details')).toBe(true);
      for (const tab of ['trace', 'cypher', 'filters', 'style', 'details']) {
        await page.click(`#tab-${tab}`);
        await page.waitForTimeout(200);
        expect(await overflow(page), tab).toEqual([]);
      }
      await screenshot(page, `responsive-${width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
