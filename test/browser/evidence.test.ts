/**
 * Why we believe it on the page (issue 14): line style by confidence, width by corroboration,
 * a contradiction marked on the canvas and in Details, the legend explaining both, a verdict
 * recorded and reversed from Details, and the control that hides what falls below a confidence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../seed/load.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { eventually, hasText, idle, screenshot, startBrowserApp, type BrowserApp } from '../helpers/browser.ts';
import { writeEvidenceFixture } from '../helpers/evidence-fixture.ts';

let app: BrowserApp;
const s = uniqueSuffix();

beforeAll(async () => {
  app = await startBrowserApp({ EDITOR_TOKEN: 'browser-evidence-token-0123456789', EDITOR_COOKIE: 'true' });
  await loadFiles({ driver: app.driver, database: app.database }, [writeEvidenceFixture(s)]);
}, 300_000);

afterAll(async () => {
  if (!app) return;
  await app.driver.executeQuery(
    'MATCH (v:Verdict:ExplorerRecord) WHERE v.contradiction CONTAINS $s DETACH DELETE v',
    { s },
    { database: app.database },
  );
  await app.driver.executeQuery('MATCH (n) WHERE n.key ENDS WITH $s DETACH DELETE n', { s: `-${s}` }, { database: app.database });
  await app.close();
}, 300_000);

type Win = { __explorer: { cy: import('cytoscape').Core } };

/** A fixture edge's drawn style, by type, among the edges of Alphaland. */
const styleOf = (page: import('playwright-core').Page, type: string) =>
  page.evaluate((t) => {
    const e = (window as unknown as Win).__explorer.cy
      .edges(`[type = "${t}"]`)
      .filter((x) => String(x.data('edge').properties.key).includes('alpha'))[0]!;
    return {
      lineStyle: e.style('line-style') as string,
      width: parseFloat(e.style('width') as string),
      contradicted: e.hasClass('contradicted'),
      visible: e.visible(),
    };
  }, type);

/** Selects Alphaland's SUPPORTS edge, as a click on it does. */
const selectSupports = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as Win).__explorer.cy;
    cy.$(':selected').unselect();
    cy.edges('[type = "SUPPORTS"]')
      .filter((x) => String(x.data('edge').properties.key).includes('alpha'))
      .select();
  });

describe('evidence on the page', { timeout: 300_000 }, () => {
  it('draws confidence and corroboration, marks a contradiction, explains both, records and reverses a verdict, hides below a confidence', async () => {
    const t = await app.open();
    const { page } = t;
    await page.fill('#search', `Alphaland ${s}`);
    const option = page.locator('.typeahead-option', { hasText: `Alphaland ${s}` }).first();
    await option.waitFor();
    await option.click();
    await idle(page);
    await page.click('#tab-details');
    await page.locator('button', { hasText: 'Expand all' }).click();
    await idle(page);

    // SUPPORTS: two independent sources, confidence 0.696 (tentative: dashed), in contradictions;
    // DID_NOT_SUPPORT: one ungraded source, 0.25 (unconfirmed: dotted), thinner.
    await eventually(async () => expect(await styleOf(page, 'SUPPORTS')).toMatchObject({ lineStyle: 'dashed', contradicted: true }));
    const supports = await styleOf(page, 'SUPPORTS');
    const negation = await styleOf(page, 'DID_NOT_SUPPORT');
    expect(negation.lineStyle).toBe('dotted');
    expect(supports.width).toBeGreaterThan(negation.width);
    const legend = page.locator('#legend');
    await hasText(legend, 'Line: confidence');
    await hasText(legend, 'tentative (0.40 to 0.69)');
    await hasText(legend, 'Width: independent sources');
    await hasText(legend, 'in an open contradiction');
    // The legend scrolls: its evidence part is at the end.
    await legend.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await screenshot(page, 'evidence-legend-contradiction');

    // Details: why we believe it, and the contradictions with a verdict form (this page may edit).
    await selectSupports(page);
    const details = page.locator('#panel-details');
    await hasText(details, 'Why do we believe this?');
    await hasText(details, 'confidence 0.696 from 2 independent sources');
    await hasText(details, '1 − (1 − 0.600) × (1 − 0.240) = 0.696');
    await hasText(details, 'Contradictions (2)');
    await screenshot(page, 'evidence-details');
    await details.locator('[data-contradictions]').scrollIntoViewIfNeeded();

    const negationBox = details.locator('.contradiction[data-kind="negation"]');
    await negationBox.locator('select').selectOption('second');
    await negationBox.locator('textarea').fill('The analysis is the later text.');
    await negationBox.locator('button[type="submit"]').click();
    await hasText(details.locator('.contradiction[data-kind="negation"]'), 'Verdict: DID_NOT_SUPPORT holds');
    const stored = await app.driver.executeQuery(
      'MATCH (v:Verdict:ExplorerRecord) WHERE v.contradiction CONTAINS $s RETURN v.holds AS holds, v.reason AS reason, v.reversedAt IS NULL AS open',
      { s },
      { database: app.database },
    );
    expect(stored.records.map((r) => r.toObject())).toEqual([{ holds: 'second', reason: 'The analysis is the later text.', open: true }]);
    await screenshot(page, 'evidence-verdict');
    await details.locator('.contradiction[data-kind="negation"] button', { hasText: 'Reverse' }).click();
    await eventually(async () => expect(await details.locator('.contradiction[data-kind="negation"] form').count()).toBe(1));

    // Only confirmed relationships: every fixture edge (none reaches 0.70) goes out of sight.
    await page.locator('#legend-confidence').selectOption('confirmed');
    await eventually(async () => expect((await styleOf(page, 'SUPPORTS')).visible).toBe(false));
    await hasText(legend, 'hidden below that confidence');
    await page.locator('#legend-confidence').selectOption('unconfirmed');
    await eventually(async () => expect((await styleOf(page, 'SUPPORTS')).visible).toBe(true));

    // The editor regrades the analysis F → B from Details: SUPPORTS turns confirmed,
    // 1 − (1 − 0.600) × (1 − 0.75 × 0.6 × 0.8) = 0.744, and is drawn solid.
    await selectSupports(page);
    await details.locator(`select.grade-select[data-document="analysis-${s}"]`).first().selectOption('B');
    await hasText(details, 'Confirmed: confidence 0.744 from 2 independent sources');
    await eventually(async () => expect((await styleOf(page, 'SUPPORTS')).lineStyle).toBe('solid'));
    const graded = await app.driver.executeQuery(
      'MATCH (d:Document {key: $k}) RETURN d.reliability AS r',
      { k: `analysis-${s}` },
      { database: app.database },
    );
    expect(graded.records[0]?.get('r')).toBe('B');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
