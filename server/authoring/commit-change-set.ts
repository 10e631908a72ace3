/**
 * POST /api/changesets: commits new entities and cited claims in ONE transaction with the change
 * set that records them (author, time, what it added): all of it, or nothing. Every claim's quote
 * must be the exact span of its document's stored text at its offset; every claim passes the
 * ontology's checks (contract/claim-check.ts, the function the page's form runs); a claim whose
 * relationship is already there is added to its claims, otherwise the relationship is created
 * through the importer's upsert statement.
 */
import { claimsToProperties, type StoredClaim } from '../../contract/claims.ts';
import { claimProblems, periodBounds } from '../../contract/claim-check.ts';
import type { ParsedInput, ResponseOf } from '../../contract/endpoints.ts';
import { storableDate, toStorableProperties } from '../db/mapper.ts';
import { serverUpserts, type RelationshipRow } from '../db/upserts.ts';
import { inWriteTransaction } from '../db/write.ts';
import { HttpError } from '../errors.ts';
import { newChangeSet, summaryOf } from './change-set-record.ts';
import { jsonRows } from './rows.ts';
import type { WriteContext } from './write-context.ts';

type Input = ParsedInput<'commitChangeSet'>['body'];
type Claim = Input['claims'][number];

const precisionOf = (d: string) => (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day');

/** Validity and date as the importer stores them (DATE values with their precision). */
function timeProps(c: Pick<Claim, 'validFrom' | 'validTo' | 'date'>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (name: 'validFrom' | 'validTo' | 'date', v: string | undefined) => {
    if (v === undefined) return;
    out[name] = storableDate(periodBounds(v)[name === 'validTo' ? 1 : 0]);
    out[`${name}Precision`] = precisionOf(v);
  };
  put('validFrom', c.validFrom);
  put('validTo', c.validTo);
  put('date', c.date);
  return out;
}

const relationshipKey = (c: Pick<Claim, 'type' | 'subject' | 'object'>) => [c.type.toLowerCase(), c.subject, c.object].join(':');

const invalid = (message: string, issues: { path: string; message: string }[]) =>
  new HttpError(422, 'invalid_change_set', `${message}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });

export async function commitChangeSet(ctx: WriteContext, input: Input, author: string): Promise<ResponseOf<'commitChangeSet'>> {
  const upsert = serverUpserts(ctx.ontology);
  return inWriteTransaction(ctx.driver, ctx.database, async (tx) => {
    // Everything the change set names, read inside the transaction that writes it.
    const cited = [
      ...new Set([...input.claims.map((c) => c.document), ...input.entities.flatMap((e) => (e.evidence ? [e.evidence.document] : []))]),
    ];
    const texts = new Map((await jsonRows(tx, 'document-texts-by-key', { keys: cited })).map((r) => [String(r.key), r.text]));
    const named = [
      ...new Set([
        ...input.entities.map((e) => e.key),
        ...input.claims.flatMap((c) => [c.subject, c.object, ...(c.speaker ? [c.speaker] : [])]),
      ]),
    ];
    const existing = new Map(
      (await jsonRows(tx, 'entities-by-key', { keys: named })).map((r) => [
        String(r.key),
        (r.labels as string[]).filter((l) => l !== 'Entity'),
      ]),
    );

    const issues: { path: string; message: string }[] = [];
    const span = (path: string, s: { document: string; quote: string; start: number }) => {
      const text = texts.get(s.document);
      if (text === undefined) issues.push({ path: `${path}.document`, message: `no document has the key "${s.document}"` });
      else if (typeof text !== 'string')
        issues.push({ path: `${path}.document`, message: `document "${s.document}" has no stored text to quote` });
      else if (text.slice(s.start, s.start + s.quote.length) !== s.quote)
        issues.push({ path: `${path}.quote`, message: `is not the text of document "${s.document}" at offset ${s.start}` });
    };
    input.entities.forEach((e, i) => {
      if (existing.has(e.key)) issues.push({ path: `entities.${i}.key`, message: `an entity with the key "${e.key}" is already there` });
      if (!(e.label in ctx.ontology.labels) || e.label === 'Document')
        issues.push({ path: `entities.${i}.label`, message: `${e.label} is not an entity label of the ontology` });
      if (e.evidence) span(`entities.${i}.evidence`, e.evidence);
    });
    const labels = new Map<string, string[]>([...existing, ...input.entities.map((e): [string, string[]] => [e.key, [e.label]])]);
    const keys = new Set<string>();
    input.claims.forEach((c, i) => {
      span(`claims.${i}`, c);
      for (const p of claimProblems(c, ctx.ontology, (k) => labels.get(k)))
        issues.push({ path: `claims.${i}.${p.field}`, message: p.message });
      const id = `${relationshipKey(c)} ${c.document} ${c.start}`;
      if (keys.has(id)) issues.push({ path: `claims.${i}`, message: 'the same claim is marked twice' });
      keys.add(id);
    });
    if (issues.length) throw invalid('The change set cannot be committed', issues);

    const changeSet = newChangeSet(
      'claims',
      author,
      input.summary || `${input.claims.length} claim(s), ${input.entities.length} new entit(ies)`,
    );
    await tx.run('create-change-set', { props: toStorableProperties({ ...changeSet }) });

    const claimOf = (s: { document: string; quote: string; start: number }, c?: Claim): StoredClaim => ({
      document: s.document,
      quote: s.quote,
      start: s.start,
      end: s.start + s.quote.length,
      speaker: c?.speaker ?? null,
      attributed: c?.attributed ?? false,
      attributedTo: c?.attributedTo ?? null,
      credibility: c?.credibility ?? 6,
    });
    if (input.entities.length) {
      await upsert.nodes(
        tx,
        input.entities.map((e) => ({
          key: e.key,
          labels: [e.label],
          props: { key: e.key, name: e.name, aliases: e.aliases, ...claimsToProperties(e.evidence ? [claimOf(e.evidence)] : []) },
        })),
      );
      changeSet.nodes = input.entities.map((e) => e.key);
    }
    ctx.fault?.('entities');

    const there = new Map(
      (await jsonRows(tx, 'relationships-by-key', { rows: input.claims.map((c) => ({ key: relationshipKey(c), from: c.subject })) })).map(
        (r) => [String(r.key), r],
      ),
    );
    const uses = new Set<string>(cited.map((d) => `doc:${d}`));
    const created = new Set(changeSet.nodes);
    for (const k of named) if (!created.has(k) && existing.has(k)) uses.add(`node:${k}`);
    const fresh = new Map<string, RelationshipRow & { claims: StoredClaim[]; claim: Claim }>();
    for (const [i, c] of input.claims.entries()) {
      const key = relationshipKey(c);
      const stored = claimOf(c, c);
      const old = there.get(key);
      if (old) {
        const sources = old.sources as string[];
        const starts = old.starts as number[];
        if (sources.some((d, j) => d === c.document && starts[j] === c.start))
          throw invalid('The change set cannot be committed', [
            { path: `claims.${i}`, message: `relationship ${key} already cites this span` },
          ]);
        await tx.run('append-claim', {
          row: toStorableProperties({
            key,
            from: c.subject,
            ...stored,
            speaker: stored.speaker ?? '',
            attributedTo: stored.attributedTo ?? '',
          }),
        });
        changeSet.appendedKeys.push(key);
        changeSet.appendedFroms.push(c.subject);
        changeSet.appendedDocuments.push(c.document);
        changeSet.appendedStarts.push(stored.start);
        changeSet.appendedEnds.push(stored.end);
        uses.add(`rel:${key}`);
      } else {
        const row = fresh.get(key) ?? { key, type: c.type, from: c.subject, to: c.object, props: {}, claims: [], claim: c };
        row.claims.push(stored);
        fresh.set(key, row);
      }
      ctx.fault?.(`claim:${i + 1}`);
    }
    if (fresh.size) {
      const rows = [...fresh.values()].map(({ claims, claim, ...r }) => ({
        ...r,
        props: { key: r.key, ...timeProps(claim), ...claimsToProperties(claims) },
      }));
      const missing = await upsert.relationships(tx, rows);
      if (missing.length)
        throw invalid('The change set cannot be committed', [{ path: 'claims', message: 'an end of a claim is no longer in the graph' }]);
      changeSet.relationships = rows.map((r) => r.key);
      changeSet.relationshipFroms = rows.map((r) => r.from);
    }
    changeSet.uses = [...uses];
    await tx.run('change-set-update', { id: changeSet.id, props: toStorableProperties({ ...changeSet }) });
    return { changeSet: summaryOf({ ...changeSet, revertedAt: null, revertedBy: null }) };
  });
}
