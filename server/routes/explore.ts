/** The read endpoints over the graph: routes parse with the contract's schemas and delegate. */
import { Router } from 'express';
import { DocumentParams, DocumentsQuery, NeighborsQuery, NodeParams, PathsQuery, SearchQuery } from '../../contract/api.ts';
import { requireCypher } from '../db/cypher-files.ts';
import type { AppDeps } from '../deps.ts';
import { findPaths } from '../explore/find-paths.ts';
import { getDocument } from '../explore/get-document.ts';
import { graphSchema } from '../explore/graph-schema.ts';
import { listDocuments } from '../explore/list-documents.ts';
import { neighbors } from '../explore/neighbors.ts';
import { nodeDetails } from '../explore/node-details.ts';
import { overview } from '../explore/overview.ts';
import { pathStatements } from '../explore/path-statement.ts';
import { searchNodes } from '../explore/search-nodes.ts';
import { parseInput } from './parse-input.ts';
import { readContext } from './read-context.ts';

/** Every statement these routes run: a missing file fails at start-up, not at the first request. */
const STATEMENTS = [
  'graph-counts',
  'label-profile',
  'node-indexes',
  'count-nodes',
  'overview-hubs',
  'label-counts-scan',
  'property-keys',
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
  ...pathStatements(),
];

export function exploreRouter(deps: AppDeps): Router {
  requireCypher(...STATEMENTS);
  const router = Router();
  router.get('/schema', async (_req, res) => {
    res.json(await graphSchema(readContext(deps, res)));
  });
  router.get('/overview', async (_req, res) => {
    res.json(await overview(readContext(deps, res)));
  });
  router.get('/search', async (req, res) => {
    const query = parseInput(SearchQuery, req.query, 'query string');
    res.json(await searchNodes(readContext(deps, res), query));
  });
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(NodeParams, req.params, 'path');
    res.json(await nodeDetails(readContext(deps, res), id));
  });
  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = parseInput(NodeParams, req.params, 'path');
    const query = parseInput(NeighborsQuery, req.query, 'query string');
    res.json(await neighbors(readContext(deps, res), id, query));
  });
  router.get('/paths', async (req, res) => {
    const query = parseInput(PathsQuery, req.query, 'query string');
    res.json(await findPaths(readContext(deps, res), query));
  });
  router.get('/documents', async (req, res) => {
    const { limit } = parseInput(DocumentsQuery, req.query, 'query string');
    res.json(await listDocuments(readContext(deps, res), limit));
  });
  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(DocumentParams, req.params, 'path');
    res.json(await getDocument(readContext(deps, res), id));
  });
  return router;
}
