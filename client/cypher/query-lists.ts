/** The saved queries and the history, kept in this browser (query-store.ts); a click loads one into the panel. */
import { h, replaceChildren } from '../ui/dom.ts';
import { queryStore } from './query-store.ts';

export interface StoredQuery {
  query: string;
  params: string;
}

export class QueryLists {
  constructor(
    private readonly root: HTMLElement,
    private readonly onLoad: (q: StoredQuery) => void,
  ) {
    this.render();
  }

  render(): void {
    const load = (q: StoredQuery) => () => this.onLoad(q);
    const saved = queryStore.saved();
    const history = queryStore.history();
    replaceChildren(
      this.root,
      h(
        'details',
        { class: 'query-list' },
        h('summary', {}, `Saved queries (${saved.length})`),
        h(
          'ul',
          { class: 'plain-list' },
          ...saved.map((q) =>
            h(
              'li',
              { class: 'row' },
              h('button', { type: 'button', class: 'link-btn mono', on: { click: load(q) } }, q.name),
              h(
                'button',
                {
                  type: 'button',
                  class: 'icon-btn',
                  'aria-label': `Delete saved query ${q.name}`,
                  on: {
                    click: () => {
                      queryStore.remove(q.name);
                      this.render();
                    },
                  },
                },
                '×',
              ),
            ),
          ),
        ),
      ),
      h(
        'details',
        { class: 'query-list' },
        h('summary', {}, `History (${history.length})`),
        h(
          'ul',
          { class: 'plain-list' },
          ...history.map((q) => h('li', {}, h('button', { type: 'button', class: 'link-btn mono', on: { click: load(q) } }, q.name))),
        ),
      ),
    );
  }
}
