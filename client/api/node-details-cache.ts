/**
 * Node details by id, fetched once for everything that shows them (the details panel, the
 * context menu's expand-by-type): one click is one request. An entry lives a minute, so a
 * long session still sees a graph that changed; failures are not kept.
 */
import type { NodeDetails } from '../../contract/api.ts';
import type { ExplorerApi } from './explorer-api.ts';

const MAX_ENTRIES = 200;
const TTL_MS = 60_000;

interface Entry {
  details: Promise<NodeDetails>;
  at: number;
}

export class NodeDetailsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly api: Pick<ExplorerApi, 'nodeDetails'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The details of one node; `signal` cancels this caller's wait, not the shared request. */
  get(id: string, signal?: AbortSignal): Promise<NodeDetails> {
    let entry = this.entries.get(id);
    if (entry && this.now() - entry.at > TTL_MS) entry = undefined;
    if (entry)
      this.entries.delete(id); // re-inserted below: the Map's order is the recency
    else {
      const details = this.api.nodeDetails({ id }).catch((e: unknown) => {
        if (this.entries.get(id)?.details === details) this.entries.delete(id);
        throw e;
      });
      entry = { details, at: this.now() };
    }
    this.entries.set(id, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return signal ? untilAborted(entry.details, signal) : entry.details;
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new DOMException('The wait was cancelled', 'AbortError'));
  return new Promise<T>((ok, fail) => {
    const onAbort = () => fail(new DOMException('The wait was cancelled', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(ok, fail).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
