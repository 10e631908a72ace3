/** Query history and saved queries, kept in this browser's localStorage. */
export interface SavedQuery {
  name: string;
  query: string;
  params: string;
}

const HISTORY_KEY = 'explorer.cypher.history';
const SAVED_KEY = 'explorer.cypher.saved';
const HISTORY_LIMIT = 30;

function read<T>(key: string): T[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: history is a comfort, not a requirement.
  }
}

export const queryStore = {
  history: (): SavedQuery[] => read<SavedQuery>(HISTORY_KEY).filter((q) => typeof q?.query === 'string'),
  saved: (): SavedQuery[] => read<SavedQuery>(SAVED_KEY).filter((q) => typeof q?.query === 'string'),
  /** Puts a query on top of the history (once). */
  remember(q: SavedQuery): void {
    const rest = this.history().filter((h) => h.query !== q.query);
    write(HISTORY_KEY, [q, ...rest].slice(0, HISTORY_LIMIT));
  },
  save(q: SavedQuery): void {
    const rest = this.saved().filter((s) => s.name !== q.name);
    write(SAVED_KEY, [q, ...rest]);
  },
  remove(name: string): void {
    write(
      SAVED_KEY,
      this.saved().filter((s) => s.name !== name),
    );
  },
};
