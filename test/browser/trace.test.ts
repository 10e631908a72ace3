/**
 * The trace panel as an analyst uses it, in real headless Chromium against the seeded Neo4j:
 * Georgia's membership of the CSTO (1993–1997, two quotes of one article) told in the ontology's
 * words with its years, every quote shown (the second collapsed), both marked in the document,
 * and the trace following the timeline.
 */
import { describe, expect, it } from 'vitest';
import { chooseTraceEnds, hasText, idle, screenshot, useBrowserApp } from '../helpers/browser.ts';

const app = useBrowserApp();

describe('the trace panel', { timeout: 180_000 }, () => {
  it('tells a hop with its time and every quote, and follows the timeline', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-trace');
    await hasText(page.locator('#trace-time-note'), 'Timeline off');
    await chooseTraceEnds(page, ['Georgia', 'Georgia'], ['CSTO', 'Collective Security Treaty Organization']);
    await page.fill('#trace-hops', '1');
    await page.click('#trace-run');
    const card = page.locator('.path-card').first();
    await card.waitFor({ timeout: 60_000 });
    await idle(page);
    const hop = card.locator('.hop').first();
    await hasText(hop.locator('.hop-claim'), 'Georgia is a member of Collective Security Treaty Organization');
    await hasText(hop.locator('.hop-meta'), 'membership · 1993 – 1997 (inferred) (ended)');
    await hasText(card.locator('.path-score'), /^score \d/);
    // Two quotes: the first in line, the other collapsed under "1 more quote".
    await hasText(hop.locator('.hop-more summary'), '1 more quote');
    expect(await hop.locator('.hop-more').getAttribute('open')).toBeNull();
    await hop.locator('.hop-more summary').click();
    expect(await hop.locator('q').count()).toBe(2);
    await screenshot(page, 'trace-quotes');

    // "Show in the document" marks both quotes of this hop from that article.
    await hop.locator('.hop-cite .link-btn').click();
    await page.locator('#doc-dialog #doc-mark').waitFor();
    expect(await page.locator('#doc-dialog mark').count()).toBe(2);
    await screenshot(page, 'trace-document-marks');
    await page.keyboard.press('Escape');

    // The timeline on, at January 1992: the membership had not begun, and the trace says so by itself.
    await page.check('#timeline-on');
    await page.locator('#timeline-slider').fill('0');
    await hasText(page.locator('#trace-time-note'), 'Following the timeline: only relationships valid on 1992-01-31');
    await hasText(page.locator('.trace-none'), 'No path within 1 hop, valid on 1992-01-31');
    // June 1995 (step 41 from January 1992): it held.
    await page.locator('#timeline-slider').fill('41');
    await hasText(page.locator('.trace-summary'), '1 path from Georgia to Collective Security Treaty Organization, as of 1995-06-30');
    await screenshot(page, 'trace-timeline');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('connects three selected nodes: the network is drawn and each link told as a path', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-trace');
    await page.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy;
      cy.nodes().unselect();
      for (const name of ['Armenia', 'Kazakhstan', 'Russia'])
        cy.nodes()
          .filter((n) => n.data('caption') === name)
          .select();
    });
    await page.click('#trace-connect');
    await hasText(page.locator('.trace-summary'), /^A network joining 3 of 3: \d+ nodes, \d+ relationships/);
    const cards = page.locator('.path-card');
    expect(await cards.count()).toBe(2);
    for (const card of await cards.all()) expect(await card.locator('.hop-cite q').count()).toBeGreaterThan(0);
    const highlighted = await page.evaluate(
      () => (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy.elements('.path').length,
    );
    expect(highlighted).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'trace-connect');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('sets what a path may cross: a family never, a type only, and nodes to avoid', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-trace');
    await chooseTraceEnds(page, ['Georgia', 'Georgia'], ['CSTO', 'Collective Security Treaty Organization']);
    await page.fill('#trace-hops', '1');
    await page.locator('#trace-crossing summary').click();
    // The ontology's families arrive with the page's vocabulary; membership set to never.
    const membership = page.locator('#trace-families .tri-row[data-name="membership"]');
    await membership.locator('input[value="never"]').check();
    await page.click('#trace-run');
    await hasText(page.locator('.trace-none'), /No path within 1 hop, leaving out .*MEMBER_OF/);
    // Back to any, and only MEMBER_OF: the one-hop membership is found again.
    await membership.locator('input[value="any"]').check();
    await page.locator('#trace-types .tri-row[data-name="MEMBER_OF"] input[value="only"]').check();
    await page.click('#trace-run');
    await hasText(page.locator('.trace-summary'), '1 path from Georgia to Collective Security Treaty Organization');
    await screenshot(page, 'trace-crossing');

    // Avoid Russia (selected on the canvas): no path of two hops passes through it.
    await page.locator('#trace-types .tri-row[data-name="MEMBER_OF"] input[value="any"]').check();
    await page.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy;
      cy.nodes().unselect();
      cy.nodes()
        .filter((n) => n.data('caption') === 'Russia')
        .select();
    });
    await page.click('#trace-avoid-selected');
    await hasText(page.locator('#trace-avoid-list .chip'), 'Russia');
    await page.fill('#trace-hops', '2');
    await page.selectOption('#trace-mode', 'k');
    await page.fill('#trace-k', '10');
    await page.click('#trace-run');
    await page.locator('.path-card').first().waitFor({ timeout: 60_000 });
    const names = await page.locator('.path-card .hop-claim').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toContain('Russia');
    // The chip's × takes Russia off the list again.
    await page.locator('#trace-avoid-list .chip button').click();
    await hasText(page.locator('#trace-avoid-list'), 'no node');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
