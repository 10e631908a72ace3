/**
 * One handler per row of the endpoint table (contract/endpoints.ts), under the row's name:
 * each receives its parsed input and the request's response object, and returns the answer.
 */
import type { Response } from 'express';
import type { EndpointName, ParsedInput, ResponseOf } from '../../contract/endpoints.ts';
import { runReadOnly } from '../cypher-guard/run-read-only.ts';
import { requireCypher } from '../db/cypher-files.ts';
import type { AppDeps } from '../deps.ts';
import { CASE_STATEMENTS, createCase, deleteCase, duplicateCase, getCase, listCases, renameCase, saveCase } from '../cases/cases.ts';
import { elementsById } from '../explore/elements-by-id.ts';
import { listContradictions } from '../evidence/contradictions.ts';
import { gradeDocument, recordVerdict, reverseVerdict, type WriteContext as VerdictContext } from '../evidence/verdicts.ts';
import { editorName } from '../middleware/editor-token.ts';
import { relationshipsAmong } from '../explore/relationships-among.ts';
import { findPaths } from '../explore/find-paths.ts';
import { connectNetwork } from '../explore/connect-network.ts';
import { getDocument } from '../explore/get-document.ts';
import { getOntology } from '../explore/get-ontology.ts';
import { CypherSignatureCache, serverAgent } from '../explore/cypher-signatures.ts';
import { graphSchema } from '../explore/graph-schema.ts';
import { listDocuments } from '../explore/list-documents.ts';
import { neighbors } from '../explore/neighbors.ts';
import { nodeDetails } from '../explore/node-details.ts';
import { overview } from '../explore/overview.ts';
import { pathStatements } from '../explore/path-statement.ts';
import { searchNodes } from '../explore/search-nodes.ts';
import { openApiDocument } from '../openapi/openapi-document.ts';
import { session } from '../session/session.ts';
import { readContext } from './read-context.ts';
import { addDocument } from '../authoring/add-document.ts';
import { commitChangeSet } from '../authoring/commit-change-set.ts';
import { exportGraph } from '../authoring/export-graph.ts';
import { reading } from '../authoring/reading.ts';
import { listChangeSets, revertChangeSet } from '../authoring/revert-change-set.ts';
import type { WriteContext as AuthoringContext } from '../authoring/write-context.ts';
import { loadOntology } from '../ontology.ts';

export type Handler<K extends EndpointName> = (input: ParsedInput<K>, res: Response) => Promise<ResponseOf<K>> | ResponseOf<K>;
export type Handlers = { [K in EndpointName]: Handler<K> };

/** Every statement the handlers run: a missing file fails at start-up, not at the first request. */
const STATEMENTS = [
  'graph-counts',
  'label-counts-scan',
  'label-profile',
  'node-indexes',
  'count-nodes',
  'overview-hubs',
  'property-keys',
  'record-only-keys',
  'fulltext-index',
  'search-fulltext',
  'search-scan',
  'node-details',
  'neighbors',
  'neighbors-unfiltered',
  'path-endpoints',
  'documents-list',
  'document',
  'documents-by-key',
  'elements-by-id',
  'relationships-among',
  'ontology-applies',
  'node-degrees',
  'path-frontier',
  'contradiction-pairs',
  'contradiction-denials',
  'verdicts-list',
  'verdict-create',
  'verdict-reverse',
  'verdict-exists',
  'document-grade',
  ...pathStatements(),
  'documents-texts',
  'document-keys-with-prefix',
  'document-texts-by-key',
  'document-text',
  'entities-by-key',
  'entity-names',
  'relationships-by-key',
  'append-claim',
  'remove-claim',
  'delete-relationships-by-key',
  'delete-entities-by-key',
  'delete-documents-by-key',
  'create-change-set',
  'change-set',
  'change-set-update',
  'change-sets-list',
  'change-set-dependents',
  'change-set-reverted',
  'export-documents',
  'export-nodes',
  'export-relationships',
  'upsert-documents',
  'upsert-nodes',
  'upsert-relationships',
  'show-functions',
  'show-procedures',
  ...CASE_STATEMENTS,
];

