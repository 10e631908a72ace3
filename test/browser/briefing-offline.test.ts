/**
 * The exported briefing opened as a file, offline, in real headless Chromium: every citation
 * mark leads to a footnote with document, date, grade and quote; no script from the data runs
 * (the fixture's note, caption, title and quote carry `<script>` and `onerror` payloads); the
 * scene image is not broken; and the page makes no request at all (its CSP refuses them).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingHtml } from '../../client/briefing/html.ts';
import { buildBriefing } from '../../client/briefing/model.ts';
import { briefingFixture } from '../helpers/briefing-fixture.ts';
import { CHROMIUM_ARGS, screenshot } from '../helpers/browser.ts';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'briefing-'));
const file = join(dir, 'briefing.html');

beforeAll(async () => {
  writeFileSync(file, briefingHtml(buildBriefing(briefingFixture())));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the briefing file, offline', { timeout: 120_000 }, () => {
  it('shows footnoted narration, runs no script from the data, breaks no image and requests nothing', async () => {
    const context = await browser.newContext({ offline: true, viewport: { width: 1000, height: 1400 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const url = pathToFileURL(file).href;
    await page.goto(url);
    await page.waitForLoadState('load');

    // No script of the data ran, and the payloads are there as text.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(await page.locator('.notes li').first().textContent()).toContain('<script>window.__pwned = "script"</script>');
    expect(await page.locator('h1').textContent()).toContain('<script>');

    // The one image is the scene, decoded.
    const images = await page
      .locator('img')
      .evaluateAll((imgs) => imgs.map((i) => ({ done: (i as HTMLImageElement).complete, w: (i as HTMLImageElement).naturalWidth })));
    expect(images).toEqual([{ done: true, w: 2 }]);

    // Every citation mark leads to a footnote with document, date, grade and quote.
    const marks = await page.locator('sup a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(marks.length).toBe(4);
    for (const href of new Set(marks)) {
      const note = page.locator(href);
      expect(await note.count()).toBe(1);
      expect(await note.locator('cite.document').textContent()).toBeTruthy();
      expect(await note.locator('.source').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(await note.locator('.grade').textContent()).toMatch(/^[A-F][1-6]$/);
      expect(await note.locator('.quote').textContent()).toMatch(/^“.+”$/);
    }
    // Every narrated sentence has a mark or says it has no source.
    const sentences = await page
      .locator('.sentence')
      .evaluateAll((ss) => ss.map((s) => s.nextElementSibling?.matches('sup, .nosource') ?? false));
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.every(Boolean)).toBe(true);
    await page.click('sup a[href="#fn-3"]');
    expect(await page.evaluate(() => location.hash)).toBe('#fn-3');

    await screenshot(page, 'briefing-offline');
    // The file asked for nothing but itself (and its data: image).
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);

    // The CSP refuses a request even if something tried one.
    const violated = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective));
          const img = new Image();
          img.src = 'http://127.0.0.1:9/tracker.png';
          document.body.append(img);
        }),
    );
    expect(violated).toBe('img-src');

    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
