/**
 * GET /api/export: the whole knowledge graph (documents with their full text, entities,
 * relationships with their claims) in the import format of seed/schema.ts, so that
 * `npm run import -- export.json` into an empty database gives back the same graph (the
 * explorer's own records, change sets and cases, are not part of it).
 */
import { z } from 'zod';
import { claimsFromProperties, CLAIM_PROPERTY_KEYS } from '../../contract/claims.ts';
import { JsonValue } from '../../contract/graph.ts';
import { queryJson, type ReadContext } from '../db/query.ts';

type Props = Record<string, JsonValue>;
const Props = z.record(z.string(), JsonValue);

const DOCUMENT_FIELDS = [
  'key',
  'title',
  'publisher',
  'credits',
  'language',
  'originalLanguage',
  'url',
  'kind',
  'reliability',
  'reprints',
  'interviewed',
  'photoCredits',
  'text',
] as const;
const TIME_FIELDS = ['validFrom', 'validTo', 'date'] as const;
const OWN = new Set([
  'key',
  'name',
  'aliases',
  'description',
  ...CLAIM_PROPERTY_KEYS,
  ...TIME_FIELDS.flatMap((t) => [t, `${t}Precision`, `${t}Inferred`]),
]);

/** A stored DATE back to the partial date it was read from, by its precision. */
function partial(props: Props, name: string): string | undefined {
  const v = props[name];
  if (typeof v !== 'string') return undefined;
  const precision = props[`${name}Precision`];
  return precision === 'year' ? v.slice(0, 4) : precision === 'month' ? v.slice(0, 7) : v.slice(0, 10);
}

function timeOf(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of TIME_FIELDS) {
    const value = partial(props, t);
    if (value !== undefined) out[t] = value;
    if (props[`${t}Inferred`] === true) out[`${t}Inferred`] = true;
  }
  return out;
}

function evidenceOf(props: Props) {
  return (claimsFromProperties(props) ?? []).map((c) => ({
    document: c.document,
    quote: c.quote,
    ...(c.start >= 0 ? { start: c.start } : {}),
    ...(c.speaker ? { speaker: c.speaker } : {}),
    attributed: c.attributed,
    ...(c.attributedTo ? { attributedTo: c.attributedTo } : {}),
    credibility: c.credibility,
  }));
}

const rest = (props: Props) => Object.fromEntries(Object.entries(props).filter(([k]) => !OWN.has(k)));

/**
 * A relationship's key as the import format writes it: none when it is the one derived from type
 * and ends (`member_of:a:b`), a qualifier when the derived key has one, else the key itself.
 */
function keyFields(key: string, type: string, from: string, to: string): { key?: string; qualifier?: string } {
  const derived = [type.toLowerCase(), from, to].join(':');
  if (key === derived) return {};
  if (key.startsWith(`${derived}:`)) return { qualifier: key.slice(derived.length + 1) };
  return { key };
}

export async function exportGraph(ctx: ReadContext) {
  const [docs, nodes, rels] = await Promise.all([
    queryJson(ctx, 'export-documents', {}, z.object({ props: Props })),
    queryJson(ctx, 'export-nodes', {}, z.object({ labels: z.array(z.string()), props: Props })),
    queryJson(ctx, 'export-relationships', {}, z.object({ type: z.string(), from: z.string(), to: z.string(), props: Props })),
  ]);
  return {
    documents: docs.map(({ props }) => ({
      ...Object.fromEntries(DOCUMENT_FIELDS.filter((f) => props[f] !== undefined && props[f] !== null).map((f) => [f, props[f]])),
      title: props.title ?? props.name,
      date: partial(props, 'date'),
    })),
    nodes: nodes.map(({ labels, props }) => ({
      key: props.key,
      labels: labels.filter((l) => l !== 'Entity'),
      name: props.name,
      aliases: props.aliases ?? [],
      ...(typeof props.description === 'string' ? { description: props.description } : {}),
      properties: rest(props),
      ...timeOf(props),
      evidence: evidenceOf(props),
    })),
    relationships: rels.map(({ type, from, to, props }) => ({
      ...keyFields(String(props.key), type, from, to),
      type,
      from,
      to,
      ...timeOf(props),
      properties: rest(props),
      evidence: evidenceOf(props),
    })),
  };
}
