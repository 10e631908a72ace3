/** Show or hide labels and relationship types: for the whole database schema, with counts on the canvas. */
import type { SchemaCache } from '../api/schema-cache.ts';
import type { Explorer } from '../explorer.ts';
import { edgeColor, isUninformative, nodeVisual } from '../graph/visual.ts';
import { h, replaceChildren } from './dom.ts';

export class FiltersPanel {
  private labels: string[] = [];
  private types: string[] = [];
  private readonly labelBox = h('fieldset', { class: 'filter-list' }, h('legend', {}, 'Labels'));
  private readonly typeBox = h('fieldset', { class: 'filter-list' }, h('legend', {}, 'Relationship types'));
  private readonly typeFilter = h('input', { type: 'search', id: 'type-filter', placeholder: 'Filter types…', class: 'small-input' });

  constructor(
    root: HTMLElement,
    private readonly explorer: Explorer,
    schema: SchemaCache,
  ) {
    replaceChildren(
      root,
      h('h2', { class: 'panel-title' }, 'Filters'),
      h('p', { class: 'muted' }, 'Untick to hide from the canvas. Counts are on the canvas / in the database.'),
      this.labelBox,
      h('label', { for: 'type-filter', class: 'visually-hidden' }, 'Filter relationship types'),
      this.typeFilter,
      this.typeBox,
    );
    this.typeFilter.addEventListener('input', () => this.render());
    explorer.onChange(() => this.render());
    schema
      .get()
      .then((s) => {
        this.labels = s.labels.map((l) => l.label).filter((l) => !isUninformative(l));
        this.types = s.relationshipTypes.map((t) => t.type);
        this.dbCounts = new Map([
          ...s.labels.map((l) => [l.label, l.count] as const),
          ...s.relationshipTypes.map((t) => [t.type, t.count] as const),
        ]);
        this.render();
      })
      .catch((e: unknown) => explorer.notifier.error(e, 'Loading the schema'));
  }

  private dbCounts = new Map<string, number>();

  private render(): void {
    const cy = this.explorer.cy;
    const s = this.explorer.settings.get();
    const onCanvas = new Map<string, number>();
    cy.nodes().forEach((n) => {
      const p = n.data('primary') as string;
      onCanvas.set(p, (onCanvas.get(p) ?? 0) + 1);
    });
    cy.edges().forEach((e) => {
      const t = e.data('type') as string;
      onCanvas.set(t, (onCanvas.get(t) ?? 0) + 1);
    });
    const labels = [...new Set([...this.labels, ...cy.nodes().map((n) => n.data('primary') as string)])].sort();
    const needle = this.typeFilter.value.trim().toUpperCase();
    const types = [...new Set([...this.types, ...cy.edges().map((e) => e.data('type') as string)])]
      .filter((t) => !needle || t.includes(needle))
      .sort((a, b) => (onCanvas.get(b) ?? 0) - (onCanvas.get(a) ?? 0) || a.localeCompare(b));
    const row = (name: string, color: string, hidden: ReadonlySet<string>, key: 'hiddenLabels' | 'hiddenTypes') => {
      const input = h('input', {
        type: 'checkbox',
        checked: !hidden.has(name),
        'data-name': name,
        on: {
          change: () => {
            const next = new Set(this.explorer.settings.get()[key]);
            if (input.checked) next.delete(name);
            else next.add(name);
            this.explorer.settings.set({ [key]: next });
          },
        },
      });
      return h(
        'label',
        { class: 'check' },
        input,
        h('span', { class: 'swatch', style: `background:${color}`, 'aria-hidden': 'true' }),
        h('span', { class: 'check-name' }, name),
        h('span', { class: 'muted count' }, `${onCanvas.get(name) ?? 0} / ${this.dbCounts.get(name) ?? '?'}`),
      );
    };
    replaceChildren(
      this.labelBox,
      h('legend', {}, 'Labels'),
      ...labels.map((l) => row(l, nodeVisual(l).color, s.hiddenLabels, 'hiddenLabels')),
    );
    replaceChildren(
      this.typeBox,
      h('legend', {}, 'Relationship types'),
      ...types.map((t) => row(t, edgeColor(t), s.hiddenTypes, 'hiddenTypes')),
    );
  }
}
