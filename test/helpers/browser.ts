/**
 * Browser tests' one helper: starts the real app (real driver, built page) on port 0 and
 * Debian's Chromium headless, and tears both down. Pages record errors and dialogs.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Driver } from '../../server/db/driver.ts';
import { serveApp } from './app.ts';
import { TEST_DB_WAIT_MS, testDatabase, testDriver } from './database.ts';
import { CHROMIUM_ARGS } from './chromium-args.ts';
import { neo4jEnv } from './neo4j-env.ts';

const root = resolve(import.meta.dirname, '..', '..');
/** How long a page may take to get ready or settle: generous, since a busy 2-core machine is slow, not wrong. */
const SETTLE_MS = 60_000;
export const screenshotDir = join(root, 'test-results', 'screenshots');

export { CHROMIUM_ARGS };

/** A page plus what went wrong on it: uncaught errors and any dialog (alert/confirm) that opened. */
export interface TrackedPage {
  page: Page;
  errors: string[];
  dialogs: string[];
}

export interface BrowserApp {
  url: string;
  browser: Browser;
  driver: Driver;
  database: string;
  /** A fresh page (its own context) at `path` (1440 × 900 unless a viewport is given), once the page is ready and idle. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<TrackedPage>;
  close(): Promise<void>;
}

/** `env` adds configuration, e.g. EDITOR_TOKEN and EDITOR_COOKIE=true for a page that may edit. */
export async function startBrowserApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  const db = testDatabase();
  const driver = testDriver();
  const server = await serveApp(driver, {
    env: { ...neo4jEnv(db), DB_WAIT_MS: TEST_DB_WAIT_MS, ...env },
    staticDir: join(root, 'dist', 'client'),
  });
  const { url } = server;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(screenshotDir, { recursive: true });

  return {
    url,
    browser,
    driver,
    database: db.database,
    async open(path = '/', viewport = { width: 1440, height: 900 }) {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      const tracked: TrackedPage = { page, errors: [], dialogs: [] };
      page.on('pageerror', (e) => tracked.errors.push(e.message));
      page.on('dialog', (d) => {
        tracked.dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(url + path);
      await page.waitForSelector('body[data-ready]', { timeout: SETTLE_MS });
      await idle(page);
      return tracked;
    },
    async close() {
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/**
 * A test file's app: started before its first test, closed after its last. The handle is usable
 * once the tests run (in `it`, not at the file's top level).
 */
export function useBrowserApp(env: Record<string, string> = {}): BrowserApp {
  let app: BrowserApp | undefined;
  beforeAll(async () => {
    app = await startBrowserApp(env);
  });
  afterAll(async () => {
    await app?.close();
  });
  const started = (): BrowserApp => {
    if (!app) throw new Error('the browser app is used before its beforeAll ran');
    return app;
  };
  return {
    get url() {
      return started().url;
    },
    get browser() {
      return started().browser;
    },
    get driver() {
      return started().driver;
    },
    get database() {
      return started().database;
    },
    open: (path, viewport) => started().open(path, viewport),
    close: () => started().close(),
  };
}

/** The page's window as the tests read it: the live Cytoscape core the page exposes (client/main.ts). */
export type ExplorerWindow = { __explorer: { cy: import('cytoscape').Core } };

/** Waits until no request is under way and layouts have settled. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('data-busy'), undefined, { timeout: SETTLE_MS });
  await page.waitForTimeout(500);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Ids and captions of the nodes on the canvas. */
export function sceneNodes(page: Page): Promise<{ id: string; caption: string; x: number; y: number; selected: boolean }[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy;
    return cy.nodes().map((n) => ({
      id: n.id(),
      caption: String(n.data('caption')),
      x: n.position('x'),
      y: n.position('y'),
      selected: n.selected(),
    }));
  });
}

/** Centres a node in the canvas (clear of the legend and messages) and says where it is drawn, in page coordinates, to click it like a person. */
export function nodeOnScreen(page: Page, caption: string): Promise<{ x: number; y: number }> {
  return page.evaluate((name) => {
    const cy = (window as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer.cy;
    const n = cy.nodes().filter((x) => x.data('caption') === name)[0];
    if (!n) throw new Error(`no node "${name}" on the canvas`);
    cy.center(n);
    const p = n.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, caption);
}

/** Retries an assertion until it passes or `timeout` ms have gone by (then throws its last failure). */
export async function eventually(check: () => Promise<void> | void, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Waits until the element's text contains a string or matches a pattern. */
export function hasText(locator: Locator, want: string | RegExp): Promise<void> {
  return eventually(async () => {
    const text = (await locator.textContent()) ?? '';
    if (typeof want === 'string') expect(text).toContain(want);
    else expect(text).toMatch(want);
  });
}

/** Waits until the element's whole text (trimmed) is `want`. */
export function textIs(locator: Locator, want: string): Promise<void> {
  return eventually(async () => expect(((await locator.textContent()) ?? '').trim()).toBe(want));
}

/** Fills the trace panel's two ends by searching and picking the suggestion that shows `fromOption` / `toOption`. */
export async function chooseTraceEnds(page: Page, from: [string, string], to: [string, string]): Promise<void> {
  await page.fill('#trace-from', from[0]);
  await page.locator('.typeahead-option', { hasText: from[1] }).first().click();
  await page.fill('#trace-to', to[0]);
  await page.locator('.typeahead-option', { hasText: to[1] }).first().click();
}
