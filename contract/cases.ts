/**
 * Cases: a named investigation saved on the server (a `:Case:ExplorerRecord` node, outside the
 * knowledge graph): its scene (the same fields as a shared link, client/share/scene-link.ts, plus
 * captions so a case can name what has gone), its traced paths, notes on nodes and relationships
 * and free annotations on the canvas.
 */
import { z } from 'zod';
import { ElementId } from './api.ts';

export const CASE_LIMITS = {
  titleChars: 200,
  noteChars: 5_000,
  /** Element ids in one case's scene (the body limit of 256 KB is the other bound). */
  elements: 2_000,
  paths: 50,
  notes: 500,
  annotations: 200,
  cases: 500,
} as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const ids = z.array(ElementId).max(CASE_LIMITS.elements);
const text = (max: number) => z.string().max(max);
export const CaseTitle = z.string().trim().min(1, 'must not be empty').max(CASE_LIMITS.titleChars);
export const CaseId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be a case id (letters, digits, _ and -)');

/** The scene: what a shared link holds, plus the captions and labels the page showed, so a case can say what has gone. */
export const CaseScene = z.strictObject({
  nodes: ids,
  edges: ids,
  positions: z
    .array(z.tuple([z.number(), z.number()]))
    .max(CASE_LIMITS.elements)
    .nullable(),
  pinned: ids,
  hidden: ids,
  selected: ids,
  layout: z.string().max(40),
  hiddenLabels: z.array(z.string().max(100)).max(100),
  hiddenTypes: z.array(z.string().max(100)).max(100),
  asOf: isoDay.nullable(),
  query: z.string().max(20_000).nullable(),
  /** What each element was called when the case was saved (element id → caption). */
  captions: z.record(ElementId, text(300)).default({}),
  /** Style choices of the page (e.g. `theme`, `labels`), as short strings. */
  style: z.record(z.string().max(40), text(100)).default({}),
  /**
   * The style rules in force (captions, colours, sizes, icons: client/graph/style-rules.ts), as
   * the page exported them; null for the page's defaults. Their schema lives with the page's
   * icon set, so the page checks them when the case opens (a rule it cannot read is left out).
   */
  styleRules: z.unknown().nullable().default(null),
});
export type CaseScene = z.infer<typeof CaseScene>;

/** A traced path: its nodes and relationships in order from one end to the other. */
export const CasePath = z.strictObject({
  nodes: z.array(ElementId).min(1).max(20),
  edges: z.array(ElementId).max(19),
  label: text(CASE_LIMITS.titleChars).optional(),
});
export type CasePath = z.infer<typeof CasePath>;

export const CaseNote = z.strictObject({
  kind: z.enum(['node', 'edge']),
  target: ElementId,
  text: text(CASE_LIMITS.noteChars).min(1),
});
export type CaseNote = z.infer<typeof CaseNote>;

/** A free annotation on the canvas, at model coordinates. */
export const CaseAnnotation = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  text: text(CASE_LIMITS.noteChars).min(1),
});
export type CaseAnnotation = z.infer<typeof CaseAnnotation>;

/** What the page saves. */
export const CaseContent = z.strictObject({
  scene: CaseScene,
  paths: z.array(CasePath).max(CASE_LIMITS.paths).default([]),
  notes: z.array(CaseNote).max(CASE_LIMITS.notes).default([]),
  annotations: z.array(CaseAnnotation).max(CASE_LIMITS.annotations).default([]),
});
export type CaseContent = z.infer<typeof CaseContent>;

export const CaseSummary = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  nodes: z.number(),
  edges: z.number(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseRecord = CaseSummary.extend({ content: CaseContent });
export type CaseRecord = z.infer<typeof CaseRecord>;

// GET /api/cases
export const CasesResponse = z.object({ cases: z.array(CaseSummary) });
export type CasesResponse = z.infer<typeof CasesResponse>;

// POST /api/cases, PUT /api/cases/:id
export const CreateCaseRequest = z.strictObject({ title: CaseTitle, content: CaseContent });
export const SaveCaseRequest = z.strictObject({ title: CaseTitle.optional(), content: CaseContent });
// PATCH /api/cases/:id
export const RenameCaseRequest = z.strictObject({ title: CaseTitle });
// POST /api/cases/:id/duplicate
export const DuplicateCaseRequest = z.strictObject({ title: CaseTitle.optional() });
export const CaseParams = z.object({ id: CaseId });

/** An element of the case that the database no longer holds, named as the case saw it. */
export const MissingElement = z.object({ kind: z.enum(['node', 'edge']), id: z.string(), caption: z.string().nullable() });
export type MissingElement = z.infer<typeof MissingElement>;

// GET /api/cases/:id (and the answer of every write but delete)
export const CaseResponse = z.object({ case: CaseRecord, missing: z.array(MissingElement) });
export type CaseResponse = z.infer<typeof CaseResponse>;

export const CaseDeleted = z.object({ deleted: z.string() });
