/**
 * A list of names, each set to "any", "only" or "never": what a trace may cross. "Only" entries
 * together are the whitelist (none: anything), "never" entries are left out whatever else is set.
 * Each row is a radio group, so the keyboard and screen readers treat it as one choice.
 */
import { h, replaceChildren } from './dom.ts';

export type TriState = 'any' | 'only' | 'never';
const STATES: readonly TriState[] = ['any', 'only', 'never'];

export interface TriStateItem {
  name: string;
  /** Shown beside the name (a family's description, a type's count). */
  hint?: string;
  /** A small colour mark (a family's colour). */
  colour?: string;
}

export class TriStateList {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;
  private readonly states = new Map<string, TriState>();

  constructor(
    private readonly id: string,
    legend: string,
  ) {
    this.body = h('div', { class: 'tri-rows' });
    this.root = h('fieldset', { class: 'tri-list', id }, h('legend', {}, legend), this.body);
  }

  /** Shows these items; a name set before keeps its state. */
  setItems(items: readonly TriStateItem[]): void {
    replaceChildren(this.body, ...items.map((item) => this.row(item)));
    this.root.hidden = items.length === 0;
  }

  private row(item: TriStateItem): HTMLElement {
    const group = `${this.id}-${item.name}`;
    const current = this.states.get(item.name) ?? 'any';
    return h(
      'div',
      { class: 'tri-row', role: 'radiogroup', 'aria-label': item.name, 'data-name': item.name },
      h(
        'span',
        { class: 'tri-name', title: item.hint ?? '' },
        item.colour ? h('span', { class: 'swatch', style: `background:${item.colour}`, 'aria-hidden': 'true' }) : null,
        item.name,
      ),
      ...STATES.map((state) =>
        h(
          'label',
          { class: `tri-choice tri-${state}` },
          h('input', {
            type: 'radio',
            name: group,
            value: state,
            checked: state === current,
            on: { change: () => this.states.set(item.name, state) },
          }),
          state,
        ),
      ),
    );
  }

  /** The names set to `state`, sorted. */
  named(state: Exclude<TriState, 'any'>): string[] {
    return [...this.states.entries()]
      .filter(([, s]) => s === state)
      .map(([name]) => name)
      .sort();
  }
}
