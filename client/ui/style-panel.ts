/**
 * The Style panel: per label a caption property, colour, size and icon; per relationship family
 * or type a colour and width; rules by property value or range; export and import as JSON.
 * It edits `settings.style` only; client/app/style-sync.ts applies it to the canvas.
 */
import type { SchemaCache } from '../api/schema-cache.ts';
import type { Explorer } from '../explorer.ts';
import { ICON_NAMES } from '../graph/style-icons.ts';
import {
  EMPTY_STYLE,
  parseStyleRules,
  type LabelStyle,
  type RelationshipStyle,
  type StyleRule,
  type StyleRules,
} from '../graph/style-rules.ts';
import { families, familyColour, onVocabulary } from '../graph/vocabulary.ts';
import { edgeColor, isUninformative, nodeVisual } from '../graph/visual.ts';
import { download } from '../share/download.ts';
import { h, replaceChildren, type Child } from './dom.ts';

/** The scene operations the style panel uses: only these, not the whole Explorer. */
export type StylePanelScene = Pick<Explorer, 'cy' | 'notifier' | 'onChange' | 'settings'>;

interface SchemaFacts {
  labels: { label: string; properties: string[] }[];
  types: { type: string; properties: string[] }[];
}

const withoutEmpty = <T extends object>(o: T): T | undefined =>
  Object.values(o).some((v) => v !== undefined)
    ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T)
    : undefined;

export class StylePanel {
  private schema: SchemaFacts = { labels: [], types: [] };
  private readonly body = h('div', {});
  private readonly fileInput = h('input', { type: 'file', accept: 'application/json,.json', hidden: true, 'data-testid': 'style-import' });
  /** The rules this panel last set: a change from elsewhere (import, link, reset) re-renders it. */
  private mine: StyleRules | undefined;

  constructor(
    root: HTMLElement,
    private readonly explorer: StylePanelScene,
    schema: SchemaCache,
  ) {
    replaceChildren(
      root,
      h('h2', { class: 'panel-title' }, 'Style'),
      h(
        'p',
        { class: 'muted' },
        'Captions, colours, sizes and icons per label; colours and widths per relationship. Kept in this browser and in the link to the view.',
      ),
      h(
        'div',
        { class: 'row wrap' },
        h('button', { type: 'button', class: 'btn small', id: 'style-export', on: { click: () => this.exportJson() } }, 'Export JSON'),
        h(
          'button',
          { type: 'button', class: 'btn small', id: 'style-import-btn', on: { click: () => this.fileInput.click() } },
          'Import JSON…',
        ),
        h('button', { type: 'button', class: 'btn small', id: 'style-reset', on: { click: () => this.set(EMPTY_STYLE, true) } }, 'Reset'),
        this.fileInput,
      ),
      this.body,
    );
    this.fileInput.addEventListener('change', () => void this.importFile());
    schema
      .get()
      .then((s) => {
        this.schema = {
          labels: s.labels.filter((l) => !isUninformative(l.label)).map((l) => ({ label: l.label, properties: l.properties })),
          types: s.relationshipTypes.map((t) => ({ type: t.type, properties: t.properties })),
        };
        this.render();
      })
      .catch((e: unknown) => explorer.notifier.error(e, 'Loading the schema'));
    explorer.settings.subscribe((s, p) => {
      if (s.style !== p.style && s.style !== this.mine) this.render();
    });
    onVocabulary(() => this.render());
    explorer.onChange(() => this.renderIfNewLabels());
    this.render();
  }

  private get style(): StyleRules {
    return this.explorer.settings.get().style;
  }

  private set(next: StyleRules, rerender = false): void {
    this.mine = rerender ? undefined : next;
    this.explorer.settings.set({ style: next });
    if (rerender) this.render();
  }

  private shownLabels = '';

  private labelsToShow(): string[] {
    const onCanvas = this.explorer.cy.nodes().map((n) => String(n.data('primary')));
    return [...new Set([...this.schema.labels.map((l) => l.label), ...onCanvas, ...Object.keys(this.style.labels)])].sort();
  }

