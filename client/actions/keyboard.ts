/** Routes key presses to the registered actions, except while a person is typing. */
import { runAction, type AppContext } from './action.ts';
import { ACTIONS } from './registry.ts';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  // Checkboxes, sliders and buttons take no letters: shortcuts still work there.
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit', 'color'].includes(target.type);
}

export function bindKeyboard(ctx: AppContext): void {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing) return;
    if (typing(e.target) && e.key !== 'Escape') return;
    if (typing(e.target) && e.key === 'Escape') {
      if (ctx.ui.closeOverlay()) e.preventDefault();
      return;
    }
    const action = ACTIONS.find((a) => a.shortcut?.test(e));
    if (!action) return;
    e.preventDefault();
    void runAction(action, ctx);
  });
}
