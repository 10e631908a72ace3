/** Style rules on the real page: the Style panel restyles the canvas, the link carries the rules, a JSON file exports and imports them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventually, type ExplorerWindow, hasText, idle, screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

/** What the canvas draws for the node captioned (by the database) `name`. */
function drawn(page: import('playwright-core').Page, name: string) {
  return page.evaluate((n) => {
    const cy = (window as unknown as ExplorerWindow).__explorer.cy;
    const node = cy.nodes().filter((x) => (x.data('node') as { caption: string }).caption === n)[0];
    if (!node) throw new Error(`no node ${n}`);
    return {
      label: String(node.style('label')),
      colour: String(node.style('background-color')),
      image: String(node.style('background-image')),
      width: node.numericStyle('width'),
    };
  }, name);
}

describe('style rules on the page', { timeout: 180_000 }, () => {
  it('restyles labels, relationships and by rule from the Style panel; the link and a JSON file carry it', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-style');
    const country = page.locator('[data-style-label="Country"]');
    // The labels come from the schema, which a cold database answers slowly.
    await country.waitFor({ timeout: 60_000 });
    await country.locator('summary').click();
    await country.locator('[data-field="color"]').fill('#123456');
    await country.locator('[data-field="caption"]').selectOption('key');
    await country.locator('[data-field="icon"]').selectOption('flag');
    await eventually(async () => {
      const am = await drawn(page, 'Armenia');
      expect(am.colour).toBe('rgb(18,52,86)');
      expect(am.label).toBe('country-armenia');
      expect(am.image).toMatch(/^data:image\/svg\+xml/);
    });
    // Size: fixed for every Country.
    await country.locator('[data-field="size"]').selectOption('fixed');
    await country.locator('[data-field="fixed-size"]').fill('30');
    await country.locator('[data-field="fixed-size"]').dispatchEvent('change');
    await eventually(async () => expect((await drawn(page, 'Kazakhstan')).width).toBe(30));
    // A rule by value: Armenia red and big.
    await page.selectOption('#rule-applies', 'node');
    await page.selectOption('#rule-target', 'Country');
    await page.fill('#rule-property', 'name');
    await page.fill('#rule-v1', 'Armenia');
    await page.fill('#rule-color', '#ff0000');
    await page.fill('#rule-size', '70');
    await page.click('#rule-add');
    await hasText(page.locator('#style-rule-list'), 'Country: name = Armenia (size 70)');
    await eventually(async () => {
      const am = await drawn(page, 'Armenia');
      expect(am.colour).toBe('rgb(255,0,0)');
      expect(am.width).toBe(70);
      expect((await drawn(page, 'Kazakhstan')).colour).toBe('rgb(18,52,86)');
    });
    // A relationship type: MEMBER_OF thick and green.
    const member = page.locator('[data-style-type="MEMBER_OF"]');
    await member.locator('[data-field="color"]').fill('#00aa00');
    await member.locator('[data-field="width"]').fill('5');
    await member.locator('[data-field="width"]').dispatchEvent('change');
    await eventually(async () => {
      const e = await page.evaluate(() => {
        const edge = (window as unknown as ExplorerWindow).__explorer.cy.edges('[type = "MEMBER_OF"]').first();
        return { colour: String(edge.style('line-color')), width: edge.numericStyle('width') };
      });
      expect(e).toEqual({ colour: 'rgb(0,170,0)', width: 5 });
    });
    await hasText(page.locator('#legend'), 'Country');
    await screenshot(page, 'style-rules');

    // The legend's swatch follows the label's colour.
    expect(await page.locator('#legend li', { hasText: 'Country' }).locator('.legend-shape').getAttribute('style')).toContain('#123456');

    // Export: the file is the rules in the documented format.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#style-export')]);
    const file = await download.path();
    const fileText = readFileSync(file, 'utf8');
    const exported = JSON.parse(fileText) as { version: number; labels: Record<string, unknown>; rules: unknown[] };
    expect(exported.version).toBe(1);
    expect(exported.labels.Country).toEqual({ color: '#123456', caption: 'key', icon: 'flag', size: { by: 'fixed', value: 30 } });
    expect(exported.rules).toHaveLength(1);

    // The link carries the rules to a browser that has none of its own.
    await page.waitForFunction(() => location.hash.includes('view='));
    await page.waitForTimeout(600);
    const link = await page.evaluate(() => location.hash);
    expect(t.errors).toEqual([]);
    await page.context().close();

    const fresh = await app.open(`/${link}`);
    await eventually(async () => expect((await drawn(fresh.page, 'Armenia')).colour).toBe('rgb(255,0,0)'));
    expect((await drawn(fresh.page, 'Kazakhstan')).label).toBe('country-kazakhstan');
    await screenshot(fresh.page, 'style-rules-from-link');
    await fresh.page.context().close();

    // Import into a page with the default style; a bad file is refused with a reason and changes nothing.
    const other = await app.open();
    const op = other.page;
    expect((await drawn(op, 'Armenia')).colour).not.toBe('rgb(255,0,0)');
    await op.click('#tab-style');
    await op.locator('[data-style-label="Country"]').waitFor({ timeout: 60_000 });
    await op.setInputFiles('[data-testid="style-import"]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version":1,"labels":{"Country":{"color":"red"}}}'),
    });
    await hasText(op.locator('#status'), 'labels.Country.color');
    expect((await drawn(op, 'Armenia')).colour).not.toBe('rgb(255,0,0)');
    await op.setInputFiles('[data-testid="style-import"]', {
      name: 'style.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await eventually(async () => expect((await drawn(op, 'Armenia')).colour).toBe('rgb(255,0,0)'));
    await idle(op);
    expect(other.errors).toEqual([]);
    await op.context().close();
  });
});
