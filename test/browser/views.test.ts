/**
 * The timeline lanes and the map in the real page. Lanes: one per entity of a dated event; a click
 * on an event selects it on the canvas, a selection on the canvas marks its lanes and events.
 * Map: countries sit at their Natural Earth centroids, a Place at its own point, and a node with
 * no place is laid out by force among them; the world outline is drawn under the graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseResponse } from '../../contract/cases.ts';
import { uniqueSuffix } from '../helpers/database.ts';
import { eventually, hasText, idle, sceneNodes, screenshot, startBrowserApp, type BrowserApp } from '../helpers/browser.ts';

const TOKEN = 'browser-views-editor-token-0123456789';
const suffix = uniqueSuffix();
let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp({ EDITOR_TOKEN: TOKEN, EDITOR_COOKIE: 'true' });
});

afterAll(async () => {
  if (app) {
    await app.driver.executeQuery(
      'MATCH (c:Case:ExplorerRecord) WHERE c.title CONTAINS $suffix DELETE c',
      { suffix },
      { database: app.database },
    );
    await app.driver.executeQuery('MATCH (p:MapTestPlace) DETACH DELETE p', {}, { database: app.database });
  }
  await app?.close();
});

type Cy = import('cytoscape').Core;

describe('views', { timeout: 180_000 }, () => {
  it('timeline lanes: one per entity, linked to the canvas both ways', async () => {
    const t = await app.open();
    const { page } = t;
    await page.click('#view-lanes');
    await page.locator('#lanes .lane-item').first().waitFor();
    const lanes = await page.locator('#lanes .lane .lane-label').allTextContents();
    expect(lanes.length).toBeGreaterThan(3);
    expect(lanes.some((l) => l.startsWith('Collective Security'))).toBe(true);
    expect(new Set(lanes).size).toBe(lanes.length);

    // Lanes → canvas: clicking an event selects that relationship.
    const item = page.locator('#lanes .lane-item.edge').first();
    const id = await item.getAttribute('data-id');
    await item.locator('.lane-bar, .lane-dot').first().click();
    await eventually(async () =>
      expect(
        await page.evaluate(() => (window as unknown as { __explorer: { cy: Cy } }).__explorer.cy.$(':selected').map((e) => e.id())),
      ).toEqual([id]),
    );
    await eventually(async () => expect(await page.locator(`#lanes .lane-item.selected[data-id="${id}"]`).count()).toBe(1));

    // Canvas → lanes: selecting a node marks its lane and its events.
    const armenia = await page.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: Cy } }).__explorer.cy;
      cy.$(':selected').unselect();
      const n = cy.nodes().filter((x) => x.data('caption') === 'Armenia')[0]!;
      n.select();
      return n.id();
    });
    await eventually(async () => expect(await page.locator(`#lanes .lane.selected[data-id="${armenia}"]`).count()).toBe(1));
    expect(await page.locator('#lanes .lane-item.selected').count()).toBeGreaterThan(0);
    await idle(page);
    await screenshot(page, 'timeline-lanes');
    expect(t.errors).toEqual([]);
    await page.context().close();
  });

  it('map: countries at their centroids, a Place at its point, the rest laid out by force', async () => {
    const { records } = await app.driver.executeQuery(
      `MATCH (am:Country {key: 'country-armenia'}), (ru:Country {key: 'country-russia'}), (by:Country {key: 'country-belarus'}),
         (kz:Country {key: 'country-kazakhstan'}), (csto:Organization {key: 'org-csto'})
       CREATE (p:MapTestPlace {name: $name, location: point({longitude: 44.51, latitude: 40.18})})
       RETURN [elementId(am), elementId(ru), elementId(by), elementId(kz), elementId(csto), elementId(p)] AS ids`,
      { name: `Test Yerevan ${suffix}` },
      { database: app.database },
    );
    const ids = records[0]!.get('ids') as string[];
    const rels = await app.driver.executeQuery(
      'MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids RETURN collect(DISTINCT elementId(r)) AS r',
      { ids },
      { database: app.database },
    );
    const edges = rels.records[0]!.get('r') as string[];
    const scene = {
      nodes: ids,
      edges,
      positions: null,
      pinned: [],
      hidden: [],
      selected: [],
      layout: 'fcose',
      hiddenLabels: [],
      hiddenTypes: [],
      asOf: null,
      query: null,
    };
    const res = await fetch(`${app.url}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-editor-token': TOKEN },
      body: JSON.stringify({ title: `Map case ${suffix}`, content: { scene } }),
    });
    expect(res.status).toBe(200);
    const id = CaseResponse.parse(await res.json()).case.id;

    const t = await app.open(`/#case=${id}`);
    const { page } = t;
    expect((await sceneNodes(page)).length).toBe(6);
    await page.click('#view-map');
    await page.locator('#canvas-wrap[data-map="on"]').waitFor();
    await page.locator('#map-layer path.map-country').first().waitFor({ state: 'attached' });
    expect(await page.locator('#map-layer path.map-country').count()).toBeGreaterThan(150);
    await hasText(page.locator('#status'), '5 nodes placed');
    const at = Object.fromEntries((await sceneNodes(page)).map((n) => [n.caption, n]));
    const [am, ru, by, kz, place] = [at.Armenia!, at.Russia!, at.Belarus!, at.Kazakhstan!, at[`Test Yerevan ${suffix}`]!];
    // West to east: Belarus, Armenia (and Yerevan), Kazakhstan, Russia's centroid far east; Armenia south of Russia and Belarus.
    expect(by.x).toBeLessThan(am.x);
    expect(am.x).toBeLessThan(kz.x);
    expect(kz.x).toBeLessThan(ru.x);
    expect(am.y).toBeGreaterThan(ru.y);
    expect(am.y).toBeGreaterThan(by.y);
    // Yerevan's own point lies within Armenia, a few units from its centroid on an 8,000-unit world.
    expect(Math.hypot(place.x - am.x, place.y - am.y)).toBeLessThan(40);
    // The CSTO has no place: the force layout put it somewhere near its members, not at the origin.
    const csto = at['Collective Security Treaty Organization']!;
    expect(Math.abs(csto.x) + Math.abs(csto.y)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __explorer: { cy: Cy } }).__explorer.cy.edges().length)).toBe(edges.length);
    await idle(page);
    await screenshot(page, 'map-view');

    // Off again: the graph layout returns and the outline goes.
    await page.click('#view-map');
    await page.locator('#map-layer').waitFor({ state: 'detached' });
    expect(t.errors).toEqual([]);
    await page.context().close();
  });
});
