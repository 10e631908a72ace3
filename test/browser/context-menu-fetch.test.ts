/**
 * A right-click fetches once: opening the menu on a node asks the API for that node's details
 * (the relationship counts the menu lists) exactly once, though the details panel shows the same
 * node; an expansion from the menu asks for the neighbours once; no request is ever sent twice.
 */
import { describe, expect, it } from 'vitest';
import { type ExplorerWindow, hasText, idle, nodeOnScreen, screenshot, useBrowserApp } from '../helpers/browser.ts';

// A busy machine is slow, not wrong: queries may take their time (the database wait is the test helper's 60 s).
const app = useBrowserApp({ QUERY_TIMEOUT_MS: '60000' });

/** Each API request's method and path, with its query (the body of a POST is shown too, as two equal POSTs are a duplicate). */
const describeRequest = (r: import('playwright-core').Request): string => {
  const u = new URL(r.url());
  return `${r.method()} ${u.pathname}${u.search}${r.method() === 'POST' ? ` ${r.postData() ?? ''}` : ''}`;
};

const duplicates = (list: string[]): string[] => list.filter((x, i) => list.indexOf(x) !== i);

describe('context menu requests', { timeout: 180_000 }, () => {
  it('right-click on a node: one details request for the menu and the panel; expanding from it: one neighbours request', async () => {
    const t = await app.open();
    const { page } = t;
    const armenia = await page.evaluate(() => {
      const cy = (window as unknown as ExplorerWindow).__explorer.cy;
      return cy
        .nodes()
        .filter((n) => n.data('caption') === 'Armenia')[0]!
        .id();
    });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) requests.push(describeRequest(r));
    });
    const detailsPath = `GET /api/nodes/${encodeURIComponent(armenia)}`;

    const pos = await nodeOnScreen(page, 'Armenia');
    await page.mouse.click(pos.x, pos.y, { button: 'right' });
    const typed = page.locator('.menu-section .menu-item').first();
    await typed.waitFor();
    await hasText(typed, /^[A-Z_]+ [↗↙] \d+/);
    // The details panel shows the node the menu is for: from the same request.
    await hasText(page.locator('#panel-details .panel-title'), 'Armenia');
    await idle(page);
    await screenshot(page, 'context-menu-one-fetch');
    const menuRequests = [...requests];
    expect(menuRequests.filter((r) => r === detailsPath)).toHaveLength(1);
    expect(duplicates(menuRequests)).toEqual([]);

    // Expand by the first relationship type in the menu.
    const option = ((await typed.textContent()) ?? '').trim();
    const type = option.split(' ')[0]!;
    requests.length = 0;
    await typed.click();
    await hasText(page.locator('#status'), /Added|showing|already|no /);
    await idle(page);
    const neighbours = requests.filter((r) => r.startsWith(`GET /api/nodes/${encodeURIComponent(armenia)}/neighbors`));
    expect(neighbours).toHaveLength(1);
    expect(neighbours[0]).toContain(`types=${type}`);
    expect(requests.filter((r) => r.startsWith('POST /api/relationships/among')).length).toBeLessThanOrEqual(1);
    // The details of Armenia are not asked again (the panel redraws its counts from the cached answer).
    expect(requests.filter((r) => r === detailsPath)).toEqual([]);
    expect(duplicates(requests)).toEqual([]);
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
