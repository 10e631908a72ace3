/**
 * Authoring in real headless Chromium against the real app and Neo4j: add a short article
 * written for this test, accept two suggested names as new entities, mark two claims on exact
 * spans, commit, trace a path through both claims, then revert both change sets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, type Fingerprint } from '../helpers/fingerprint.ts';
import { hasText, idle, screenshot, startBrowserApp, type BrowserApp } from '../helpers/browser.ts';
import type { Page } from 'playwright-core';

let app: BrowserApp;
let before: Fingerprint;
const n = String(Date.now() % 100000);
const text = `Ilsa Varkoni has directed the Varkoni Institute in Yerevan since 2019. The Varkoni Institute criticized Armenia on 3 March 2023, according to report number ${n}.`;

beforeAll(async () => {
  app = await startBrowserApp({ EDITOR_TOKEN: 'a-browser-test-editor-token', EDITOR_COOKIE: 'true' });
  before = await fingerprint(app.driver, app.database);
});

afterAll(async () => {
  if (!app) return;
  // Reverted change sets stay listed; this file removes its own records, then the database is as it was.
  await app.driver.executeQuery(
    "MATCH (c:ChangeSet:ExplorerRecord) WHERE c.summary CONTAINS $n OR c.summary CONTAINS 'Varkoni' DELETE c",
    { n },
    { database: app.database },
  );
  expect(await fingerprint(app.driver, app.database)).toEqual(before);
  await app.close();
});

/** Selects the words `quote` of the reading view, as a mouse drag would. */
async function select(page: Page, quote: string): Promise<void> {
  await page.evaluate(
    ([q]) => {
      const host = document.getElementById('reading-text')!;
      const start = (host.textContent ?? '').indexOf(q!);
      const end = start + q!.length;
      const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent?.length ?? 0;
        if (!started && start <= at + len) {
          range.setStart(node, start - at);
          started = true;
        }
        if (started && end <= at + len) {
          range.setEnd(node, end - at);
          break;
        }
        at += len;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [quote],
  );
  await page.click('#use-selection');
  await hasText(page.locator('#claim-quote'), quote);
}

async function accept(page: Page, name: string, label: string): Promise<void> {
  await page.locator('#reading-text mark.name-suggestion', { hasText: name }).first().click();
  await page.selectOption('#suggestion-label', label);
  await page.click('#suggestion-accept');
  await hasText(page.locator('#pending'), `New ${label}: ${name}`);
}

describe('authoring on the page', { timeout: 240_000 }, () => {
  it('adds an article, marks two claims, commits, traces through them, and reverts', async () => {
    const t = await app.open();
    const { page } = t;
    await page.locator('#open-authoring').waitFor({ state: 'visible' });
    await page.click('#open-authoring');
    await page.fill('#doc-title', `Varkoni Institute criticizes Armenia ${n}`);
    await page.fill('#doc-date', '2023-03-04');
    await page.fill('#doc-publisher', 'Test Wire');
    await page.fill('#doc-language', 'en');
    await page.fill('#doc-content', text);
    await page.click('#doc-add');
    await hasText(page.locator('#reading-text'), 'report number');
    // Known entities are linked, unknown names suggested.
    await hasText(page.locator('#reading-text a.mention[data-key="country-armenia"]'), 'Armenia');
    await hasText(page.locator('#reading-text a.mention[data-key="place-yerevan"]'), 'Yerevan');
    await accept(page, 'Ilsa Varkoni', 'Person');
    await accept(page, 'Varkoni Institute', 'Organization');

    await select(page, 'Ilsa Varkoni has directed the Varkoni Institute in Yerevan since 2019');
    await page.selectOption('#claim-subject', 'person-ilsa-varkoni');
    await page.selectOption('#claim-object', 'org-varkoni-institute');
    // Only types whose domain and range admit a Person and an Organization are offered (FOUNDED is for countries).
    expect(await page.locator('#claim-type option[value="FOUNDED"]').count()).toBe(0);
    await page.selectOption('#claim-type', 'WORKS_FOR');
    await page.fill('#claim-from', '2019');
    await page.fill('#claim-to', '2018');
    await hasText(page.locator('#claim-problems'), 'ends before it starts');
    expect(await page.locator('#claim-add').isDisabled()).toBe(true);
    await page.fill('#claim-to', '');
    await page.locator('#claim-problems li').first().waitFor({ state: 'detached' });
    await screenshot(page, 'authoring-claim-form');
    await page.click('#claim-add');

    // An entity the text does not name can be found by search and chosen.
    await page.fill('#claim-other-entity', 'Kazakhstan');
    await page.locator('.typeahead-option', { hasText: 'Kazakhstan' }).first().click();
    expect(await page.locator('#claim-subject option[value="country-kazakhstan"]').count()).toBe(1);
    await page.selectOption('#claim-subject', '');
    await page.selectOption('#claim-object', '');

    await select(page, 'The Varkoni Institute criticized Armenia on 3 March 2023');
    await page.selectOption('#claim-subject', 'org-varkoni-institute');
    await page.selectOption('#claim-object', 'country-armenia');
    await page.selectOption('#claim-type', 'CRITICIZED');
    await page.fill('#claim-date', '2023-03-03');
    await page.click('#claim-add');
    await hasText(page.locator('#pending'), 'Varkoni Institute CRITICIZED Armenia');
    await page.fill('#commit-summary', `Varkoni claims ${n}`);
    await screenshot(page, 'authoring-reading-view');
    await page.click('#commit');
    await hasText(page.locator('#changesets li').first(), `Varkoni claims ${n}`);
    await page.locator('#reading-text a.mention[data-key="person-ilsa-varkoni"]').first().waitFor();

    // Trace a path through both claims: the person, the institute, Armenia.
    await page.keyboard.press('Escape');
    await page.click('#tab-trace');
    await page.fill('#trace-from', 'Ilsa Varkoni');
    await page.locator('.typeahead-option', { hasText: 'Ilsa Varkoni' }).first().click();
    await page.fill('#trace-to', 'Armenia');
    await page.locator('.typeahead-option', { hasText: 'Armenia' }).first().click();
    await page.click('#trace-run');
    const card = page.locator('.path-card').first();
    await card.waitFor({ timeout: 60_000 });
    await idle(page);
    await hasText(card, 'Varkoni Institute');
    const quotes = await card.locator('.hop q').allTextContents();
    expect(quotes.join(' ')).toContain('Ilsa Varkoni has directed the Varkoni Institute in Yerevan since 2019');
    expect(quotes.join(' ')).toContain('The Varkoni Institute criticized Armenia on 3 March 2023');
    await screenshot(page, 'authoring-trace');

    // Revert: the document cannot go first (the claims cite it); the claims, then the document.
    await page.click('#open-authoring');
    const claimsItem = page.locator('#changesets li', { hasText: `Varkoni claims ${n}` });
    const docItem = page.locator('#changesets li', { hasText: `Varkoni Institute criticizes Armenia ${n}` });
    await docItem.locator('.revert').click();
    await hasText(page.locator('#authoring-status'), /cannot be reverted before/);
    await claimsItem.locator('.revert').click();
    await hasText(claimsItem, 'reverted by');
    await docItem.locator('.revert').click();
    await hasText(docItem, 'reverted by');
    const { records } = await app.driver.executeQuery(
      "MATCH (n) WHERE n.key IN ['person-ilsa-varkoni', 'org-varkoni-institute'] OR (n:Document AND n.title CONTAINS $n) RETURN count(n) AS c",
      { n },
      { database: app.database },
    );
    expect(records[0]!.get('c').toNumber()).toBe(0);
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});

describe('who sees the editing controls', { timeout: 240_000 }, () => {
  it('hides Write on a server without EDITOR_TOKEN, and asks a deployment’s editor for the token', async () => {
    const readOnly = await startBrowserApp();
    try {
      const t = await readOnly.open();
      await t.page.waitForFunction(() => document.documentElement.dataset.editor === 'false');
      expect(await t.page.locator('#open-authoring').isHidden()).toBe(true);
      await t.page.context().close();
    } finally {
      await readOnly.close();
    }
    const deployed = await startBrowserApp({ EDITOR_TOKEN: 'a-deployment-editor-token' });
    try {
      const t = await deployed.open();
      const { page } = t;
      await page.locator('#open-authoring').waitFor({ state: 'visible' });
      await page.click('#open-authoring');
      await page.locator('#editor-token').waitFor();
      expect(await page.locator('#authoring-work').isHidden()).toBe(true);
      await page.fill('#editor-token', 'not-the-token-at-all');
      await page.click('#authoring-gate button');
      await hasText(page.locator('#authoring-status'), 'did not accept');
      expect(await page.locator('#authoring-work').isHidden()).toBe(true);
      await page.fill('#editor-token', 'a-deployment-editor-token');
      await page.fill('#editor-name-gate', 'Dana Deploy');
      await page.click('#authoring-gate button');
      await page.locator('#doc-title').waitFor();
      expect(await page.locator('#authoring-gate').isHidden()).toBe(true);
      expect(t.errors).toEqual([]);
      await page.context().close();
    } finally {
      await deployed.close();
    }
  });
});
