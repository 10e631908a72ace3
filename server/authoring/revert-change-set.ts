/**
 * POST /api/changesets/:id/revert: removes exactly what a change set added (its documents,
 * entities and relationships, and the claims it added to relationships already there), in one
 * transaction, and marks it reverted with who and when. Refused (409, naming them) while a later
 * committed change set builds on what it added.
 */
import type { ResponseOf } from '../../contract/endpoints.ts';
import { toStorableProperties } from '../db/mapper.ts';
import { inWriteTransaction } from '../db/write.ts';
import { HttpError, notFound } from '../errors.ts';
import { addedRefs, changeSetFromProps, summaryOf } from './change-set-record.ts';
import { jsonRows } from './rows.ts';
import type { WriteContext } from './write-context.ts';
import { JsonValue } from '../../contract/graph.ts';
import { z } from 'zod';
import { queryJson, type ReadContext } from '../db/query.ts';

export async function revertChangeSet(ctx: WriteContext, id: string, author: string): Promise<ResponseOf<'revertChangeSet'>> {
  return inWriteTransaction(ctx.driver, ctx.database, async (tx) => {
    const [row] = await jsonRows(tx, 'change-set', { id });
    if (!row) throw notFound(`Change set "${id}"`);
    const c = changeSetFromProps(row.props as Record<string, JsonValue>);
    if (c.status === 'reverted')
      throw new HttpError(409, 'already_reverted', `Change set ${id} was already reverted (${c.revertedAt} by ${c.revertedBy})`);
    const dependents = (await jsonRows(tx, 'change-set-dependents', { id, createdAt: c.createdAt, created: addedRefs(c) })).map((r) =>
      summaryOf(changeSetFromProps(r.props as Record<string, JsonValue>)),
    );
    if (dependents.length)
      throw new HttpError(
        409,
        'change_set_has_dependents',
        `Change set ${id} cannot be reverted before the later change sets that build on it: ${dependents.map((d) => `${d.id} ("${d.summary}", ${d.author})`).join(', ')}`,
        { dependents },
      );
    for (let i = 0; i < c.appendedKeys.length; i++) {
      await tx.run('remove-claim', {
        row: toStorableProperties({
          key: c.appendedKeys[i],
          from: c.appendedFroms[i],
          document: c.appendedDocuments[i],
          start: c.appendedStarts[i],
          end: c.appendedEnds[i],
        }),
      });
    }
    if (c.relationships.length)
      await tx.run('delete-relationships-by-key', { rows: c.relationships.map((key, i) => ({ key, from: c.relationshipFroms[i] })) });
    const deleted = async (statement: string, keys: string[], what: string) => {
      if (!keys.length) return;
      const [r] = await jsonRows(tx, statement, { keys });
      if (Number(r?.deleted ?? 0) !== keys.length)
        throw new HttpError(
          409,
          'change_set_in_use',
          `Change set ${id} cannot be reverted: some of its ${what} are linked to data it did not add`,
        );
    };
    await deleted('delete-entities-by-key', c.nodes, 'entities');
    await deleted('delete-documents-by-key', c.documents, 'documents');
    const at = new Date().toISOString();
    await tx.run('change-set-reverted', { id, at, by: author });
    return { changeSet: summaryOf({ ...c, status: 'reverted', revertedAt: at, revertedBy: author }) };
  });
}

const Row = z.object({ props: z.record(z.string(), JsonValue) });

/** GET /api/changesets: every change set, newest first. */
export async function listChangeSets(ctx: ReadContext, limit: number): Promise<ResponseOf<'changeSets'>> {
  const rows = await queryJson(ctx, 'change-sets-list', { limit }, Row);
  return { changeSets: rows.map((r) => summaryOf(changeSetFromProps(r.props))) };
}
