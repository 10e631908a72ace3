/**
 * POST /api/documents: stores a pasted or uploaded text as a Document with its full text, in
 * one transaction with the change set that records it. The same text (normalised) twice is
 * refused with 409 and the one already there.
 */
import { AUTHORING_LIMITS } from '../../contract/authoring.ts';
import type { ParsedInput, ResponseOf } from '../../contract/endpoints.ts';
import { periodBounds } from '../../contract/claim-check.ts';
import { storableDate, toStorableProperties } from '../db/mapper.ts';
import { serverUpserts } from '../db/upserts.ts';
import { inWriteTransaction } from '../db/write.ts';
import { HttpError } from '../errors.ts';
import { newChangeSet, summaryOf } from './change-set-record.ts';
import { documentKey, normalisedText, storedText } from './document-text.ts';
import { jsonRows } from './rows.ts';
import type { WriteContext } from './write-context.ts';

type Input = ParsedInput<'addDocument'>['body'];

const precisionOf = (d: string) => (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day');

export async function addDocument(ctx: WriteContext, input: Input, author: string): Promise<ResponseOf<'addDocument'>> {
  const text = storedText(input.content, input.format);
  if (!text) throw new HttpError(400, 'empty_document', 'The document has no text (after reducing its HTML to text)');
  if (text.length > AUTHORING_LIMITS.documentChars)
    throw new HttpError(
      413,
      'document_too_large',
      `The text has ${text.length} characters; at most ${AUTHORING_LIMITS.documentChars} are stored`,
    );
  const wanted = normalisedText(text);
  return inWriteTransaction(ctx.driver, ctx.database, async (tx) => {
    for (const row of await jsonRows(tx, 'documents-texts', {})) {
      if (normalisedText(String(row.text)) === wanted) {
        const key = String(row.key);
        throw new HttpError(409, 'duplicate_document', `This text is already stored as document "${key}" (/api/documents/${key})`, {
          existing: { key, id: row.id, title: row.title, href: `/api/documents/${encodeURIComponent(key)}` },
        });
      }
    }
    const base = documentKey(input.title, input.date);
    const taken = new Set((await jsonRows(tx, 'document-keys-with-prefix', { prefix: base })).map((r) => String(r.key)));
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    const props: Record<string, unknown> = {
      key,
      title: input.title,
      name: input.title,
      reliability: 'F',
      date: storableDate(periodBounds(input.date)[0]),
      datePrecision: precisionOf(input.date),
      text,
      ...(input.publisher ? { publisher: input.publisher } : {}),
      ...(input.language ? { language: input.language } : {}),
      ...(input.url ? { url: input.url } : {}),
    };
    await serverUpserts(ctx.ontology).documents(tx, [{ key, props }]);
    const [doc] = await jsonRows(tx, 'documents-by-key', { keys: [key] });
    const changeSet = newChangeSet('document', author, `Added document "${input.title}"`);
    changeSet.documents = [key];
    await tx.run('create-change-set', { props: toStorableProperties({ ...changeSet }) });
    return {
      document: { id: String(doc?.id), key, title: input.title, characters: text.length },
      changeSet: summaryOf({ ...changeSet, revertedAt: null, revertedBy: null }),
    };
  });
}
