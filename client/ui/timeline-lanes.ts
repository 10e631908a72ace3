/**
 * The timeline in lanes: the scene's dated events, one lane per entity taking part (lanes-model.ts),
 * drawn as SVG in a drawer over the bottom of the canvas. Linked both ways: clicking an event or a
 * lane selects that relationship or node on the canvas; selecting on the canvas marks the events
 * and lanes of what is selected.
 */
import type { Core } from 'cytoscape';
import { edgeOf, nodeOf } from '../graph/element-state.ts';
import { h, replaceChildren } from './dom.ts';
import { dayString, laneModel, type LaneModel } from './lanes-model.ts';
import { svg } from './svg.ts';

const LANE_H = 24;
const LABEL_W = 170;
const AXIS_H = 22;

export interface LanesScene {
  cy: Core;
  focus(id: string): void;
}

export class TimelineLanes {
  private model: LaneModel = { lanes: [], items: [], from: 0, to: 0 };
  private readonly body: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly scene: () => LanesScene,
  ) {
    this.body = h('div', { class: 'lanes-body' });
    replaceChildren(
      root,
      h(
        'div',
        { class: 'lanes-head' },
        h('strong', {}, 'Timeline lanes'),
        h('span', { class: 'muted' }, ' · one lane per entity taking part in a dated event; click an event to select it on the canvas'),
        h('button', { type: 'button', class: 'link-btn lanes-close', on: { click: () => this.toggle(false) } }, 'Close'),
      ),
      this.body,
    );
  }

  get open(): boolean {
    return !this.root.hidden;
  }

  toggle(on = !this.open): void {
    this.root.hidden = !on;
    this.root.dispatchEvent(new Event('toggle'));
    if (on) this.refresh();
  }

  /** Rebuilds from the canvas (call when the scene changes). */
  refresh(): void {
    if (!this.open) return;
    const cy = this.scene().cy;
    this.model = laneModel(cy.nodes().map(nodeOf), cy.edges().map(edgeOf));
    this.draw();
    this.mark();
  }

  private draw(): void {
    const m = this.model;
    if (!m.items.length) {
      replaceChildren(this.body, h('p', { class: 'muted lanes-empty' }, 'No dated event in the scene.'));
      return;
    }
    const width = Math.max(this.body.clientWidth || 800, 400);
    const span = Math.max(m.to - m.from, 1);
    const pad = 10;
    const x = (d: number) => LABEL_W + pad + ((d - m.from) / span) * (width - LABEL_W - pad * 2);
    const laneY = new Map(m.lanes.map((l, i) => [l.id, AXIS_H + i * LANE_H + LANE_H / 2]));
    const height = AXIS_H + m.lanes.length * LANE_H + 4;
    const root = svg('svg', { class: 'lanes-svg', width, height, role: 'img', 'aria-label': 'Events by entity over time' });

    // Axis: years.
    const firstYear = Number(dayString(m.from).slice(0, 4));
    const lastYear = Number(dayString(m.to).slice(0, 4));
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
    for (let y = firstYear; y <= lastYear + 1; y += step) {
      const d = Date.UTC(y, 0, 1) / 86_400_000;
      if (d < m.from - 1 || d > m.to + 1) continue;
      root.append(
        svg('line', { class: 'lanes-tick', x1: x(d), x2: x(d), y1: AXIS_H - 4, y2: height }),
        svg('text', { class: 'lanes-year', x: x(d) + 2, y: AXIS_H - 8 }, String(y)),
      );
    }
    m.lanes.forEach((l, i) => {
      const y = AXIS_H + i * LANE_H;
      const lane = svg(
        'g',
        { class: 'lane', 'data-id': l.id },
        svg('rect', { class: 'lane-bg', x: 0, y, width, height: LANE_H }),
        svg(
          'text',
          { class: 'lane-label', x: 6, y: y + LANE_H / 2 + 4 },
          l.caption.length > 24 ? `${l.caption.slice(0, 23)}…` : l.caption,
          svg('title', {}, l.caption),
        ),
      );
      lane.addEventListener('click', () => this.scene().focus(l.id));
      root.append(lane);
    });
    for (const it of m.items) {
      const ys = it.lanes.map((id) => laneY.get(id)!).filter((v) => v !== undefined);
      const g = svg('g', { class: `lane-item ${it.kind}${it.open ? ' open' : ''}`, 'data-id': it.id, tabindex: 0 });
      const tip = `${it.label}: ${dayString(it.start)}${it.end !== it.start ? ` – ${it.open ? '…' : dayString(it.end)}` : ''}`;
      if (ys.length > 1)
        g.append(svg('line', { class: 'lane-link', x1: x(it.start), x2: x(it.start), y1: Math.min(...ys), y2: Math.max(...ys) }));
      for (const y of ys) {
        if (it.end > it.start)
          g.append(
            svg('rect', { class: 'lane-bar', x: x(it.start), y: y - 5, width: Math.max(x(it.end) - x(it.start), 3), height: 10, rx: 3 }),
          );
        else g.append(svg('circle', { class: 'lane-dot', cx: x(it.start), cy: y, r: 5 }));
      }
      g.append(svg('title', {}, tip));
      g.addEventListener('click', () => this.scene().focus(it.id));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') this.scene().focus(it.id);
      });
      root.append(g);
    }
    replaceChildren(this.body, root);
  }

  /** Marks the events and lanes of what is selected on the canvas. */
  mark(): void {
    if (!this.open) return;
    const cy = this.scene().cy;
    const selected = new Set(cy.$(':selected').map((e) => e.id()));
    for (const el of this.body.querySelectorAll<SVGGElement>('.lane-item, .lane')) {
      const id = el.getAttribute('data-id') ?? '';
      const item = this.model.items.find((i) => i.id === id);
      const on = selected.has(id) || (item?.lanes.some((l) => selected.has(l)) ?? false);
      el.classList.toggle('selected', on);
    }
  }
}
