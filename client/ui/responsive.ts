/**
 * Narrow screens (a phone, a split window): the toolbar folds into a menu button and the side
 * panels become a bottom sheet under the canvas, opened by its grip or by choosing a tab.
 * The CSS decides what is narrow (styles.css, `max-width: 900px`); this wires the toggles.
 */
import type { Settings } from '../state/settings.ts';
import type { Store } from '../state/store.ts';
import { icon } from './icons.ts';

export const NARROW_QUERY = '(max-width: 900px)';

export interface ResponsiveParts {
  topbar: HTMLElement;
  menuButton: HTMLButtonElement;
  toolbar: HTMLElement;
  side: HTMLElement;
  sheetButton: HTMLButtonElement;
  settings: Store<Settings>;
  /** The canvas changed size (Cytoscape only notices window resizes). */
  resized: () => void;
}

export function mountResponsive(p: ResponsiveParts): void {
  const narrow = window.matchMedia(NARROW_QUERY);
  p.menuButton.appendChild(icon('menu'));
  const setMenu = (open: boolean) => {
    p.topbar.toggleAttribute('data-menu-open', open);
    p.menuButton.setAttribute('aria-expanded', String(open));
  };
  const setSheet = (open: boolean) => {
    p.side.toggleAttribute('data-open', open);
    p.sheetButton.setAttribute('aria-expanded', String(open));
    requestAnimationFrame(p.resized);
  };
  p.menuButton.addEventListener('click', () => setMenu(!p.topbar.hasAttribute('data-menu-open')));
  // A command chosen from the menu closes it (the select and checkbox stay open for another choice).
  p.toolbar.addEventListener('click', (e) => {
    if (narrow.matches && e.target instanceof Element && e.target.closest('button')) setMenu(false);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && p.topbar.hasAttribute('data-menu-open')) setMenu(false);
  });
  p.sheetButton.addEventListener('click', () => setSheet(!p.side.hasAttribute('data-open')));
  p.side.querySelector('[role="tablist"]')?.addEventListener('click', () => {
    if (narrow.matches) setSheet(true);
  });
  p.settings.subscribe((s, prev) => {
    if (narrow.matches && s.panel !== prev.panel) setSheet(true);
  });
  narrow.addEventListener('change', () => {
    setMenu(false);
    setSheet(false);
  });
}