  private renderIfNewLabels(): void {
    if (this.labelsToShow().join('|') !== this.shownLabels) this.render();
  }

  private propertiesOf(label: string): string[] {
    const known = this.schema.labels.find((l) => l.label === label)?.properties ?? [];
    const seen = new Set(known);
    this.explorer.cy.nodes().forEach((n) => {
      if (String(n.data('primary')) === label)
        for (const k of Object.keys((n.data('node') as { properties: object }).properties)) seen.add(k);
    });
    return [...seen].sort();
  }

  private render(): void {
    const labels = this.labelsToShow();
    this.shownLabels = labels.join('|');
    const fams = families();
    const types = [
      ...new Set([...this.schema.types.map((t) => t.type), ...this.explorer.cy.edges().map((e) => String(e.data('type')))]),
    ].sort();
    replaceChildren(
      this.body,
      h('section', { class: 'section' }, h('h3', {}, 'Labels'), ...labels.map((l) => this.labelRow(l))),
      fams.length
        ? h(
            'section',
            { class: 'section' },
            h('h3', {}, 'Relationship families'),
            ...fams.map((f) => this.relRow('families', f.family, familyColour(f.family))),
          )
        : null,
      h('section', { class: 'section' }, h('h3', {}, 'Relationship types'), ...types.map((t) => this.relRow('types', t, edgeColor(t)))),
      this.rulesSection(labels, types),
    );
  }

  private updateLabel(label: string, patch: Partial<LabelStyle>): void {
    const cur = this.style;
    const merged = withoutEmpty({ ...cur.labels[label], ...patch });
    const labels = { ...cur.labels };
    if (merged) labels[label] = merged;
    else delete labels[label];
    this.set({ ...cur, labels });
  }

  private labelRow(label: string): HTMLElement {
    const ls = this.style.labels[label] ?? {};
    const fallback = nodeVisual(label).color;
    const colour = h('input', {
      type: 'color',
      value: ls.color ?? fallback,
      'aria-label': `Colour of ${label}`,
      'data-field': 'color',
      on: { change: () => this.updateLabel(label, { color: colour.value }) },
    });
    const props = this.propertiesOf(label);
    const caption = h(
      'select',
      {
        'aria-label': `Caption of ${label}`,
        'data-field': 'caption',
        on: { change: () => this.updateLabel(label, { caption: caption.value || undefined }) },
      },
      h('option', { value: '' }, 'automatic'),
      ...[...new Set([...props, ...(ls.caption ? [ls.caption] : [])])].map((p) => h('option', { value: p, selected: p === ls.caption }, p)),
    );
    const sizeValue = ls.size?.by === 'property' ? `property:${ls.size.property}` : (ls.size?.by ?? 'degree');
    const fixed = h('input', {
      type: 'number',
      class: 'num',
      min: 8,
      max: 200,
      value: ls.size?.by === 'fixed' ? ls.size.value : 40,
      'aria-label': `Fixed size of ${label} in pixels`,
      'data-field': 'fixed-size',
      hidden: ls.size?.by !== 'fixed',
      on: {
        change: () => this.updateLabel(label, { size: { by: 'fixed', value: Math.min(200, Math.max(8, Number(fixed.value) || 40)) } }),
      },
    });
    const size = h(
      'select',
      {
        'aria-label': `Size of ${label}`,
        'data-field': 'size',
        on: {
          change: () => {
            const v = size.value;
            fixed.hidden = v !== 'fixed';
            if (v === 'degree') this.updateLabel(label, { size: undefined });
            else if (v === 'fixed') this.updateLabel(label, { size: { by: 'fixed', value: Number(fixed.value) || 40 } });
            else this.updateLabel(label, { size: { by: 'property', property: v.slice('property:'.length) } });
          },
        },
      },
      h('option', { value: 'degree', selected: sizeValue === 'degree' }, 'by degree'),
      h('option', { value: 'fixed', selected: sizeValue === 'fixed' }, 'fixed'),
      ...props.map((p) => h('option', { value: `property:${p}`, selected: sizeValue === `property:${p}` }, `by ${p}`)),
    );
    const iconSel = h(
      'select',
      {
        'aria-label': `Icon of ${label}`,
        'data-field': 'icon',
        on: { change: () => this.updateLabel(label, { icon: iconSel.value || undefined }) },
      },
      h('option', { value: '' }, 'no icon'),
      ...ICON_NAMES.map((n) => h('option', { value: n, selected: n === ls.icon }, n)),
    );
    const field = (name: string, ...controls: Child[]) =>
      h('label', { class: 'style-field' }, h('span', { class: 'muted' }, name), ...controls);
    return h(
      'details',
      { class: 'style-row', 'data-style-label': label },
      h(
        'summary',
        {},
        h('span', { class: 'swatch', style: `background:${ls.color ?? fallback}`, 'aria-hidden': 'true' }),
        ` ${label}`,
        Object.keys(ls).length ? h('span', { class: 'muted' }, ' · styled') : null,
      ),
      h(
        'div',
        { class: 'style-grid' },
        field('Colour', colour),
        field('Caption', caption),
        field('Size', size, fixed),
        field('Icon', iconSel),
        h(
          'button',
          {
            type: 'button',
            class: 'link-btn',
            on: { click: () => this.set({ ...this.style, labels: omit(this.style.labels, label) }, true) },
          },
          'Default style',
        ),
      ),
    );
  }

