/** What the page must never do: run data as markup, or let a query change the database; and its CSV is safe to open. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../seed/load.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { hasText, idle, textIs, sceneNodes, screenshot, startBrowserApp, type BrowserApp } from '../helpers/browser.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

let app: BrowserApp;
const suffix = uniqueSuffix();
const key = `test-xss-${suffix}`;
const alias = `xssprobe${suffix}`;
let dir: string;

async function countNodes(): Promise<number> {
  const res = await app.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: app.database });
  return Number(res.records[0]!.get('n'));
}

beforeAll(async () => {
  app = await startBrowserApp();
  dir = mkdtempSync(join(tmpdir(), 'explorer-xss-'));
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify({ nodes: [{ key, labels: ['Person'], name: HOSTILE, aliases: [alias], description: HOSTILE }] }));
  await loadFiles({ driver: app.driver, database: app.database }, [file]);
});

afterAll(async () => {
  await app?.driver.executeQuery('MATCH (n:Entity {key: $key}) DETACH DELETE n', { key }, { database: app.database });
  rmSync(dir, { recursive: true, force: true });
  await app?.close();
});

describe('the page is safe', () => {
  it(`shows a node named ${HOSTILE} as text, and no script runs`, async () => {
    const t = await app.open();
    const { page } = t;
    await page.fill('#search', alias);
    const option = page.locator('.typeahead-option').first();
    await option.waitFor();
    await textIs(option.locator('.option-caption'), HOSTILE);
    await option.click();
    await idle(page);
    expect((await sceneNodes(page)).map((n) => n.caption)).toContain(HOSTILE);
    await textIs(page.locator('#panel-details .panel-title'), HOSTILE);
    await hasText(page.locator('#panel-details'), `description${HOSTILE}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(500);
    await screenshot(page, 'hostile-name');
    expect(t.dialogs).toEqual([]);
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a write from the Cypher editor with a clear message, and nothing changes', async () => {
    const before = await countNodes();
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-cypher');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('CREATE (n) RETURN n');
    await page.click('#cypher-run');
    const error = page.locator('#panel-cypher .error-box');
    await error.waitFor({ timeout: 15_000 });
    await hasText(error, /read|write|refuse|not allowed/i);
    await screenshot(page, 'cypher-write-refused');
    expect(await countNodes()).toBe(before);
    await page.context().close();
  });

  it('points at the position of a syntax error', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-cypher');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('MATCH (n RETURN n');
    await page.keyboard.press('Control+Enter');
    const error = page.locator('#panel-cypher .error-box');
    await error.waitFor({ timeout: 15_000 });
    await hasText(error, /Line 1, column \d+/);
    await hasText(error.locator('.error-pointer'), '^');
    await page.context().close();
  });

  it('exports the result table as CSV with formula-like cells defused', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#tab-cypher');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText("RETURN '=1+2' AS formula, '@SUM(A1)' AS at, 'plain, text' AS plain, -3 AS n");
    await page.keyboard.press('Control+Enter');
    await page.locator('#cypher-table').waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#cypher-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe('formula,at,plain,n\r\n\'=1+2,\'@SUM(A1),"plain, text",-3\r\n');
    await page.context().close();
  });
});
