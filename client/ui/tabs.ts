/** The side panel's tabs (Details, Trace, Cypher, Filters, Case): an ARIA tablist driven by settings.panel. */
import type { PanelName, Settings } from '../state/settings.ts';
import type { Store } from '../state/store.ts';
import { h, replaceChildren } from './dom.ts';

const TABS: [PanelName, string][] = [
  ['details', 'Details'],
  ['trace', 'Trace'],
  ['cypher', 'Cypher'],
  ['filters', 'Filters'],
  ['style', 'Style'],
  ['case', 'Case'],
];

export function mountTabs(tablist: HTMLElement, panels: Record<PanelName, HTMLElement>, settings: Store<Settings>): void {
  const buttons = TABS.map(([name, label]) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${name}`,
        class: 'tab',
        'aria-controls': panels[name].id,
        on: { click: () => settings.set({ panel: name }) },
      },
      label,
    ),
  );
  tablist.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex(([n]) => n === settings.get().panel);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    settings.set({ panel: next[0] });
    document.getElementById(`tab-${next[0]}`)?.focus();
  });
  replaceChildren(tablist, ...buttons);
  const sync = () => {
    const current = settings.get().panel;
    TABS.forEach(([name], i) => {
      const on = name === current;
      buttons[i]!.setAttribute('aria-selected', String(on));
      buttons[i]!.tabIndex = on ? 0 : -1;
      panels[name].hidden = !on;
      panels[name].setAttribute('aria-labelledby', `tab-${name}`);
    });
  };
  settings.subscribe((s, p) => {
    if (s.panel !== p.panel) sync();
  });
  sync();
}
