/** Keyboard shortcut tests: plain keys ignore modifiers other than Shift; Mod means Ctrl or ⌘. */
import type { Shortcut } from './action.ts';

const isMod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

export function key(k: string, shown = k.toUpperCase()): Shortcut {
  return { keys: shown, test: (e) => !isMod(e) && !e.altKey && e.key.toLowerCase() === k.toLowerCase() && !e.shiftKey };
}

export function shiftKey(k: string): Shortcut {
  return { keys: `Shift+${k.toUpperCase()}`, test: (e) => !isMod(e) && !e.altKey && e.shiftKey && e.key.toLowerCase() === k.toLowerCase() };
}

/** A key whose character already implies Shift on most layouts, such as ? or +. */
export function char(c: string, shown = c): Shortcut {
  return { keys: shown, test: (e) => !isMod(e) && !e.altKey && e.key === c };
}

export function mod(k: string, opts: { shift?: boolean } = {}): Shortcut {
  const shift = opts.shift ?? false;
  return {
    keys: `Ctrl+${shift ? 'Shift+' : ''}${k.toUpperCase()}`,
    test: (e) => isMod(e) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === k.toLowerCase(),
  };
}

export function anyOf(keys: string, ...shortcuts: Shortcut[]): Shortcut {
  return { keys, test: (e) => shortcuts.some((s) => s.test(e)) };
}
