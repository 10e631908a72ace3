/** A user command as data: the toolbar, the context menu, the keyboard and the help overlay all read these. */
import type { Explorer } from '../explorer.ts';
import type { PanelName } from '../state/settings.ts';

/** What commands may ask of the page beyond the scene. */
export interface Ui {
  openHelp(): void;
  focusSearch(): void;
  showPanel(name: PanelName): void;
  /** Fills the trace panel with two nodes and runs it. */
  trace(from: string, to: string): void;
  exportPng(): void;
  exportJson(): void;
  copyLink(): void;
  /** Opens the context menu for the selection (keyboard access to it). */
  openMenu(): void;
  /** Closes an open overlay or menu; false if none was open. */
  closeOverlay(): boolean;
}

export interface AppContext {
  explorer: Explorer;
  ui: Ui;
}

export type MenuTarget = 'node' | 'edge' | 'canvas';

export interface Shortcut {
  /** As shown to people, e.g. "Ctrl+Z". */
  keys: string;
  test: (e: KeyboardEvent) => boolean;
}

export interface Action {
  name: string;
  label: string;
  /** The toolbar icon's name (ui/icons.ts). */
  icon?: string;
  shortcut?: Shortcut;
  /** Where it appears besides the keyboard. */
  toolbar?: boolean;
  menu?: readonly MenuTarget[];
  /** When false the command is disabled (greyed out, keyboard ignored). */
  predicate?: (ctx: AppContext) => boolean;
  /** A scene change: recorded as one undo step. */
  changesScene?: boolean;
  perform: (ctx: AppContext) => void | Promise<void>;
  /**
   * A command with a choice (expand by one relationship type): the menu lists the options it
   * loads, each run like an action. `perform` is then what the keyboard does (open the menu).
   */
  options?: (ctx: AppContext, signal: AbortSignal) => Promise<ActionOption[]>;
}

export interface ActionOption {
  label: string;
  perform: () => void | Promise<void>;
}

/** Runs an action if it is enabled: scene changes become one undo step; failures are reported. */
export async function runAction(action: Action, ctx: AppContext): Promise<void> {
  if (action.predicate && !action.predicate(ctx)) return;
  const { explorer } = ctx;
  try {
    if (action.changesScene) await explorer.history.record(() => action.perform(ctx));
    else await action.perform(ctx);
    if (action.changesScene) explorer.changed();
  } catch (e) {
    explorer.notifier.error(e, action.label);
  }
}
