/** Undo and redo of scene changes, as snapshots taken around each change. */
import { signature, type Scene, type SceneSnapshot } from '../graph/scene.ts';

const LIMIT = 100;

export class History {
  private undoStack: SceneSnapshot[] = [];
  private redoStack: SceneSnapshot[] = [];
  private listeners = new Set<() => void>();
  private steps = 0;
  /** Changes under way (record is re-entrant): the scene may be half-made until the last one ends. */
  private underWay = 0;

  constructor(private readonly scene: Scene) {}

  /** Runs a change; if the scene differs afterwards, the state before it becomes one undo step. */
  async record(change: () => void | Promise<void>): Promise<void> {
    const before = this.scene.capture();
    this.underWay++;
    try {
      await change();
    } finally {
      this.underWay--;
      this.commit(before);
    }
  }

  /** Pushes `before` as an undo step if the scene has changed since it was taken. */
  commit(before: SceneSnapshot): void {
    if (signature(before) === signature(this.scene.capture())) return;
    this.undoStack.push(before);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
    this.emit();
  }

  /** Grows with every commit, undo and redo: the address bar makes a new Back entry when it has moved. */
  get version(): number {
    return this.steps;
  }

  /** True while a recorded change runs (e.g. an expansion waiting for its layout): its undo step is not made yet. */
  get changing(): boolean {
    return this.underWay > 0;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  undo(): void {
    const snap = this.undoStack.pop();
    if (!snap) return;
    this.redoStack.push(this.scene.capture());
    this.scene.restore(snap);
    this.emit();
  }

  redo(): void {
    const snap = this.redoStack.pop();
    if (!snap) return;
    this.undoStack.push(this.scene.capture());
    this.scene.restore(snap);
    this.emit();
  }

  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  private emit(): void {
    this.steps++;
    for (const fn of this.listeners) fn();
  }
}
