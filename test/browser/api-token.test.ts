/**
 * With API_TOKEN set the page stays usable: on the first 401 it asks once for the token, keeps
 * it for the tab (sessionStorage), and every later call sends it; a reload does not ask again.
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, hasText, idle } from '../helpers/browser.ts';
import { testDatabase, testDriver } from '../helpers/database.ts';
import { serve, type Served } from '../reliability/lib/serve.ts';

const TOKEN = 'a-long-enough-browser-test-token';
const driver = testDriver();
let app: Served;
let browser: Browser;

beforeAll(async () => {
  const staticDir = resolve(import.meta.dirname, '..', '..', 'dist', 'client');
  app = await serve(driver, { NEO4J_DATABASE: testDatabase().database, API_TOKEN: TOKEN }, staticDir);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver.close();
});

describe('the page with API_TOKEN set', () => {
  it('asks for the token once, then works, and keeps it across a reload', async () => {
    const page = await (await browser.newContext()).newPage();
    const prompts: string[] = [];
    page.on('dialog', (d) => {
      prompts.push(d.type());
      void d.accept(TOKEN);
    });
    const unauthorized: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 401) unauthorized.push(r.url());
    });
    await page.goto(app.url);
    await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
    await idle(page);
    expect(prompts).toEqual(['prompt']);
    await page.fill('#search', 'Tokaev');
    await hasText(page.locator('.typeahead-option').first(), 'Kassym-Jomart Tokayev');

    const before = unauthorized.length;
    await page.reload();
    await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
    await idle(page);
    expect(prompts).toEqual(['prompt']);
    expect(unauthorized.length).toBe(before);
    await page.context().close();
  });
});
