/** Edges coloured by family: the legend names each family on the canvas, the Filters panel hides a whole family. */
import { describe, expect, it } from 'vitest';
import { eventually, type ExplorerWindow, hasText, idle, screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

describe('families on the page', () => {
  it('colours edges by family, lists the families in the legend, and filters a whole family', async () => {
    const t = await app.open();
    const { page } = t;
    await hasText(page.locator('#legend'), 'membership');
    // MEMBER_OF takes the membership colour of the ontology, not a per-type hash.
    await eventually(async () =>
      expect(
        await page.evaluate(() =>
          (window as unknown as ExplorerWindow).__explorer.cy.edges('[type = "MEMBER_OF"]').first().style('line-color'),
        ),
      ).toBe('rgb(25,113,194)'),
    );
    await screenshot(page, 'families-legend');
    await page.click('#tab-filters');
    const membership = page.locator('input[data-family="membership"]');
    await membership.waitFor();
    const visible = () =>
      page.evaluate(() => (window as unknown as ExplorerWindow).__explorer.cy.edges('[type = "MEMBER_OF"]').filter(':visible').length);
    expect(await visible()).toBeGreaterThan(0);
    await membership.uncheck();
    await idle(page);
    await eventually(async () => expect(await visible()).toBe(0));
    expect(await page.locator('input[data-name="MEMBER_OF"]').isChecked()).toBe(false);
    await screenshot(page, 'families-filtered');
    await membership.check();
    await eventually(async () => expect(await visible()).toBeGreaterThan(0));
    // The CSTO's whole neighbourhood: statements, conflicts, support, each family in its colour.
    await page.click('#tab-details');
    await page.locator('button', { hasText: 'Expand all' }).click();
    await idle(page);
    await hasText(page.locator('#legend'), 'statement');
    await screenshot(page, 'families-expanded');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