export function handlers(deps: AppDeps): Handlers {
  requireCypher(...STATEMENTS);
  const { config } = deps;
  const verdictContext = (res: Response): VerdictContext => ({
    driver: deps.driver,
    database: config.NEO4J_DATABASE,
    author: editorName(res.req),
  });
  const signatures = deps.signatures ?? new CypherSignatureCache();
  const write: AuthoringContext = {
    driver: deps.driver,
    database: config.NEO4J_DATABASE,
    ontology: loadOntology(),
    fault: deps.authoringFault,
  };
  return {
    schema: (_input, res) => graphSchema(readContext(deps, res)),
    ontology: (_input, res) => getOntology(readContext(deps, res)),
    overview: (_input, res) => overview(readContext(deps, res)),
    search: ({ query }, res) => searchNodes(readContext(deps, res), query),
    nodeDetails: ({ params }, res) => nodeDetails(readContext(deps, res), params.id),
    neighbors: ({ params, query }, res) => neighbors(readContext(deps, res), params.id, query),
    paths: ({ query }, res) => findPaths(readContext(deps, res), query),
    connect: ({ body }, res) => connectNetwork(readContext(deps, res), body),
    documents: ({ query }, res) => listDocuments(readContext(deps, res), query.limit),
    document: ({ params }, res) => getDocument(readContext(deps, res), params.id),
    gradeDocument: ({ params, body }, res) => gradeDocument(verdictContext(res), deps.documents, params.id, body),
    contradictions: ({ query }, res) => listContradictions(readContext(deps, res), query.limit),
    recordVerdict: async ({ body }, res) => {
      const answer = await recordVerdict(readContext(deps, res), verdictContext(res), body);
      res.status(201);
      return answer;
    },
    reverseVerdict: ({ params }, res) => reverseVerdict(verdictContext(res), params.id),
    elements: ({ body }, res) => elementsById(readContext(deps, res), body),
    relationshipsAmong: ({ body }, res) => relationshipsAmong(readContext(deps, res), body),
    cypher: ({ body }, res) =>
      runReadOnly(
        {
          ...readContext(deps, res),
          timeoutMs: config.CYPHER_TIMEOUT_MS,
          maxRows: config.CYPHER_MAX_ROWS,
          maxBytes: config.CYPHER_MAX_BYTES,
          verdicts: deps.verdicts,
        },
        body,
      ),
    cypherSignatures: async (_input, res) => {
      const ctx = readContext(deps, res);
      // The guard's remembered version when there is one (no round trip), else the driver's.
      const version = deps.verdicts
        ? await deps.verdicts.serverVersion(deps.driver, ctx.database).catch(() => serverAgent(ctx))
        : await serverAgent(ctx);
      return signatures.get(ctx, version);
    },
    cases: (_input, res) => listCases(readContext(deps, res)),
    createCase: ({ body }, res) => createCase(readContext(deps, res), body),
    getCase: ({ params }, res) => getCase(readContext(deps, res), params.id),
    saveCase: ({ params, body }, res) => saveCase(readContext(deps, res), params.id, body),
    renameCase: ({ params, body }, res) => renameCase(readContext(deps, res), params.id, body.title),
    duplicateCase: ({ params, body }, res) => duplicateCase(readContext(deps, res), params.id, body.title),
    deleteCase: ({ params }, res) => deleteCase(readContext(deps, res), params.id),
    session: (_input, res) => session(config, res.req, res),
    openApi: () => openApiDocument(),
    addDocument: ({ body }, res) => addDocument(write, body, editorName(res.req)),
    reading: ({ params }, res) => reading(readContext(deps, res), params.id),
    commitChangeSet: ({ body }, res) => commitChangeSet(write, body, editorName(res.req)),
    changeSets: ({ query }, res) => listChangeSets(readContext(deps, res), query.limit),
    revertChangeSet: ({ params }, res) => revertChangeSet(write, params.id, editorName(res.req)),
    exportGraph: (_input, res) => exportGraph(readContext(deps, res)),
  };
}
