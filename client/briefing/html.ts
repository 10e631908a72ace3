/**
 * A briefing as one self-contained HTML file: no script at all, styles inline, the scene as a
 * PNG data URL, and a Content-Security-Policy that forbids every request (images only from data:).
 * Every value from the data goes through `escapeHtml`; the markup around it is fixed text.
 */
import type { Briefing, Footnote, Sentence } from './model.ts';

/** The policy the file carries: nothing may load but inline style and data: images. */
export const BRIEFING_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.meta{color:#59636e}img.scene{max-width:100%;border:1px solid #d0d7de}
sup a{text-decoration:none}ol.footnotes li{margin-bottom:.4rem}blockquote{margin:.2rem 0 0 1rem;color:#3d444d}
.grade{font-weight:600}.nosource{color:#9a6700}table{border-collapse:collapse}td{padding:.2rem .6rem;vertical-align:top}
`;

function cites(s: Sentence): string {
  if (!s.cites.length) return ' <span class="nosource">[no source recorded]</span>';
  return `<sup>${s.cites.map((n) => `<a href="#fn-${n}">${n}</a>`).join(',')}</sup>`;
}

const sentence = (s: Sentence) =>
  `<span class="sentence" data-element="${escapeHtml(s.elementId)}">${escapeHtml(s.text)}</span>${cites(s)}`;

function footnote(f: Footnote): string {
  const source = [f.publisher, f.date]
    .filter((x): x is string => !!x)
    .map(escapeHtml)
    .join(', ');
  const attributed = f.attributedTo ? ` <em>(attributed: according to ${escapeHtml(f.attributedTo)})</em>` : '';
  return (
    `<li id="fn-${f.n}"><cite class="document">${escapeHtml(f.document)}</cite>` +
    `${source ? ` — <span class="source">${source}</span>` : ''}` +
    ` · grade <span class="grade">${escapeHtml(f.grade)}</span>${attributed}` +
    `<blockquote class="quote">“${escapeHtml(f.quote)}”</blockquote></li>`
  );
}

export function briefingHtml(b: Briefing): string {
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(BRIEFING_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(b.title)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(b.title)}</h1>`,
    `<p class="meta">Briefing made ${escapeHtml(b.generatedAt)}. Grades: the document's reliability (A–F) and the claim's credibility (1–6); F and 6 mean not judged.</p>`,
  ];
  if (b.image) parts.push(`<img class="scene" alt="The case's scene" src="${escapeHtml(b.image)}">`);
  if (b.missing.length) {
    parts.push('<h2>No longer in the database</h2><ul class="missing">');
    for (const m of b.missing) parts.push(`<li>${escapeHtml(m)}</li>`);
    parts.push('</ul>');
  }
  parts.push('<h2>Events in time order</h2>');
  if (!b.events.length) parts.push('<p class="meta">No dated event in this case.</p>');
  else {
    parts.push('<table class="events">');
    for (const e of b.events) {
      const when = escapeHtml(e.until ? `${e.date} – ${e.until}` : e.date);
      parts.push(`<tr><td class="date">${when}</td><td>${sentence(e.sentence)}</td></tr>`);
    }
    parts.push('</table>');
  }
  parts.push('<h2>Traced paths</h2>');
  if (!b.paths.length) parts.push('<p class="meta">No path was traced in this case.</p>');
  for (const p of b.paths) {
    parts.push(`<h3>${escapeHtml(p.title)}</h3><p class="path">`);
    parts.push(p.sentences.map(sentence).join(' '));
    parts.push('</p>');
  }
  if (b.notes.length) {
    parts.push('<h2>Notes</h2><ul class="notes">');
    for (const n of b.notes) parts.push(`<li><strong>${escapeHtml(n.about)}</strong>: ${escapeHtml(n.text)}</li>`);
    parts.push('</ul>');
  }
  if (b.annotations.length) {
    parts.push('<h2>Annotations</h2><ul class="annotations">');
    for (const a of b.annotations) parts.push(`<li>${escapeHtml(a)}</li>`);
    parts.push('</ul>');
  }
  parts.push('<h2>Sources</h2>');
  if (!b.footnotes.length) parts.push('<p class="meta">No source is cited.</p>');
  else parts.push(`<ol class="footnotes">${b.footnotes.map(footnote).join('')}</ol>`);
  parts.push('</body></html>');
  return parts.join('\n');
}
