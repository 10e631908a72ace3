/** Owns the Cytoscape instance: creates it, re-creates it when the renderer must change, re-binds listeners. */
import type { Core, ElementDefinition } from 'cytoscape';
import { createCy } from './create-cy.ts';
import { stylesheet, type Theme } from './stylesheet.ts';
import { LARGE_SCENE } from './scene-thresholds.ts';

export class GraphView {
  private core: Core;
  private binders: ((cy: Core) => void)[] = [];
  private large = false;

  constructor(
    private readonly container: HTMLElement,
    private theme: Theme,
    private webgl: boolean,
  ) {
    this.core = createCy(container, { theme, webgl, large: false });
  }

  get cy(): Core {
    return this.core;
  }

  get webglOn(): boolean {
    return this.webgl;
  }

  /** Registers listeners on the current instance and on every later one. */
  bind(binder: (cy: Core) => void): void {
    this.binders.push(binder);
    binder(this.core);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.core.style(stylesheet(theme));
  }

  setWebgl(on: boolean): void {
    if (on === this.webgl) return;
    this.webgl = on;
    this.rebuild();
  }

  /** Switches viewport shortcuts on or off when the scene crosses LARGE_SCENE elements. */
  checkSize(): void {
    const large = this.core.elements().length > LARGE_SCENE;
    if (large !== this.large) {
      this.large = large;
      this.rebuild();
    }
  }

  private rebuild(): void {
    const old = this.core;
    const elements = old.elements().jsons() as unknown as ElementDefinition[];
    const zoom = old.zoom();
    const pan = { ...old.pan() };
    old.destroy();
    this.core = createCy(this.container, { theme: this.theme, webgl: this.webgl, large: this.large });
    this.core.add(elements);
    this.core.viewport({ zoom, pan });
    for (const b of this.binders) b(this.core);
  }
}
