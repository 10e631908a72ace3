/** Show or hide labels and relationship types: for the whole database schema, with counts on the canvas. */
import type { SchemaCache } from '../api/schema-cache.ts';
import type { Explorer } from '../explorer.ts';
import { families, familyColour, familyOf, onVocabulary } from '../graph/vocabulary.ts';
import { edgeColor, isUninformative, nodeVisual } from '../graph/visual.ts';
import { h, replaceChildren } from './dom.ts';

/** The scene operations the filters panel uses: only these, not the whole Explorer. */
export type FiltersPanelScene = Pick<Explorer, 'cy' | 'notifier' | 'onChange' | 'settings'>;

export class FiltersPanel {
  private labels: string[] = [];
  private types: string[] = [];
  private readonly labelBox = h('fieldset', { class: 'filter-list' }, h('legend', {}, 'Labels'));
  private readonly typeBox = h('fieldset', { class: 'filter-list' }, h('legend', {}, 'Relationship types'));
  /** Hidden until the database proves to be built on our ontology: another database filters by type only. */
  private readonly familyBox = h('fieldset', { class: 'filter-list', hidden: true }, h('legend', {}, 'Families'));
  private readonly typeFilter = h('input', { type: 'search', id: 'type-filter', placeholder: 'Filter types…', class: 'small-input' });

  constructor(
    root: HTMLElement,
    private readonly explorer: FiltersPanelScene,
    schema: SchemaCache,
  ) {
    replaceChildren(
      root,
      h('h2', { class: 'panel-title' }, 'Filters'),
      h('p', { class: 'muted' }, 'Untick to hide from the canvas. Counts are on the canvas / in the database.'),
      this.labelBox,
      this.familyBox,
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
    // The families appear once the page knows the ontology (main.ts asks for it once, for everyone).
    onVocabulary(() => this.render());
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
      ...types.map((t) => {
        const family = familyOf(t);
        return row(t, family ? familyColour(family) : edgeColor(t), s.hiddenTypes, 'hiddenTypes');
      }),
    );
    this.renderFamilies(onCanvas, s.hiddenTypes);
  }

  /** A family is shown while any of its types is; unticking it hides every type of the family. */
  private renderFamilies(onCanvas: Map<string, number>, hiddenTypes: ReadonlySet<string>): void {
    const list = families();
    this.familyBox.hidden = list.length === 0;
    const rows = list.map(({ family, description, colour, types }) => {
      const input = h('input', {
        type: 'checkbox',
        checked: types.some((t) => !hiddenTypes.has(t)),
        'data-family': family,
        on: {
          change: () => {
            const next = new Set(this.explorer.settings.get().hiddenTypes);
            for (const t of types) {
              if (input.checked) next.delete(t);
              else next.add(t);
            }
            this.explorer.settings.set({ hiddenTypes: next });
          },
        },
      });
      const shown = types.reduce((n, t) => n + (onCanvas.get(t) ?? 0), 0);
      const inDb = types.reduce((n, t) => n + (this.dbCounts.get(t) ?? 0), 0);
      return h(
        'label',
        { class: 'check', title: description },
        input,
        h('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' }),
        h('span', { class: 'check-name' }, family),
        h('span', { class: 'muted count' }, `${shown} / ${inDb}`),
      );
    });
    replaceChildren(this.familyBox, h('legend', {}, 'Families'), ...rows);
  }
}
