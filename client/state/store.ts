/** A tiny observable value: panels subscribe, actions set. */
export class Store<T extends object> {
  private listeners = new Set<(value: T, previous: T) => void>();

  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  /** Merges a patch and notifies subscribers. */
  set(patch: Partial<T>): void {
    const previous = this.value;
    this.value = { ...previous, ...patch };
    for (const fn of this.listeners) fn(this.value, previous);
  }

  subscribe(fn: (value: T, previous: T) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
