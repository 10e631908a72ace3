/**
 * GET /api/documents/:id/reading: a document's text as the reading view shows it: its sentences,
 * the mentions of known entities (linked), and proper names no entity is called yet (suggested
 * as new entities, to accept or reject).
 */
import { z } from 'zod';
import type { ReadingResponse } from '../../contract/authoring.ts';
import { queryJson, type ReadContext } from '../db/query.ts';
import { notFound } from '../errors.ts';
import { findMentions } from './mentions.ts';
import { sentences, winkNames } from './proper-names.ts';

/** Entities whose names are matched against one text (beyond this, the first ones by the statement's order). */
export const ENTITY_NAMES_CAP = 50_000;

const DocRow = z.object({ key: z.string(), text: z.string().nullable() });
const NameRow = z.object({
  key: z.string(),
  id: z.string(),
  name: z.string().nullable(),
  aliases: z.array(z.string()),
  labels: z.array(z.string()),
});

export async function reading(ctx: ReadContext, id: string): Promise<ReadingResponse> {
  const [doc] = await queryJson(ctx, 'document-text', { id }, DocRow);
  if (!doc) throw notFound(`Document "${id}"`);
  const text = doc.text ?? '';
  const rows = await queryJson(ctx, 'entity-names', { limit: ENTITY_NAMES_CAP }, NameRow);
  const entities = rows.map((r) => ({ ...r, names: [...(r.name ? [r.name] : []), ...r.aliases] }));
  const mentions = findMentions(text, entities);
  const suggestions = winkNames(text).filter((s) => !mentions.some((m) => m.start < s.end && s.start < m.end));
  return {
    key: doc.key,
    sentences: sentences(text),
    mentions: mentions.map((m) => ({
      start: m.start,
      end: m.end,
      key: m.entity.key,
      id: m.entity.id,
      name: m.entity.name ?? m.entity.key,
      labels: m.entity.labels.filter((l) => l !== 'Entity'),
    })),
    suggestions: suggestions.map((s) => ({ start: s.start, end: s.end, text: s.text, label: s.label })),
  };
}
