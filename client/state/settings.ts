/** The view settings: not scene content (so not undone), but remembered and put in shared links. */
import type { LayoutName } from '../graph/layouts.ts';
import type { Theme } from '../graph/stylesheet.ts';
import { Store } from './store.ts';

export interface Settings {
  theme: Theme;
  layout: LayoutName;
  webgl: boolean;
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  /** YYYY-MM-DD: show the graph as of that day; null shows every period. */
  asOf: string | null;
  /** The side panel tab on show. */
  panel: PanelName;
}

export type PanelName = 'details' | 'trace' | 'cypher' | 'filters' | 'case';

const THEME_KEY = 'explorer.theme';

function initialTheme(): Theme {
  const saved = localStorage.getItem(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function createSettings(): Store<Settings> {
  const store = new Store<Settings>({
    theme: initialTheme(),
    layout: 'fcose',
    webgl: false,
    hiddenLabels: new Set(),
    hiddenTypes: new Set(),
    asOf: null,
    panel: 'details',
  });
  store.subscribe((s, p) => {
    if (s.theme !== p.theme) localStorage.setItem(THEME_KEY, s.theme);
  });
  return store;
}
