/**
 * Back and Forward: each scene change is a browser history entry, and going back or forward brings
 * the canvas and every control (timeline, filters, layout, Details, selection) to that entry's
 * view. A pasted link opens its scene as one undo step.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, type ExplorerWindow, idle, nodeOnScreen, screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

/** What the canvas holds and what every control says about it, read off the page as a person sees it. */
const controls = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as ExplorerWindow).__explorer.cy;
    const q = <T extends Element>(s: string) => document.querySelector<T>(s);
    return {
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges()
        .map((e) => e.id())
        .sort(),
      selected: cy
        .$(':selected')
        .map((e) => e.id())
        .sort(),
      timelineOn: q<HTMLInputElement>('#timeline-on')?.checked ?? null,
      timelineText: q('.timeline-date')?.textContent ?? null,
      untickedTypes: [...document.querySelectorAll<HTMLInputElement>('#panel-filters input[type=checkbox][data-name]')]
        .filter((i) => !i.checked)
        .map((i) => i.dataset.name)
        .sort(),
      layout: q<HTMLSelectElement>('#layout-select')?.value ?? null,
      detailsHidden: [...document.querySelectorAll('#panel-details .rel-head')].some((h) => /hidden\)/.test(h.textContent ?? '')),
      // Each type drawn hidden or not, so a filter that the panel shows but the canvas ignores is caught too.
      hiddenOnCanvas: cy
        .edges()
        .filter((e) => !e.visible())
        .map((e) => e.id())
        .sort(),
    };
  });

const historyLength = (page: Page) => page.evaluate(() => history.length);

describe('Back and Forward', { timeout: 240_000 }, () => {
  it('bring the canvas and every control back to each entry, and a pasted link is one undo step', async () => {
    const t = await app.open();
    const { page } = t;
    const pos = await nodeOnScreen(page, 'Armenia');
    await page.mouse.click(pos.x, pos.y);
    await idle(page);
    // The selection is written into the entry the first view made (after the page's 300 ms pause).
    await eventually(async () => expect(await page.evaluate(() => location.hash)).toContain('view='));
    await page.waitForTimeout(600);
    const first = await controls(page);
    const firstHash = await page.evaluate(() => location.hash);
    const entries = await historyLength(page);

    // A scene change (an expansion) is a new entry.
    await page.mouse.dblclick(pos.x, pos.y);
    await idle(page);
    await eventually(async () => expect(await historyLength(page)).toBe(entries + 1));
    // The timeline and a filter belong to the entry they are set in: no new entries.
    await page.click('#timeline-on');
    const type = await page.evaluate(() => {
      const cy = (window as unknown as ExplorerWindow).__explorer.cy;
      return cy.$('node:selected').connectedEdges().filter(':visible')[0]!.data('type') as string;
    });
    await page.click('#tabs [role=tab]:text("Filters")');
    await page.click(`#panel-filters input[type=checkbox][data-name="${type}"]`);
    await page.click('#tabs [role=tab]:text("Details")');
    await idle(page);
    const second = await controls(page);
    expect(second.nodes.length).toBeGreaterThan(first.nodes.length);
    expect(second.timelineOn).toBe(true);
    expect(second.untickedTypes).toEqual([type]);
    expect(second.hiddenOnCanvas.length).toBeGreaterThan(0);
    // Details counts only what is shown, and says how many of the selection's relationships a filter keeps off.
    expect(second.detailsHidden).toBe(true);
    await eventually(async () => expect(await page.evaluate(() => location.hash)).not.toBe(firstHash));
    await page.waitForTimeout(600);
    expect(await historyLength(page)).toBe(entries + 1);

    // The expansion's "Added …" notice spoke of the scene being left: Back takes it away.
    await page.evaluate(() => {
      const status = document.getElementById('status')!;
      status.hidden = false;
      status.dataset.tone = 'success';
      status.textContent = 'Added 5 nodes';
    });
    await page.evaluate(() => history.back());
    await eventually(async () => expect(await controls(page)).toEqual(first));
    await idle(page);
    expect(await controls(page)).toEqual(first);
    expect(await page.locator('#status').isHidden()).toBe(true);
    await screenshot(page, 'back-forward-back');

    await page.evaluate(() => history.forward());
    await eventually(async () => expect(await controls(page)).toEqual(second));
    await idle(page);
    expect(await controls(page)).toEqual(second);
    await screenshot(page, 'back-forward-forward');

    // A link pasted into the address bar opens its scene, as one undo step.
    await page.evaluate((h) => (location.hash = h), firstHash);
    await eventually(async () => expect(await controls(page)).toEqual(first));
    await idle(page);
    await page.keyboard.press('Control+z');
    await idle(page);
    const undone = await controls(page);
    expect(undone.nodes).toEqual(second.nodes);
    expect(undone.edges).toEqual(second.edges);
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
