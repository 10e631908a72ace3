/**
 * An editor's verdict on a contradiction (which side holds, and why) and its reversal; the
 * grading of a document. Each write runs in one write transaction; the verdict is a
 * `:Verdict:ExplorerRecord` node linked to nothing, naming the contradiction by its id.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { DocumentGradeRequest, DocumentGradeResponse, VerdictRequest, VerdictResponse } from '../../contract/contradictions.ts';
import { DocumentGradeResponse as GradeSchema, Verdict } from '../../contract/contradictions.ts';
import type { Driver } from '../db/driver.ts';
import type { DocumentCache } from '../db/document-cache.ts';
import { toJson } from '../db/mapper.ts';
import { inWriteTransaction } from '../db/write.ts';
import type { ReadContext } from '../db/query.ts';
import { HttpError, notFound } from '../errors.ts';
import { holdsEdge, listContradictions } from './contradictions.ts';
import { CONTRADICTIONS_CAP } from '../../contract/contradictions.ts';
import { Reliability } from '../../contract/claims.ts';

export interface WriteContext {
  driver: Driver;
  database: string;
  author: string;
}

const rowsAs = <S extends z.ZodType>(rows: Record<string, unknown>[], schema: S): z.infer<S>[] =>
  rows.map((r) => schema.parse(toJson(r)) as z.infer<S>);

/** Records a verdict on a contradiction the graph shows now (404 for one it does not). */
export async function recordVerdict(
  read: ReadContext,
  write: WriteContext,
  body: z.output<typeof VerdictRequest>,
): Promise<VerdictResponse> {
  const { contradictions } = await listContradictions(read, CONTRADICTIONS_CAP);
  const c = contradictions.find((x) => x.id === body.contradiction);
  if (!c) throw notFound(`Contradiction "${body.contradiction}"`);
  const params = {
    id: randomUUID(),
    contradiction: c.id,
    holds: body.holds,
    holdsEdge: holdsEdge(c, body.holds),
    reason: body.reason,
    author: write.author,
  };
  const [row] = await inWriteTransaction(write.driver, write.database, (tx) => tx.run('verdict-create', params));
  return { verdict: rowsAs([row!], Verdict)[0]! };
}

/** Reverses a verdict (kept, marked reversed): 404 for an unknown one, 409 for one reversed already. */
export async function reverseVerdict(write: WriteContext, id: string): Promise<VerdictResponse> {
  return inWriteTransaction(write.driver, write.database, async (tx) => {
    const [state] = await tx.run('verdict-exists', { id });
    if (!state) throw notFound(`Verdict "${id}"`);
    if (state.reversed === true) throw new HttpError(409, 'already_reversed', `Verdict "${id}" was reversed already`);
    const [row] = await tx.run('verdict-reverse', { id, author: write.author });
    return { verdict: rowsAs([row!], Verdict)[0]! };
  });
}

/** Sets a document's grade, kind or publisher; the app's document cache forgets it, so the next answer uses the new grade. */
export async function gradeDocument(
  write: WriteContext,
  documents: DocumentCache | undefined,
  id: string,
  body: z.output<typeof DocumentGradeRequest>,
): Promise<DocumentGradeResponse> {
  const params = { id, reliability: body.reliability ?? null, kind: body.kind ?? null, publisher: body.publisher ?? null };
  const [row] = await inWriteTransaction(write.driver, write.database, (tx) => tx.run('document-grade', params));
  if (!row) throw notFound(`Document "${id}"`);
  const document = GradeSchema.shape.document.parse({
    ...(toJson(row) as object),
    reliability: Reliability.catch('F').parse(toJson(row.reliability)),
  });
  documents?.delete(write.database, document.key);
  return { document };
}
