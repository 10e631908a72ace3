/**
 * The one seam between the page and its data: one method per row of the endpoint table
 * (contract/endpoints.ts), each cancellable, its request type inferred from the row's schemas.
 * A request whose fields are all optional may be left out: `api.documents()`.
 */
import type { EndpointName, RequestOf, ResponseOf } from '../../contract/endpoints.ts';

type Args<K extends EndpointName> = [RequestOf<K>] extends [void]
  ? [input?: void, signal?: AbortSignal]
  : object extends RequestOf<K>
    ? [input?: RequestOf<K>, signal?: AbortSignal]
    : [input: RequestOf<K>, signal?: AbortSignal];

export type ExplorerApi = {
  [K in EndpointName]: (...args: Args<K>) => Promise<ResponseOf<K>>;
};

export type NeighborsRequest = Omit<RequestOf<'neighbors'>, 'id'>;
export type PathMode = NonNullable<RequestOf<'paths'>['mode']>;
