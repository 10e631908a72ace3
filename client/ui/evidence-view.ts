/**
 * "Why do we believe this?" for one relationship: its confidence and how it was computed
 * (each independent source's parts, then the combination), every claim with its document,
 * grade, speaker, quote and credibility; and the contradictions it takes part in, with the
 * verdict in force and, for an editor, a way to record or reverse one.
 */
import type { Citation } from '../../contract/api.ts';
import { Reliability } from '../../contract/claims.ts';
import type { Contradiction, VerdictHolds } from '../../contract/contradictions.ts';
import type { EdgeEvidence, EvidenceSource } from '../../contract/evidence.ts';
import type { GraphEdge } from '../../contract/graph.ts';
import { describeError } from '../api/api-error.ts';
import type { ExplorerApi } from '../api/explorer-api.ts';
import { h, type Child } from './dom.ts';

const CREDIBILITY_WORDS: Record<number, string> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'cannot be judged',
};
const RELIABILITY_WORDS: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'cannot be judged',
};

const n3 = (x: number) => x.toFixed(3);
const n2 = (x: number) => x.toFixed(2);

function sourceLine(s: EvidenceSource, i: number, citations: readonly Citation[]): HTMLElement {
  const best = citations[s.best];
  const others = s.documents.filter((d) => d !== best?.documentKey);
  return h(
    'li',
    { 'data-source': s.origin },
    h('strong', {}, `Source ${i + 1}: `),
    best?.title ?? best?.documentKey ?? s.origin,
    others.length
      ? h('span', { class: 'muted' }, ` (also ${others.length} more: the same source reprinted or quoting the same words)`)
      : null,
    h(
      'div',
      { class: 'formula' },
      `reliability ${s.reliability} (${n2(s.reliabilityWeight)}) × credibility ${s.credibility} (${n2(s.credibilityWeight)}) × ${s.attributed ? 'attributed' : 'stated'} (${n2(s.attributionWeight)}) = ${n3(s.score)}`,
    ),
  );
}

function combination(e: EdgeEvidence): string {
  if (e.sources.length === 0) return 'no affirming source: 0';
  return `1 − ${e.sources.map((s) => `(1 − ${n3(s.score)})`).join(' × ')} = ${n3(e.confidence)}`;
}

/** For an editor: regrade a claim's document (every relationship citing it follows). */
export type Regrade = (documentKey: string, reliability: Reliability) => void;

function gradeControl(c: Citation, grade: Reliability, regrade: Regrade): HTMLElement {
  return h(
    'select',
    {
      class: 'grade-select',
      'aria-label': `Reliability of ${c.title ?? c.documentKey}`,
      'data-document': c.documentKey,
      on: { change: (ev) => regrade(c.documentKey, Reliability.parse((ev.target as HTMLSelectElement).value)) },
    },
    ...Reliability.options.map((r) => h('option', { value: r, selected: r === grade }, `${r}: ${RELIABILITY_WORDS[r]}`)),
  );
}

function claimItem(c: Citation, openDocument: (c: Citation) => void, regrade?: Regrade): HTMLElement {
  const grade = c.reliability ?? 'F';
  return h(
    'li',
    { class: 'citation' },
    h('blockquote', { class: 'quote' }, `“${c.quote}”`),
    h(
      'div',
      { class: 'cite-line' },
      regrade
        ? gradeControl(c, grade, regrade)
        : h('span', { class: 'grade', title: `source reliability: ${RELIABILITY_WORDS[grade] ?? grade}` }, grade),
      ' ',
      h('cite', {}, c.title ?? c.documentKey),
      [c.kind, c.publisher, c.date].some(Boolean)
        ? h('span', { class: 'muted' }, ` — ${[c.kind, c.publisher, c.date].filter(Boolean).join(', ')}`)
        : null,
    ),
    h(
      'div',
      { class: 'muted' },
      `credibility ${c.credibility ?? 6} (${CREDIBILITY_WORDS[c.credibility ?? 6] ?? ''}); `,
      c.speaker ? `speaker: ${c.speaker}; ` : '',
      c.attributed ? `attributed${c.attributedTo ? ` to ${c.attributedTo}` : ''}` : 'stated by the narrator',
      c.reprints ? `; reprints ${c.reprints}` : '',
      c.denies ? h('strong', { class: 'error' }, ' — denies this relationship') : null,
    ),
    h(
      'button',
      { type: 'button', class: 'link-btn', disabled: !c.documentId, on: { click: () => openDocument(c) } },
      'Show in the document',
    ),
  );
}

