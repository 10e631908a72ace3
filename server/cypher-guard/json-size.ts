/**
 * JSON byte sizes without writing the JSON twice: a node or relationship is measured once, and
 * every row that holds it again (a query's `n` in every row) reuses that size. The answer's bound
 * is counted exactly as `JSON.stringify` would write it, only cheaper.
 */
export class JsonSizer {
  private readonly known = new WeakMap<object, number>();

  /** Measures an element once (by `JSON.stringify`) and remembers it for the rows that hold it. */
  element(e: object): number {
    let size = this.known.get(e);
    if (size === undefined) {
      size = Buffer.byteLength(JSON.stringify(e));
      this.known.set(e, size);
    }
    return size;
  }

  /** The UTF-8 length of `JSON.stringify(value)`, with measured elements at their remembered size. */
  of(value: unknown): number {
    if (value === null || typeof value !== 'object') {
      const text = JSON.stringify(value);
      return text === undefined ? 0 : Buffer.byteLength(text);
    }
    const known = this.known.get(value);
    if (known !== undefined) return known;
    if (Array.isArray(value)) {
      // Brackets and commas; JSON writes undefined (or a function) in a list as null.
      let size = 2 + Math.max(0, value.length - 1);
      for (const v of value) size += v === undefined || typeof v === 'function' ? 4 : this.of(v);
      return size;
    }
    let size = 2;
    let members = 0;
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function') continue; // JSON leaves these members out
      size += Buffer.byteLength(JSON.stringify(key)) + 1 + this.of(v);
      members++;
    }
    return size + Math.max(0, members - 1);
  }
}
