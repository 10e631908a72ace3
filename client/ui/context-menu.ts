/**
 * The right-click menu: the registered actions for what was clicked, and for a node its
 * relationship types with direction and count ("MEMBER_OF ↗ 6") to expand one at a time.
 */
import type { EventObject, SingularElementArgument } from 'cytoscape';
import { runAction, type AppContext, type MenuTarget } from '../actions/action.ts';
import { ACTIONS } from '../actions/registry.ts';
import { isAbort } from '../api/api-error.ts';
import { formatCount, h, replaceChildren } from './dom.ts';

export const DIRECTION_ARROW = { out: '↗', in: '↙', both: '↔' } as const;

export class ContextMenu {
  private readonly el: HTMLElement;
  private abort: AbortController | undefined;

  constructor(
    private readonly ctx: AppContext,
    container: HTMLElement,
  ) {
    this.el = h('div', { class: 'context-menu', role: 'menu', hidden: true, 'aria-label': 'Graph menu' });
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    container.appendChild(this.el);
    document.addEventListener('pointerdown', (e) => {
      if (!this.el.hidden && !this.el.contains(e.target as Node)) this.close();
    });
    ctx.explorer.view.bind((cy) => cy.on('cxttap', (e) => this.openFor(e)));
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  close(): void {
    this.abort?.abort();
    this.el.hidden = true;
    replaceChildren(this.el);
  }

  /** Opens the menu from the keyboard: for the selected element, else for the canvas. */
  openForSelection(): void {
    const cy = this.ctx.explorer.cy;
    const target = cy.$(':selected').first();
    const pos = target.nonempty() && target.isNode() ? target.renderedPosition() : { x: cy.width() / 2, y: cy.height() / 2 };
    this.open(target.nonempty() ? target : null, pos);
  }

  private openFor(e: EventObject): void {
    const cy = this.ctx.explorer.cy;
    this.open(e.target === cy ? null : (e.target as SingularElementArgument), e.renderedPosition ?? { x: 20, y: 20 });
  }

  private open(target: SingularElementArgument | null, at: { x: number; y: number }): void {
    const cy = this.ctx.explorer.cy;
    let kind: MenuTarget = 'canvas';
    if (target && target.isNode()) kind = 'node';
    else if (target && target.isEdge()) kind = 'edge';
    if (target && !target.selected()) {
      cy.$(':selected').unselect();
      target.select();
    }
    const items = ACTIONS.filter((a) => a.menu?.includes(kind)).map((a) => {
      const enabled = !a.predicate || a.predicate(this.ctx);
      return this.item(a.shortcut ? `${a.label}` : a.label, a.shortcut?.keys, enabled, () => void runAction(a, this.ctx));
    });
    replaceChildren(this.el, ...items);
    if (kind === 'node' && target) this.addExpandByType(target.id());
    this.place(at);
  }

  private item(label: string, hint: string | undefined, enabled: boolean, perform: () => void): HTMLButtonElement {
    return h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        class: 'menu-item',
        disabled: !enabled,
        tabindex: -1,
        on: {
          click: () => {
            this.close();
            perform();
          },
        },
      },
      h('span', {}, label),
      hint ? h('kbd', {}, hint) : null,
    );
  }

  private addExpandByType(nodeId: string): void {
    const { explorer } = this.ctx;
    const section = h('div', { class: 'menu-section', role: 'group', 'aria-label': 'Expand by relationship type' });
    const heading = h('div', { class: 'menu-heading' }, 'Expand by relationship…');
    section.append(heading, h('div', { class: 'menu-note' }, 'Loading relationship types…'));
    this.el.appendChild(section);
    this.abort = new AbortController();
    explorer.api
      .nodeDetails(nodeId, this.abort.signal)
      .then((details) => {
        const rows = [...details.degree].sort((a, b) => b.count - a.count);
        const items = rows.map((d) =>
          this.item(`${d.type} ${DIRECTION_ARROW[d.direction]} ${formatCount(d.count)}`, undefined, true, () => {
            void explorer.expand(nodeId, { types: [d.type], direction: d.direction });
          }),
        );
        replaceChildren(section, heading, ...(items.length ? items : [h('div', { class: 'menu-note' }, 'No relationships')]));
        this.clamp();
      })
      .catch((e: unknown) => {
        if (isAbort(e)) return;
        replaceChildren(section, heading, h('div', { class: 'menu-note error' }, 'Could not load the relationship types'));
      });
  }

  private place(pos: { x: number; y: number }): void {
    this.el.hidden = false;
    this.el.style.left = `${pos.x}px`;
    this.el.style.top = `${pos.y}px`;
    this.clamp();
    this.el.querySelector<HTMLButtonElement>('.menu-item:not(:disabled)')?.focus();
  }

  /** Keeps the menu inside its container. */
  private clamp(): void {
    const parent = this.el.parentElement;
    if (!parent) return;
    const maxX = parent.clientWidth - this.el.offsetWidth - 4;
    const maxY = parent.clientHeight - this.el.offsetHeight - 4;
    this.el.style.left = `${Math.max(4, Math.min(parseFloat(this.el.style.left), maxX))}px`;
    this.el.style.top = `${Math.max(4, Math.min(parseFloat(this.el.style.top), maxY))}px`;
  }

  private onKey(e: KeyboardEvent): void {
    const items = [...this.el.querySelectorAll<HTMLButtonElement>('.menu-item:not(:disabled)')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
    }
  }
}
