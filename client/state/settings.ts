/** The view settings: not scene content (so not undone), but remembered and put in shared links. */
import type { LayoutName } from '../graph/layouts.ts';
import type { Theme } from '../graph/stylesheet.ts';
import { EMPTY_STYLE, parseStyleRules, type StyleRules } from '../graph/style-rules.ts';
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
  /** The analyst's style rules (client/graph/style-rules.ts): remembered, and in shared links. */
  style: StyleRules;
}

export type PanelName = 'details' | 'trace' | 'cypher' | 'filters' | 'style' | 'case';

const THEME_KEY = 'explorer.theme';
const STYLE_KEY = 'explorer.style';

function savedStyle(): StyleRules {
  try {
    const text = localStorage.getItem(STYLE_KEY);
    if (!text) return EMPTY_STYLE;
    const r = parseStyleRules(JSON.parse(text));
    return r.ok ? r.rules : EMPTY_STYLE;
  } catch {
    return EMPTY_STYLE;
  }
}

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
    style: savedStyle(),
  });
  store.subscribe((s, p) => {
    if (s.theme !== p.theme) localStorage.setItem(THEME_KEY, s.theme);
    if (s.style !== p.style) localStorage.setItem(STYLE_KEY, JSON.stringify(s.style));
  });
  return store;
}
