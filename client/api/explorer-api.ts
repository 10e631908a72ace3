/** The one seam between the page and its data: one method per API operation, each cancellable. */
import type {
  CypherRequest,
  CypherResponse,
  DocumentResponse,
  DocumentsResponse,
  NeighborsResponse,
  NodeDetails,
  OverviewResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
} from '../../contract/api.ts';

export type Direction = 'out' | 'in' | 'both';
export type PathMode = 'shortest' | 'allShortest' | 'k';

export interface SearchRequest {
  q: string;
  labels?: string[];
  limit?: number;
}

export interface NeighborsRequest {
  types?: string[];
  labels?: string[];
  direction?: Direction;
  limit?: number;
  /** YYYY-MM-DD: only relationships valid on that day. */
  asOf?: string;
}

export interface PathsRequest {
  from: string;
  to: string;
  maxHops?: number;
  types?: string[];
  mode?: PathMode;
  k?: number;
  /** Follow each relationship's direction. */
  directed?: boolean;
}

export interface ExplorerApi {
  schema(signal?: AbortSignal): Promise<SchemaResponse>;
  overview(signal?: AbortSignal): Promise<OverviewResponse>;
  search(req: SearchRequest, signal?: AbortSignal): Promise<SearchResponse>;
  nodeDetails(id: string, signal?: AbortSignal): Promise<NodeDetails>;
  neighbors(id: string, req: NeighborsRequest, signal?: AbortSignal): Promise<NeighborsResponse>;
  paths(req: PathsRequest, signal?: AbortSignal): Promise<PathsResponse>;
  documents(signal?: AbortSignal): Promise<DocumentsResponse>;
  document(id: string, signal?: AbortSignal): Promise<DocumentResponse>;
  cypher(req: CypherRequest, signal?: AbortSignal): Promise<CypherResponse>;
}
