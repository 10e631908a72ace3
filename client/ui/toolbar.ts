/** The toolbar: a button per registered action marked `toolbar`, plus layout and renderer controls. */
import { runAction, type AppContext } from '../actions/action.ts';
import { ACTIONS } from '../actions/registry.ts';
import { LAYOUT_LABELS, LAYOUT_NAMES, isLayoutName } from '../graph/layouts.ts';
import { webglSupported } from '../graph/create-cy.ts';
import { h, replaceChildren } from './dom.ts';
import { icon } from './icons.ts';

export function mountToolbar(root: HTMLElement, ctx: AppContext): () => void {
  const { explorer } = ctx;
  const buttons = ACTIONS.filter((a) => a.toolbar).map((a) => {
    const title = a.shortcut ? `${a.label} (${a.shortcut.keys})` : a.label;
    const btn = h(
      'button',
      { type: 'button', class: 'tool', title, 'aria-label': a.label, 'data-action': a.name, on: { click: () => void runAction(a, ctx) } },
      a.icon ? icon(a.icon) : a.label,
    );
    return { a, btn };
  });

  const layout = h(
    'select',
    {
      id: 'layout-select',
      'aria-label': 'Layout',
      title: 'Layout',
      on: {
        change: () => {
          if (!isLayoutName(layout.value)) return;
          explorer.settings.set({ layout: layout.value });
          void explorer.history.record(() => explorer.relayout());
        },
      },
    },
    ...LAYOUT_NAMES.map((n) => h('option', { value: n }, LAYOUT_LABELS[n])),
  );

  const canWebgl = webglSupported();
  const webgl = h('input', {
    type: 'checkbox',
    id: 'webgl-toggle',
    disabled: !canWebgl,
    on: { change: () => explorer.settings.set({ webgl: webgl.checked }) },
  });
  const webglLabel = h(
    'label',
    { class: 'toggle', title: canWebgl ? 'Draw with WebGL: faster for thousands of elements' : 'This browser offers no WebGL2' },
    webgl,
    'WebGL',
  );

  replaceChildren(root, ...buttons.map((b) => b.btn), h('span', { class: 'sep', 'aria-hidden': 'true' }), layout, webglLabel);

  /** Refreshes enabled states and the controls that mirror settings. */
  return () => {
    for (const { a, btn } of buttons) btn.disabled = a.predicate ? !a.predicate(ctx) : false;
    const s = explorer.settings.get();
    layout.value = s.layout;
    webgl.checked = s.webgl;
  };
}