export function whyWeBelieve(edge: GraphEdge, openDocument: (c: Citation) => void, regrade?: Regrade): HTMLElement {
  const citations = edge.provenance ?? [];
  const e = edge.evidence;
  const parts: Child[] = [h('h3', {}, 'Why do we believe this?')];
  if (!e || citations.length === 0) {
    parts.push(h('p', { class: 'muted' }, 'No source is recorded for this relationship.'));
    return h('section', { class: 'section why', 'data-why': 'none' }, ...parts);
  }
  parts.push(
    h(
      'p',
      { class: 'why-summary' },
      h('strong', {}, e.level[0]!.toUpperCase() + e.level.slice(1)),
      `: confidence ${n3(e.confidence)} from ${e.independentSources} independent source${e.independentSources === 1 ? '' : 's'} (${e.claims} claim${e.claims === 1 ? '' : 's'}${e.denials ? `; ${e.denials} denying it` : ''}).`,
    ),
    h('ol', { class: 'plain-list sources' }, ...e.sources.map((s, i) => sourceLine(s, i, citations))),
    h('p', { class: 'formula', 'data-formula': '' }, `confidence = ${combination(e)}`),
    h(
      'p',
      { class: 'muted' },
      'Confirmed from 0.70, tentative from 0.40; a reprint, or the same words in two documents, count as one source.',
    ),
    h('h3', {}, `Claims (${citations.length})`),
    h('ol', { class: 'citations' }, ...citations.map((c) => claimItem(c, openDocument, regrade))),
  );
  return h('section', { class: 'section why', 'data-why': e.level }, ...parts);
}

export interface VerdictActions {
  api: Pick<ExplorerApi, 'recordVerdict' | 'reverseVerdict'>;
  editing: boolean;
  /** After a verdict is recorded or reversed: reload the contradictions. */
  changed: () => void;
  fail: (message: string) => void;
}

function verdictForm(c: Contradiction, actions: VerdictActions): HTMLElement {
  const holds = h(
    'select',
    { 'aria-label': 'Which side holds' },
    h('option', { value: 'first' }, `${c.sides[0].label} holds`),
    h('option', { value: 'second' }, `${c.sides[1].label} holds`),
    h('option', { value: 'neither' }, 'neither holds'),
  );
  const reason = h('textarea', { 'aria-label': 'Why', placeholder: 'Why (kept with your name and the time)' });
  const form = h(
    'form',
    {
      class: 'verdict-form',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          actions.api
            .recordVerdict({ contradiction: c.id, holds: holds.value as VerdictHolds, reason: reason.value })
            .then(() => actions.changed())
            .catch((e: unknown) => actions.fail(describeError(e)));
        },
      },
    },
    holds,
    reason,
    h('button', { type: 'submit', class: 'btn' }, 'Record verdict'),
  );
  return form;
}

export function contradictionsView(list: readonly Contradiction[], edgeId: string, actions: VerdictActions): HTMLElement | null {
  if (list.length === 0) return null;
  return h(
    'section',
    { class: 'section', 'data-contradictions': String(list.length) },
    h('h3', {}, `⚠ Contradictions (${list.length})`),
    ...list.map((c) => {
      const other = c.kind === 'denial' ? c.sides[1] : (c.sides.find((s) => s.edge.id !== edgeId) ?? c.sides[1]);
      const v = c.verdict;
      return h(
        'div',
        { class: 'contradiction', 'data-kind': c.kind },
        h(
          'p',
          {},
          c.summary,
          c.overlap ? h('span', { class: 'muted' }, ` (both hold ${c.overlap.from ?? '…'} to ${c.overlap.to ?? '…'})`) : null,
        ),
        h(
          'p',
          { class: 'muted' },
          `Against it: ${other.label}, `,
          ...other.citations
            .slice(0, 3)
            .map((x, i) => h('span', {}, i ? '; ' : '', `“${x.quote}” (${x.reliability ?? 'F'}, ${x.title ?? x.documentKey})`)),
        ),
        v
          ? h(
              'p',
              { class: 'verdict' },
              h(
                'strong',
                {},
                `Verdict: ${v.holds === 'neither' ? 'neither holds' : `${c.sides[v.holds === 'first' ? 0 : 1].label} holds`}`,
              ),
              ` — ${v.reason} (${v.author}, ${v.at.slice(0, 16).replace('T', ' ')}) `,
              actions.editing
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'link-btn',
                      on: {
                        click: () =>
                          actions.api
                            .reverseVerdict({ id: v.id })
                            .then(() => actions.changed())
                            .catch((e: unknown) => actions.fail(describeError(e))),
                      },
                    },
                    'Reverse',
                  )
                : null,
            )
          : actions.editing
            ? verdictForm(c, actions)
            : h('p', { class: 'muted' }, 'No verdict yet.'),
      );
    }),
  );
}
