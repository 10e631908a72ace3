/**
 * Saved cases (contract/cases.ts): `:Case:ExplorerRecord` nodes holding a JSON text of the case's
 * content. Reads are open; writes (create, save, rename, duplicate, delete) are editor rows, each
 * one statement in one write transaction.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  CASE_LIMITS,
  CaseContent,
  type CaseRecord,
  type CaseResponse,
  CaseSummary,
  type CasesResponse,
  type MissingElement,
} from '../../contract/cases.ts';
import { inWriteTransaction } from '../db/write.ts';
import { toDriverValue, toJson } from '../db/mapper.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { notFound } from '../errors.ts';

/** A stored case as the statements return it: the summary, and the content still as JSON text. */
const Full = CaseSummary.extend({ content: z.string() });

/** Statements this module runs (checked at start-up with the handlers'). */
export const CASE_STATEMENTS = [
  'case-create',
  'case-get',
  'case-list',
  'case-save',
  'case-rename',
  'case-duplicate',
  'case-delete',
  'case-elements-present',
];

function record(row: z.infer<typeof Full>): CaseRecord {
  const { content, ...summary } = row;
  return { ...summary, content: CaseContent.parse(JSON.parse(content)) };
}

async function write(ctx: ReadContext, name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const driverParams = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, v === undefined ? null : toDriverValue(v as Parameters<typeof toDriverValue>[0])]),
  );
  const rows = await inWriteTransaction(ctx.driver, ctx.database, (tx) => tx.run(name, driverParams));
  return rows.map((r) => toJson(r) as Record<string, unknown>);
}

function stored(content: CaseContent) {
  return { content: JSON.stringify(content), nodeCount: content.scene.nodes.length, edgeCount: content.scene.edges.length };
}

/** What of the case's scene and paths the knowledge graph no longer holds, named by the captions it saved. */
export async function missingElements(ctx: ReadContext, content: CaseContent): Promise<MissingElement[]> {
  const nodes = [...new Set([...content.scene.nodes, ...content.paths.flatMap((p) => p.nodes), ...kindTargets(content, 'node')])];
  const edges = [...new Set([...content.scene.edges, ...content.paths.flatMap((p) => p.edges), ...kindTargets(content, 'edge')])];
  if (!nodes.length && !edges.length) return [];
  const [row] = await queryJson(
    ctx,
    'case-elements-present',
    { nodes, edges },
    z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
  );
  const present = new Set([...(row?.nodes ?? []), ...(row?.edges ?? [])]);
  const caption = (id: string) => content.scene.captions[id] ?? null;
  return [
    ...nodes.filter((id) => !present.has(id)).map((id) => ({ kind: 'node' as const, id, caption: caption(id) })),
    ...edges.filter((id) => !present.has(id)).map((id) => ({ kind: 'edge' as const, id, caption: caption(id) })),
  ];
}

const kindTargets = (content: CaseContent, kind: 'node' | 'edge') => content.notes.filter((n) => n.kind === kind).map((n) => n.target);

async function answer(ctx: ReadContext, rows: Record<string, unknown>[], id: string): Promise<CaseResponse> {
  const row = rows[0];
  if (!row) throw notFound(`Case ${id}`);
  const c = record(Full.parse(row));
  return { case: c, missing: await missingElements(ctx, c.content) };
}

export async function listCases(ctx: ReadContext): Promise<CasesResponse> {
  const cases: CaseSummary[] = await queryJson(ctx, 'case-list', { limit: CASE_LIMITS.cases }, CaseSummary);
  return { cases };
}

export async function getCase(ctx: ReadContext, id: string): Promise<CaseResponse> {
  const rows = await queryJson(ctx, 'case-get', { id }, Full);
  return answer(ctx, rows, id);
}

export async function createCase(ctx: ReadContext, input: { title: string; content: CaseContent }): Promise<CaseResponse> {
  const id = randomUUID();
  return answer(ctx, await write(ctx, 'case-create', { id, title: input.title, ...stored(input.content) }), id);
}

export async function saveCase(
  ctx: ReadContext,
  id: string,
  input: { title?: string | undefined; content: CaseContent },
): Promise<CaseResponse> {
  return answer(ctx, await write(ctx, 'case-save', { id, title: input.title ?? null, ...stored(input.content) }), id);
}

export async function renameCase(ctx: ReadContext, id: string, title: string): Promise<CaseResponse> {
  return answer(ctx, await write(ctx, 'case-rename', { id, title }), id);
}

export async function duplicateCase(ctx: ReadContext, id: string, title: string | undefined): Promise<CaseResponse> {
  const newId = randomUUID();
  const rows = await write(ctx, 'case-duplicate', { id, newId, title: title ?? null });
  return answer(ctx, rows, id);
}

export async function deleteCase(ctx: ReadContext, id: string): Promise<{ deleted: string }> {
  const [row] = await write(ctx, 'case-delete', { id });
  if (!row || row.deleted === 0) throw notFound(`Case ${id}`);
  return { deleted: id };
}
