/** The named schemas of the OpenAPI document, and words for parameters (the endpoints: contract/endpoints.ts). */
import type { z } from 'zod';
import * as api from '../../contract/api.ts';
import * as evidence from '../../contract/contradictions.ts';
import { EdgeEvidence } from '../../contract/evidence.ts';
import * as authoring from '../../contract/authoring.ts';
import * as cases from '../../contract/cases.ts';
import { OntologyResponse } from '../../contract/ontology.ts';

/** Components of the document, by name. */
export const COMPONENTS: Record<string, z.ZodType> = {
  JsonValue: api.JsonValue,
  Citation: api.Citation,
  GraphNode: api.GraphNode,
  GraphEdge: api.GraphEdge,
  Graph: api.Graph,
  ErrorBody: api.ErrorBody,
  SchemaResponse: api.SchemaResponse,
  OntologyResponse,
  OverviewResponse: api.OverviewResponse,
  QueryPlan: api.QueryPlan,
  SearchResponse: api.SearchResponse,
  NodeDetails: api.NodeDetails,
  NeighborsResponse: api.NeighborsResponse,
  PathsResponse: api.PathsResponse,
  ConnectRequest: api.ConnectRequest,
  ConnectResponse: api.ConnectResponse,
  DocumentsResponse: api.DocumentsResponse,
  DocumentResponse: api.DocumentResponse,
  ElementsRequest: api.ElementsRequest,
  ElementsResponse: api.ElementsResponse,
  RelationshipsAmongRequest: api.RelationshipsAmongRequest,
  RelationshipsAmongResponse: api.RelationshipsAmongResponse,
  CypherRequest: api.CypherRequest,
  CypherResponse: api.CypherResponse,
  CypherErrorDetails: api.CypherErrorDetails,
  CypherSignaturesResponse: api.CypherSignaturesResponse,
  CypherFunction: api.CypherFunction,
  CypherProcedure: api.CypherProcedure,
  SessionResponse: api.SessionResponse,
  EdgeEvidence,
  Contradiction: evidence.Contradiction,
  ContradictionsResponse: evidence.ContradictionsResponse,
  Verdict: evidence.Verdict,
  VerdictRequest: evidence.VerdictRequest,
  VerdictResponse: evidence.VerdictResponse,
  DocumentGradeRequest: evidence.DocumentGradeRequest,
  DocumentGradeResponse: evidence.DocumentGradeResponse,
  OpenApiDocument: api.OpenApiDocument,
  NewDocumentRequest: authoring.NewDocumentRequest,
  NewDocumentResponse: authoring.NewDocumentResponse,
  ReadingResponse: authoring.ReadingResponse,
  ChangeSetRequest: authoring.ChangeSetRequest,
  ChangeSetResponse: authoring.ChangeSetResponse,
  ChangeSetsResponse: authoring.ChangeSetsResponse,
  ChangeSetSummary: authoring.ChangeSetSummary,
  ExportResponse: authoring.ExportResponse,
  CasesResponse: cases.CasesResponse,
  CaseResponse: cases.CaseResponse,
  CaseDeleted: cases.CaseDeleted,
  CreateCaseRequest: cases.CreateCaseRequest,
  SaveCaseRequest: cases.SaveCaseRequest,
  RenameCaseRequest: cases.RenameCaseRequest,
  DuplicateCaseRequest: cases.DuplicateCaseRequest,
};

/** Words for parameters whose schema alone does not say enough. */
export const PARAMETER_NOTES: Record<string, string> = {
  id: 'A Neo4j element id, e.g. "4:…:12" (URL-encode it)',
  labels: 'Comma-separated labels; a node needs one of them',
  types: 'Comma-separated relationship types',
  asOf: 'Keep only relationships valid on this date (validFrom/validTo)',
  timeRespecting: 'Keep chains whose consecutive hops overlap in time (true/false)',
  withAttribution: 'Also cross attribution edges, left out by default (true/false)',
  families: 'Comma-separated ontology families a hop may belong to',
  excludeFamilies: 'Comma-separated ontology families no hop may belong to',
  excludeTypes: 'Comma-separated relationship types no hop may have',
  budget: 'Relationships the search may follow before it answers "not found within the budget" (default 20,000)',
  q: 'Search text; punctuation is ignored',
  maxHops: 'Longest path to consider, 1 to 8',
  k: 'How many paths in mode k',
};
