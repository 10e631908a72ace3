/**
 * A briefing: what a case shows, told as sentences, each with footnotes to the documents that
 * support it. Pure: the page gathers the case, its elements (with the provenance the server sent),
 * the ontology's narration phrases and the documents' reliability; renderers (html.ts,
 * markdown.ts) only format this model.
 */
import type { CaseAnnotation, CaseNote, CasePath, MissingElement } from '../../contract/cases.ts';
import type { Citation, GraphEdge, GraphNode } from '../../contract/graph.ts';
import { narrate } from '../../contract/ontology.ts';

export interface BriefingInput {
  title: string;
  /** ISO time the briefing is made at. */
  generatedAt: string;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  paths: readonly CasePath[];
  notes: readonly CaseNote[];
  annotations: readonly CaseAnnotation[];
  missing: readonly MissingElement[];
  /** The scene as a PNG data URL (cy.png), or null. */
  image: string | null;
  /** The ontology's narration of a relationship type: `phrase` from the start node, `inverse` from the end node. */
  phrases: (type: string) => { phrase: string; inverse: string } | undefined;
  /** A document's reliability grade (A–F) by its key, where known. */
  reliability: (documentKey: string) => string | undefined;
}

export interface Footnote {
  /** 1-based, in order of first use. */
  n: number;
  document: string;
  publisher: string | null;
  date: string | null;
  /** Reliability of the document (A–F) and credibility of the claim (1–6): "B2"; F and 6 when not judged. */
  grade: string;
  quote: string;
  /** "according to …": the document reports someone else's view. */
  attributedTo: string | null;
}

export interface Sentence {
  text: string;
  /** Footnote numbers; empty when no source is recorded (the renderers say so). */
  cites: number[];
  /** The element it tells of (for linking back to the canvas). */
  elementId: string;
}

export interface BriefingEvent {
  /** YYYY-MM-DD (or the shorter precision the data has). */
  date: string;
  /** For a lasting relationship, the end of its validity when known. */
  until: string | null;
  sentence: Sentence;
}

export interface BriefingPath {
  title: string;
  sentences: Sentence[];
}

export interface Briefing {
  title: string;
  generatedAt: string;
  image: string | null;
  events: BriefingEvent[];
  paths: BriefingPath[];
  notes: { about: string; text: string }[];
  annotations: string[];
  missing: string[];
  footnotes: Footnote[];
}

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/** Only a PNG data URL is ever embedded: anything else (a URL, markup) is dropped. */
export function safeImage(image: string | null): string | null {
  return image && PNG_DATA_URL.test(image) ? image : null;
}

/** Dates as the graph stores them: DATE values arrive as YYYY-MM-DD strings; keep the day. */
function dayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value);
  return m ? m[0] : null;
}

export function buildBriefing(input: BriefingInput): Briefing {
  const nodeById = new Map(input.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(input.edges.map((e) => [e.id, e]));
  const caption = (id: string) => nodeById.get(id)?.caption ?? '(not in the scene)';
  const footnotes: Footnote[] = [];
  const footnoteIndex = new Map<string, number>();

  const cite = (c: Citation): number => {
    const key = `${c.documentKey}\u0000${c.quote}`;
    const known = footnoteIndex.get(key);
    if (known !== undefined) return known;
    const n = footnotes.length + 1;
    footnotes.push({
      n,
      document: c.title ?? c.documentKey,
      publisher: c.publisher,
      date: c.date,
      grade: `${input.reliability(c.documentKey) ?? 'F'}${c.credibility ?? 6}`,
      quote: c.quote,
      attributedTo: c.attributed ? (c.attributedTo ?? c.speaker ?? 'someone the document cites') : null,
    });
    footnoteIndex.set(key, n);
    return n;
  };

  /** One relationship told as a sentence, from `fromId`'s end (the inverse phrase when that is its target). */
  const tell = (e: GraphEdge, fromId: string = e.source): Sentence => {
    const forward = fromId === e.source;
    const p = input.phrases(e.type);
    // Both phrases name {from} as the start node and {to} as the end node; the inverse puts the end first.
    const [from, to] = [caption(e.source), caption(e.target)];
    const text = p
      ? narrate(forward ? p.phrase : p.inverse, from, to)
      : forward
        ? `${from} ${e.type} ${to}`
        : `${to} ← ${e.type} ← ${from}`;
    return { text: sentenceCase(text), cites: (e.provenance ?? []).map(cite), elementId: e.id };
  };

  const events: BriefingEvent[] = [];
  for (const e of input.edges) {
    const date = dayOf(e.properties.date) ?? dayOf(e.properties.validFrom);
    if (!date) continue;
    events.push({ date, until: dayOf(e.properties.validTo), sentence: tell(e) });
  }
  for (const n of input.nodes) {
    const date = dayOf(n.properties.date);
    if (date)
      events.push({
        date,
        until: null,
        sentence: { text: sentenceCase(`${n.caption} (${n.labels.join(', ')})`), cites: [], elementId: n.id },
      });
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.sentence.text.localeCompare(b.sentence.text));

  const paths: BriefingPath[] = input.paths.map((path, i) => {
    const sentences: Sentence[] = [];
    path.edges.forEach((id, hop) => {
      const e = edgeById.get(id);
      const from = path.nodes[hop];
      if (e && from) sentences.push(tell(e, from));
    });
    const ends = `${caption(path.nodes[0]!)} to ${caption(path.nodes[path.nodes.length - 1]!)}`;
    return { title: path.label ?? `Path ${i + 1}: ${ends}`, sentences };
  });

  const notes = input.notes.map((n) => ({
    about: n.kind === 'node' ? caption(n.target) : edgeLabel(edgeById.get(n.target), caption),
    text: n.text,
  }));

  return {
    title: input.title,
    generatedAt: input.generatedAt,
    image: safeImage(input.image),
    events,
    paths,
    notes,
    annotations: input.annotations.map((a) => a.text),
    missing: input.missing.map((m) => `${m.kind === 'node' ? 'Node' : 'Relationship'} ${m.caption ?? m.id}`),
    footnotes,
  };
}

function edgeLabel(e: GraphEdge | undefined, caption: (id: string) => string): string {
  return e ? `${caption(e.source)} ${e.type} ${caption(e.target)}` : '(a relationship not in the scene)';
}

function sentenceCase(s: string): string {
  const t = s.trim();
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
