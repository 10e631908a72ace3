/**
 * Sentences and proper names of an English text, by wink-nlp with its English model (chosen over
 * compromise by precision and recall on the seed articles: `npm run bench:names`, README
 * "Reading view"). A run of proper nouns is a name; the model has no person/place types.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Span {
  start: number;
  end: number;
  text: string;
  /** The ontology label the library's tag suggests, if any. */
  label: string | null;
}

/** Trims punctuation and a trailing possessive off a span, keeping its offsets true. */
export function trimmed(text: string, start: number, end: number, label: string | null): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && !/[\p{L}\p{N}]/u.test(text[s]!)) s++;
  while (e > s && !/[\p{L}\p{N}]/u.test(text[e - 1]!)) e--;
  const possessive = /['\u2019]s$/u.exec(text.slice(s, e + 2).slice(0, e - s));
  if (possessive) e -= 2;
  if (e - s < 2) return undefined;
  return { start: s, end: e, text: text.slice(s, e), label };
}

let wink: ReturnType<typeof winkNLP> | undefined;

interface Tokens {
  starts: number[];
  ends: number[];
  pos: string[];
  sentences: [number, number][];
}

/** Tokens with their character offsets (wink gives each token's text and the spaces before it). */
function tokens(text: string): Tokens {
  wink ??= winkNLP(model);
  const its = wink.its;
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const found = text.indexOf(values[i]!, at);
    const s = found >= 0 && found - at < 64 ? found : at;
    starts.push(s);
    at = s + values[i]!.length;
    ends.push(at);
  }
  const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
  return { starts, ends, pos, sentences };
}

/** The text's sentences as character ranges. */
export function sentences(text: string): { start: number; end: number }[] {
  const t = tokens(text);
  return t.sentences
    .filter(([a, b]) => t.starts[a] !== undefined && t.ends[b] !== undefined)
    .map(([a, b]) => ({ start: t.starts[a]!, end: t.ends[b]! }));
}

/** Runs of proper nouns, as spans of the text. */
export function winkNames(text: string): Span[] {
  const t = tokens(text);
  const out: Span[] = [];
  let run: { start: number; end: number } | undefined;
  const close = () => {
    const span = run && trimmed(text, run.start, run.end, null);
    if (span) out.push(span);
    run = undefined;
  };
  for (let i = 0; i < t.pos.length; i++) {
    if (t.pos[i] === 'PROPN') run = run ? { start: run.start, end: t.ends[i]! } : { start: t.starts[i]!, end: t.ends[i]! };
    else close();
  }
  close();
  return out;
}
