/**
 * Data that holds markup shows as text everywhere the page shows data: the search dropdown,
 * canvas labels, the details panel (the page's tooltips hold no data), the trace narration and its citations,
 * the document view, the Cypher table and JSON view. No dialog opens, no injected element
 * appears, and the page runs under its strict Content-Security-Policy without one violation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../seed/load.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { hasText, idle, sceneNodes, screenshot, startBrowserApp, type BrowserApp } from '../helpers/browser.ts';

const NAME = '<img src=x onerror=alert(1)>';
const PROPERTY = '"><script>alert(2)</script>';
const OTHER = '<svg onload=alert(3)>';
const QUOTE = 'They <b onmouseover=alert(4)>allied</b><script>alert(5)</script> in 2001.';
const TITLE = '<iframe src="javascript:alert(6)"></iframe>';

const suffix = uniqueSuffix();
const alias = `xsstext${suffix}`;
const otherAlias = `xssother${suffix}`;
const keys = [`test-xss-a-${suffix}`, `test-xss-b-${suffix}`, `test-xss-doc-${suffix}`];
let app: BrowserApp;
let dir: string;

beforeAll(async () => {
  app = await startBrowserApp();
  dir = mkdtempSync(join(tmpdir(), 'explorer-xss-'));
  const file = join(dir, 'hostile.json');
  const data = {
    documents: [{ key: keys[2], title: TITLE, publisher: '<i>Wire</i>', date: '2022-10-13' }],
    nodes: [
      { key: keys[0], labels: ['Person'], name: NAME, aliases: [alias], properties: { motto: PROPERTY } },
      { key: keys[1], labels: ['Organization'], name: OTHER, aliases: [otherAlias] },
    ],
    relationships: [{ type: 'ALLIED_WITH', from: keys[0], to: keys[1], evidence: [{ document: keys[2], quote: QUOTE }] }],
  };
  writeFileSync(file, JSON.stringify(data));
  await loadFiles({ driver: app.driver, database: app.database }, [file]);
});

afterAll(async () => {
  await app?.driver.executeQuery('MATCH (n:Entity) WHERE n.key IN $keys DETACH DELETE n', { keys }, { database: app.database });
  await app?.driver.executeQuery('MATCH (d:Document) WHERE d.key IN $keys DETACH DELETE d', { keys }, { database: app.database });
  if (dir) rmSync(dir, { recursive: true, force: true });
  await app?.close();
});

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
  violations: string[];
}

/** A page that records dialogs, errors and every CSP violation from its very first script. */
async function openWatched(): Promise<Watched> {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const w: Watched = { page, dialogs: [], errors: [], violations: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) w.violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(app.url);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  await idle(page);
  return w;
}

/** Elements that only injected markup would have made. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' && !el.hasAttribute('src')) found.push('inline script');
      if (tag === 'iframe' || (tag === 'img' && el.getAttribute('src') === 'x')) found.push(tag);
      if (tag === 'svg' && el.hasAttribute('onload')) found.push('svg onload');
      for (const a of el.getAttributeNames()) if (a.startsWith('on')) found.push(`${tag}[${a}]`);
    }
    return found;
  });
}

async function pick(page: Page, input: string, text: string): Promise<void> {
  await page.fill(input, text);
  const option = page.locator('.typeahead-option:visible').first(); // the main search's list stays in the DOM, hidden
  await option.waitFor();
  await option.click();
  await idle(page);
}

describe('markup in the data', () => {
  it('is text in search, canvas, details, tooltips, trace, document view, and Cypher table and JSON', async () => {
    const w = await openWatched();
    const { page } = w;

    // Search dropdown, then canvas label and details panel with the property.
    await page.fill('#search', alias);
    const option = page.locator('.typeahead-option').first();
    await option.waitFor();
    await hasText(option, NAME);
    await option.click();
    await idle(page);
    expect((await sceneNodes(page)).map((n) => n.caption)).toContain(NAME);
    await hasText(page.locator('#panel-details .panel-title'), NAME);
    await hasText(page.locator('#panel-details'), PROPERTY);
    await hasText(page.locator('#panel-details'), TITLE);

    // Trace narration and its citation, then the document view.
    await page.click('#tab-trace');
    await pick(page, '#trace-from', alias);
    await pick(page, '#trace-to', otherAlias);
    await page.click('#trace-run');
    const card = page.locator('.path-card').first();
    await card.waitFor({ timeout: 15_000 });
    await hasText(card, NAME);
    await hasText(card, OTHER);
    await hasText(card.locator('q').first(), QUOTE);
    await card.locator('.hop-cite .link-btn').first().click();
    await page.locator('#doc-dialog').waitFor();
    await hasText(page.locator('#doc-dialog'), TITLE);
    await screenshot(page, 'xss-document-view');
    await page.keyboard.press('Escape');

    // The Cypher editor's table and JSON view.
    await page.click('#tab-cypher');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(`MATCH (a:Entity {key: '${keys[0]}'})-[r]->(b) RETURN a, r, b, a.name AS name, a.motto AS motto`);
    await page.keyboard.press('Control+Enter');
    const table = page.locator('#cypher-table');
    await table.waitFor({ timeout: 15_000 });
    await idle(page);
    await hasText(table, NAME);
    await hasText(table, PROPERTY);
    await screenshot(page, 'xss-cypher-table');
    await page.getByRole('tab', { name: 'JSON' }).click();
    await hasText(page.locator('.json-view'), 'alert(2)');

    await page.waitForTimeout(500);
    expect(await injected(page)).toEqual([]);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    await page.context().close();
  }, 90_000);
});

describe('the Content-Security-Policy', () => {
  it('is strict: scripts only from the page itself, no eval, no inline script, no plugins, no framing', async () => {
    const res = await fetch(app.url);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    // And the built page has no inline script for the policy to forbid.
    const html = readFileSync(resolve(import.meta.dirname, '..', '..', 'dist', 'client', 'index.html'), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
  });
});
