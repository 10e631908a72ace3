/**
 * A search box with suggestions: debounced, stale requests cancelled, keyboard navigable
 * (↑ ↓ Enter Esc), and it says which property matched (an alias, a code: "matched iata “LHR”").
 */
import type { SearchResult } from '../../contract/api.ts';
import { describeError, isAbort } from '../api/api-error.ts';
import type { ExplorerApi } from '../api/explorer-api.ts';
import { primaryLabel, nodeVisual } from '../graph/visual.ts';
import { h, replaceChildren } from './dom.ts';

export interface TypeaheadOptions {
  api: ExplorerApi;
  id: string;
  label: string;
  placeholder: string;
  onChoose: (result: SearchResult) => void;
  /** Keep the chosen caption in the box (pickers) instead of clearing it (the main search). */
  keepChoice?: boolean;
}

let counter = 0;

export function createTypeahead(opts: TypeaheadOptions): { root: HTMLElement; input: HTMLInputElement; clear(): void } {
  const listId = `${opts.id}-list-${++counter}`;
  const input = h('input', {
    id: opts.id,
    type: 'search',
    class: 'typeahead-input',
    placeholder: opts.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, class: 'typeahead-list', role: 'listbox', hidden: true, 'aria-label': `${opts.label} results` });
  const label = h('label', { for: opts.id, class: 'visually-hidden' }, opts.label);
  const root = h('div', { class: 'typeahead' }, label, input, list);

  let results: SearchResult[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = (message?: string) => {
    if (message) {
      replaceChildren(list, h('li', { class: 'typeahead-note', role: 'presentation' }, message));
    } else {
      replaceChildren(
        list,
        ...results.map((r, i) => {
          const primary = primaryLabel(r.labels);
          const alias = r.matched && r.matched !== r.caption ? r.matched : null;
          return h(
            'li',
            {
              id: `${listId}-${i}`,
              role: 'option',
              class: 'typeahead-option',
              'aria-selected': String(i === active),
              on: {
                pointerdown: (e: Event) => e.preventDefault(),
                click: () => choose(i),
              },
            },
            h('span', { class: 'swatch', style: `background:${nodeVisual(primary).color}`, 'aria-hidden': 'true' }),
            h('span', { class: 'option-caption' }, r.caption),
            // Two results with one caption are told apart by a property that differs ("surname: Nowak").
            r.subtitle ? h('span', { class: 'option-subtitle' }, r.subtitle) : null,
            h('span', { class: 'option-label' }, primary),
            alias ? h('span', { class: 'option-alias' }, `matched ${r.matchedProperty ? `${r.matchedProperty} ` : ''}“${alias}”`) : null,
          );
        }),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const r = results[i];
    if (!r) return;
    close();
    input.value = opts.keepChoice ? r.caption : '';
    opts.onChoose(r);
  };

  const query = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const res = await opts.api.search({ q, limit: 10 }, controller.signal);
      results = res.results;
      active = results.length ? 0 : -1;
      render(results.length ? undefined : `Nothing matches “${q}”`);
    } catch (e) {
      if (!isAbort(e)) render(`Search failed: ${describeError(e)}`);
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      controller?.abort();
      close();
      return;
    }
    timer = window.setTimeout(() => void query(q), 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden || !results.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        e.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 120));

  return {
    root,
    input,
    clear: () => {
      input.value = '';
      close();
    },
  };
}
