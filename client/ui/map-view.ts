/**
 * The map: nodes with a place (geo-place.ts) are put where they are on a Natural Earth world
 * outline (world-atlas, 1:110m, bundled and loaded only when the map is first opened), the others
 * are laid out by force around them (fcose with the placed nodes fixed), and the scene's
 * relationships are drawn between them as on the graph. The outline is an SVG under the canvas
 * that follows its pan and zoom.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { nodeOf } from '../graph/element-state.ts';
import { countryIndex, placeOf, type CountryIndex, type CountryShape, type LonLat } from './geo-place.ts';
import { svg } from './svg.ts';

/** The world's width in model coordinates. */
const WORLD_W = 8000;

interface World {
  index: CountryIndex;
  projection: GeoProjection;
  /** Country outlines as SVG path data in model coordinates. */
  outlines: { name: string; d: string }[];
}

let world: Promise<World> | null = null;

/** Loads the outline once, lazily (a separate chunk of the build). */
function loadWorld(): Promise<World> {
  world ??= (async () => {
    const [{ feature }, geo, atlas] = await Promise.all([
      import('topojson-client'),
      import('d3-geo'),
      import('world-atlas/countries-110m.json'),
    ]);
    const topo = (atlas as { default?: unknown }).default ?? atlas;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- world-atlas ships JSON without types
    const countries = feature(topo as any, (topo as any).objects.countries) as unknown as {
      features: { id: string; properties: { name: string }; geometry: GeoPermissibleObjects }[];
    };
    const projection = geo.geoNaturalEarth1().fitSize([WORLD_W, WORLD_W / 2], { type: 'Sphere' });
    const path = geo.geoPath(projection);
    const shapes: CountryShape[] = countries.features.map((f) => ({
      id: String(f.id),
      name: f.properties.name,
      centroid: geo.geoCentroid(f as never) as LonLat,
    }));
    const outlines = countries.features.map((f) => ({ name: f.properties.name, d: path(f as never) ?? '' })).filter((o) => o.d);
    return { index: countryIndex(shapes), projection, outlines };
  })();
  return world;
}

export interface MapScene {
  cy: Core;
  relayout(): Promise<void>;
}

export class MapView {
  private layer: SVGSVGElement | null = null;
  private group: SVGGElement | null = null;
  private on = false;
  private readonly follow = () => this.syncViewport();

  constructor(
    private readonly host: HTMLElement,
    private readonly scene: () => MapScene,
    private readonly say: (message: string) => void,
  ) {}

  get open(): boolean {
    return this.on;
  }

  async toggle(on = !this.on): Promise<void> {
    if (on === this.on) return;
    this.on = on;
    const cy = this.scene().cy;
    if (!on) {
      cy.off('viewport resize', this.follow);
      this.layer?.remove();
      this.layer = null;
      delete this.host.dataset.map;
      cy.nodes().unlock();
      await this.scene().relayout();
      return;
    }
    const w = await loadWorld();
    this.drawOutline(w);
    await this.place(w);
    this.host.dataset.map = 'on';
    cy.on('viewport resize', this.follow);
    this.syncViewport();
  }

  /** Re-places the nodes (call when the scene changes while the map is open). */
  async refresh(): Promise<void> {
    if (this.on) await this.place(await loadWorld());
  }

  private drawOutline(w: World): void {
    this.layer?.remove();
    this.group = svg(
      'g',
      { class: 'map-countries' },
      ...w.outlines.map((o) => svg('path', { d: o.d, class: 'map-country' }, svg('title', {}, o.name))),
    );
    this.layer = svg('svg', { id: 'map-layer', class: 'map-layer', 'aria-hidden': 'true' }, this.group);
    // Under the canvas: the graph's canvases are transparent, so the outline shows through.
    this.host.insertBefore(this.layer, this.host.firstChild);
  }

  private syncViewport(): void {
    const cy = this.scene().cy;
    const pan = cy.pan();
    this.group?.setAttribute('transform', `translate(${pan.x} ${pan.y}) scale(${cy.zoom()})`);
  }

  private async place(w: World): Promise<void> {
    const cy = this.scene().cy;
    const fixed: { nodeId: string; position: { x: number; y: number } }[] = [];
    const unplaced: NodeSingular[] = [];
    cy.nodes().forEach((n) => {
      const at = placeOf(nodeOf(n), w.index);
      const xy = at ? w.projection(at) : null;
      if (xy) {
        n.unlock();
        n.position({ x: xy[0], y: xy[1] });
        n.data('geo', true);
        fixed.push({ nodeId: n.id(), position: { x: xy[0], y: xy[1] } });
      } else {
        n.data('geo', false);
        unplaced.push(n);
      }
    });
    // Start each unplaced node beside its placed neighbours, then let the force layout settle them.
    for (const n of unplaced) {
      const near = n.neighborhood('node').filter((m) => m.data('geo') === true);
      const c = near.nonempty() ? near.boundingBox({}) : { x1: WORLD_W / 2, x2: WORLD_W / 2, y1: WORLD_W / 4, y2: WORLD_W / 4 };
      n.position({ x: (c.x1 + c.x2) / 2 + (Math.random() - 0.5) * 60, y: (c.y1 + c.y2) / 2 + (Math.random() - 0.5) * 60 });
    }
    if (unplaced.length && fixed.length) {
      await new Promise<void>((done) => {
        const layout = cy.layout({
          name: 'fcose',
          randomize: false,
          animate: false,
          fit: false,
          quality: 'default',
          nodeRepulsion: () => 2000,
          idealEdgeLength: () => 60,
          fixedNodeConstraint: fixed,
        } as never);
        layout.one('layoutstop', () => done());
        layout.run();
      });
    }
    cy.nodes()
      .filter((n) => n.data('geo') === true)
      .lock();
    cy.fit(cy.elements(':visible'), 50);
    // Neighbouring countries fitted alone would be drawn huge: no closer than life size.
    if (cy.zoom() > 1) cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    this.say(
      `Map: ${fixed.length} node${fixed.length === 1 ? '' : 's'} placed by where ${fixed.length === 1 ? 'it is' : 'they are'}` +
        (unplaced.length ? `, ${unplaced.length} without a place laid out by force around them.` : '.'),
    );
  }
}
