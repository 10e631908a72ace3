import { afterAll, beforeAll, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../helpers/browser.ts';
let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});
afterAll(async () => {
  await app?.close();
});
it('debug', { timeout: 120_000 }, async () => {
  for (const width of [390, 1440]) {
    const context = await app.browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    for (const tab of ['trace', 'cypher', 'filters', 'style', 'details']) {
      await page.click('#tab-' + tab);
      await page.waitForTimeout(500);
      console.log(
        'OVER',
        width,
        tab,
        JSON.stringify(
          await page.evaluate((tab) => {
            const p = document.getElementById('panel-' + tab)!;
            const pr = p.getBoundingClientRect();
            return [...p.querySelectorAll('*')]
              .filter((e) => e.getBoundingClientRect().right > pr.right - 14 + 1 && e.getBoundingClientRect().width > 0)
              .map(
                (e) =>
                  `${e.tagName}.${e.className}#${e.id} ${Math.round(e.getBoundingClientRect().width)} ${Math.round(e.getBoundingClientRect().right)}/${Math.round(pr.right)}`,
              )
              .slice(0, 8);
          }, tab),
        ),
      );
    }
    await context.close();
  }
});
