/**
 * The same briefing as Markdown, footnotes as `[^n]`. Text from the data is escaped so that it
 * stays text: Markdown syntax characters get a backslash and `<`, `>`, `&` become entities (a
 * renderer that passes HTML through gets no markup from the data).
 */
import type { Briefing, Footnote, Sentence } from './model.ts';

export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

const md = escapeMarkdown;
const sentence = (s: Sentence) => `${md(s.text)}${s.cites.length ? s.cites.map((n) => `[^${n}]`).join('') : ' *\\[no source recorded\\]*'}`;

function footnote(f: Footnote): string {
  const source = [f.publisher, f.date]
    .filter((x): x is string => !!x)
    .map(md)
    .join(', ');
  const attributed = f.attributedTo ? ` *(attributed: according to ${md(f.attributedTo)})*` : '';
  return `[^${f.n}]: *${md(f.document)}*${source ? ` — ${source}` : ''} · grade **${md(f.grade)}**${attributed} — “${md(f.quote)}”`;
}

export function briefingMarkdown(b: Briefing): string {
  const out: string[] = [
    `# ${md(b.title)}`,
    '',
    `Briefing made ${md(b.generatedAt)}\\. Grades: the document's reliability (A–F) and the claim's credibility (1–6); F and 6 mean not judged\\.`,
    '',
  ];
  if (b.image) out.push(`![The case's scene](${b.image})`, '');
  if (b.missing.length) out.push('## No longer in the database', '', ...b.missing.map((m) => `- ${md(m)}`), '');
  out.push('## Events in time order', '');
  if (!b.events.length) out.push('No dated event in this case\\.');
  for (const e of b.events) out.push(`- **${md(e.until ? `${e.date} – ${e.until}` : e.date)}** ${sentence(e.sentence)}`);
  out.push('', '## Traced paths', '');
  if (!b.paths.length) out.push('No path was traced in this case\\.', '');
  for (const p of b.paths) out.push(`### ${md(p.title)}`, '', p.sentences.map(sentence).join(' '), '');
  if (b.notes.length) out.push('## Notes', '', ...b.notes.map((n) => `- **${md(n.about)}**: ${md(n.text)}`), '');
  if (b.annotations.length) out.push('## Annotations', '', ...b.annotations.map((a) => `- ${md(a)}`), '');
  out.push('## Sources', '');
  if (!b.footnotes.length) out.push('No source is cited\\.');
  out.push(...b.footnotes.map(footnote), '');
  return out.join('\n');
}
