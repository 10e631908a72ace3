/**
 * Precision and recall of the two NLP libraries' proper names on the seed articles, against the
 * seed graph's entities: the gold mentions are the spans where a seed entity's name or alias
 * occurs (server/authoring/mentions.ts, the reading view's own matcher). A name counts as found
 * when a library's span overlaps it (lenient) or equals it (exact).
 * Run: npm run bench:names
 */
import { readSeedFile } from '../seed/read.ts';
import { seedFiles } from '../seed/load.ts';
import { findMentions } from '../server/authoring/mentions.ts';
import nlp from 'compromise';
import { trimmed, winkNames, type Span } from '../server/authoring/proper-names.ts';

const seeds = seedFiles().map((f) => readSeedFile(f));
const entities = seeds.flatMap((s) => s.data.nodes.map((n) => ({ key: n.key, names: [n.name, ...n.aliases] })));
const texts = seeds.flatMap((s) => [...s.texts.entries()]);

interface OffsetOut {
  text: string;
  offset: { start: number; length: number };
  terms?: { tags: string[] }[];
}

const LABEL_OF_TAG: [string, string][] = [
  ['Person', 'Person'],
  ['Place', 'Place'],
  ['Country', 'Country'],
  ['Organization', 'Organization'],
];

export function compromiseNames(text: string): Span[] {
  const doc = nlp(text);
  const out: Span[] = [];
  for (const t of doc.topics().out('offset') as OffsetOut[]) {
    const tags = new Set(t.terms?.flatMap((x) => x.tags) ?? []);
    const label = LABEL_OF_TAG.find(([tag]) => tags.has(tag))?.[1] ?? null;
    const span = trimmed(text, t.offset.start, t.offset.start + t.offset.length, label);
    if (span) out.push(span);
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const libraries: [string, (t: string) => Span[]][] = [
  ['compromise', compromiseNames],
  ['wink-nlp + wink-eng-lite-web-model', winkNames],
];
console.log('library | document | gold | found | precision (overlap) | recall (overlap) | precision (exact) | recall (exact)');
for (const [name, extract] of libraries) {
  const total = { gold: 0, predicted: 0, hitP: 0, hitR: 0, exactP: 0, exactR: 0 };
  for (const [doc, text] of texts) {
    const gold = findMentions(text, entities);
    const found = extract(text);
    const hitP = found.filter((p) => gold.some((g) => overlaps(p, g))).length;
    const hitR = gold.filter((g) => found.some((p) => overlaps(p, g))).length;
    const exactP = found.filter((p) => gold.some((g) => g.start === p.start && g.end === p.end)).length;
    const exactR = gold.filter((g) => found.some((p) => g.start === p.start && g.end === p.end)).length;
    const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
    console.log(
      `${name} | ${doc} | ${gold.length} | ${found.length} | ${pct(hitP, found.length)} | ${pct(hitR, gold.length)} | ${pct(exactP, found.length)} | ${pct(exactR, gold.length)}`,
    );
    total.gold += gold.length;
    total.predicted += found.length;
    total.hitP += hitP;
    total.hitR += hitR;
    total.exactP += exactP;
    total.exactR += exactR;
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(
    `${name} | both | ${total.gold} | ${total.predicted} | ${pct(total.hitP, total.predicted)} | ${pct(total.hitR, total.gold)} | ${pct(total.exactP, total.predicted)} | ${pct(total.exactR, total.gold)}`,
  );
}