  private relRow(kind: 'types' | 'families', name: string, fallback: string): HTMLElement {
    const rs: RelationshipStyle = this.style[kind][name] ?? {};
    const update = (patch: Partial<RelationshipStyle>) => {
      const cur = this.style;
      const merged = withoutEmpty({ ...cur[kind][name], ...patch });
      const next = { ...cur[kind] };
      if (merged) next[name] = merged;
      else delete next[name];
      this.set({ ...cur, [kind]: next });
    };
    const colour = h('input', {
      type: 'color',
      value: rs.color ?? fallback,
      'aria-label': `Colour of ${name}`,
      'data-field': 'color',
      on: { change: () => update({ color: colour.value }) },
    });
    const width = h('input', {
      type: 'number',
      class: 'num',
      min: 0.5,
      max: 20,
      step: 0.5,
      value: rs.width ?? '',
      placeholder: '1.6',
      'aria-label': `Width of ${name}`,
      'data-field': 'width',
      on: { change: () => update({ width: width.value ? Math.min(20, Math.max(0.5, Number(width.value))) : undefined }) },
    });
    return h(
      'div',
      { class: 'style-rel', [kind === 'types' ? 'data-style-type' : 'data-style-family']: name },
      h('span', { class: 'style-rel-name' }, name),
      colour,
      width,
      rs.color || rs.width
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-btn',
              'aria-label': `Default style of ${name}`,
              on: { click: () => this.set({ ...this.style, [kind]: omit(this.style[kind], name) }, true) },
            },
            'default',
          )
        : null,
    );
  }

  private rulesSection(labels: string[], types: string[]): HTMLElement {
    const rules = this.style.rules;
    const applies = h(
      'select',
      { 'aria-label': 'Rule applies to', id: 'rule-applies' },
      h('option', { value: 'node' }, 'nodes'),
      h('option', { value: 'edge' }, 'relationships'),
    );
    const target = h('select', { 'aria-label': 'Rule label or type', id: 'rule-target' });
    const fillTargets = () =>
      replaceChildren(
        target,
        h('option', { value: '' }, applies.value === 'node' ? 'any label' : 'any type'),
        ...(applies.value === 'node' ? labels : types).map((n) => h('option', { value: n }, n)),
      );
    applies.addEventListener('change', fillTargets);
    fillTargets();
    const property = h('input', {
      type: 'text',
      'aria-label': 'Rule property',
      id: 'rule-property',
      placeholder: 'property',
      class: 'rule-text',
    });
    const op = h(
      'select',
      { 'aria-label': 'Rule test', id: 'rule-op' },
      h('option', { value: 'equals' }, '='),
      h('option', { value: 'range' }, 'between'),
    );
    const v1 = h('input', {
      type: 'text',
      'aria-label': 'Rule value or lower bound',
      id: 'rule-v1',
      placeholder: 'value',
      class: 'rule-text',
    });
    const v2 = h('input', {
      type: 'text',
      'aria-label': 'Rule upper bound',
      id: 'rule-v2',
      placeholder: 'upper',
      class: 'rule-text',
      hidden: true,
    });
    op.addEventListener('change', () => {
      v2.hidden = op.value !== 'range';
      v1.placeholder = op.value === 'range' ? 'lower' : 'value';
    });
    const colour = h('input', { type: 'color', value: '#e8590c', 'aria-label': 'Rule colour', id: 'rule-color' });
    const size = h('input', {
      type: 'number',
      class: 'num',
      min: 0.5,
      max: 200,
      placeholder: 'size',
      'aria-label': 'Rule size or width',
      id: 'rule-size',
    });
    const add = () => {
      const scalar = (text: string): string | number | undefined => {
        const t = text.trim();
        if (!t) return undefined;
        return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
      };
      const node = applies.value === 'node';
      const n = size.value ? Number(size.value) : undefined;
      const rule = {
        applies: applies.value,
        ...(target.value ? (node ? { label: target.value } : { type: target.value }) : {}),
        property: property.value.trim(),
        ...(op.value === 'equals' ? { equals: scalar(v1.value) } : { min: scalar(v1.value), max: scalar(v2.value) }),
        color: colour.value,
        ...(n !== undefined ? (node ? { size: n } : { width: n }) : {}),
      };
      const parsed = parseStyleRules({ ...this.style, rules: [...rules, withoutEmpty(rule)] });
      if (!parsed.ok) {
        this.explorer.notifier.show(`The rule was not added: ${parsed.message}`, 'error');
        return;
      }
      this.set(parsed.rules, true);
    };
    return h(
      'section',
      { class: 'section' },
      h('h3', {}, 'Rules by property'),
      h('p', { class: 'muted' }, 'Later rules win; numbers compare as numbers, dates as text (2022-01-01).'),
      rules.length
        ? h(
            'ol',
            { class: 'style-rules', id: 'style-rule-list' },
            ...rules.map((r, i) =>
              h(
                'li',
                {},
                h('span', { class: 'swatch', style: `background:${r.color ?? 'transparent'}`, 'aria-hidden': 'true' }),
                ` ${describeRule(r)} `,
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-btn',
                    'aria-label': `Remove rule ${i + 1}`,
                    on: { click: () => this.set({ ...this.style, rules: rules.filter((_, j) => j !== i) }, true) },
                  },
                  'remove',
                ),
              ),
            ),
          )
        : null,
      h(
        'div',
        { class: 'rule-form' },
        applies,
        target,
        property,
        op,
        v1,
        v2,
        colour,
        size,
        h('button', { type: 'button', class: 'btn small', id: 'rule-add', on: { click: add } }, 'Add rule'),
      ),
    );
  }

  private exportJson(): void {
    download(new Blob([JSON.stringify(this.style, null, 2)], { type: 'application/json' }), 'explorer-style.json');
  }

  private async importFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      this.explorer.notifier.show(`${file.name} is not JSON.`, 'error');
      return;
    }
    const r = parseStyleRules(json);
    if (!r.ok) {
      this.explorer.notifier.show(`${file.name} is not a style file: ${r.message}`, 'error');
      return;
    }
    this.set(r.rules, true);
    this.explorer.notifier.show(`Style loaded from ${file.name}.`, 'success');
  }
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** A rule in words: "Country population 1000000–5000000". */
export function describeRule(r: StyleRule): string {
  const who = r.applies === 'node' ? (r.label ?? 'any node') : (r.type ?? 'any relationship');
  const test =
    r.equals !== undefined
      ? `= ${String(r.equals)}`
      : `${r.min !== undefined ? String(r.min) : '…'}–${r.max !== undefined ? String(r.max) : '…'}`;
  const what = [r.size ? `size ${r.size}` : '', r.width ? `width ${r.width}` : '', r.icon ? `icon ${r.icon}` : '']
    .filter(Boolean)
    .join(', ');
  return `${who}: ${r.property} ${test}${what ? ` (${what})` : ''}`;
}
