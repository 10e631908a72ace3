/** Owns the Cytoscape instance: creates it, re-creates it when the renderer must change, re-binds listeners. */
import type { Core, ElementDefinition } from 'cytoscape';
import { createCy, sceneStyle } from './create-cy.ts';
import type { Theme } from './stylesheet.ts';
import { sceneTier, type SceneTier } from './render-levers.ts';

export class GraphView {
  private core: Core;
  private binders: ((cy: Core) => void)[] = [];
  private tier: SceneTier = 'small';

  constructor(
    private readonly container: HTMLElement,
    private theme: Theme,
    private webgl: boolean,
  ) {
    this.core = createCy(container, { theme, webgl, tier: 'small' });
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
    this.core.style(sceneStyle(theme, this.tier));
  }

  setWebgl(on: boolean): void {
    if (on === this.webgl) return;
    this.webgl = on;
    this.rebuild();
  }

  /**
   * Switches Cytoscape's levers when the scene crosses a tier's size (render-levers.ts). Given
   * the size the scene is about to have, it switches before a large add: re-creating the core
   * copies every element, so doing it after the add styled a freshly added 5k scene twice.
   */
  checkSize(elements = this.core.elements().length): void {
    const tier = sceneTier(elements);
    if (tier !== this.tier) {
      this.tier = tier;
      this.rebuild();
    }
  }

  private rebuild(): void {
    const old = this.core;
    const elements = old.elements().jsons() as unknown as ElementDefinition[];
    const zoom = old.zoom();
    const pan = { ...old.pan() };
    old.destroy();
    this.core = createCy(this.container, { theme: this.theme, webgl: this.webgl, tier: this.tier });
    this.core.add(elements);
    this.core.viewport({ zoom, pan });
    for (const b of this.binders) b(this.core);
  }
}
