/**
 * The claim form: the selected span as the quote, subject, relationship type (only the types
 * whose domain and range admit the chosen ends), object, dates as precise as the text gives
 * them, and whether the narrator states it or someone is quoted. It runs the ontology's checks
 * (contract/claim-check.ts, the function the server runs on commit) on every change.
 */
import type { ClaimDraft } from '../../contract/authoring.ts';
import { claimProblems, typesFor, type ClaimShape } from '../../contract/claim-check.ts';
import type { Ontology } from '../../contract/ontology.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import type { Drafts } from './drafts.ts';

export interface Span {
  document: string;
  start: number;
  quote: string;
}

const optional = (v: string) => (v.trim() ? v.trim() : undefined);

export class ClaimForm {
  readonly root: HTMLElement;
  private span: Span | null = null;
  private readonly quote = h(
    'blockquote',
    { id: 'claim-quote', class: 'claim-quote muted' },
    'Select words of the text, then “Use selection”.',
  );
  private readonly subject = h('select', { id: 'claim-subject', 'aria-label': 'Subject' });
  private readonly type = h('select', { id: 'claim-type', 'aria-label': 'Relationship type' });
  private readonly object = h('select', { id: 'claim-object', 'aria-label': 'Object' });
  private readonly from = h('input', { id: 'claim-from', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', 'aria-label': 'Valid from' });
  private readonly to = h('input', { id: 'claim-to', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', 'aria-label': 'Valid to' });
  private readonly date = h('input', { id: 'claim-date', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', 'aria-label': 'Date' });
  private readonly voice = h(
    'select',
    { id: 'claim-voice', 'aria-label': 'Who says it' },
    h('option', { value: 'stated' }, 'The narrator states it'),
    h('option', { value: 'attributed' }, 'Attributed to someone'),
  );
  private readonly speaker = h('select', { id: 'claim-speaker', 'aria-label': 'Speaker' });
  private readonly attributedTo = h('input', {
    id: 'claim-attributed-to',
    placeholder: 'or in words: “many experts”',
    'aria-label': 'Attributed to',
  });
  private readonly problems = h('ul', { id: 'claim-problems', class: 'claim-problems', 'aria-live': 'polite' });
  private readonly add = h('button', { type: 'button', id: 'claim-add', class: 'primary' }, 'Add claim');
  private readonly timeRows: Record<'lasting' | 'point', HTMLElement>;
  private readonly attributionRow: HTMLElement;

  constructor(
    private readonly ontology: Ontology,
    private readonly drafts: Drafts,
    private readonly onAdd: (claim: ClaimDraft) => void,
  ) {
    const row = (label: string, ...controls: HTMLElement[]) => h('label', { class: 'form-row' }, h('span', {}, label), ...controls);
    this.timeRows = { lasting: h('div', {}, row('Valid from', this.from), row('Valid to', this.to)), point: row('Date', this.date) };
    this.attributionRow = h('div', {}, row('Speaker', this.speaker), row('Held by', this.attributedTo));
    this.root = h(
      'section',
      { class: 'claim-form', 'aria-label': 'Mark a claim' },
      h('h3', {}, 'Mark a claim'),
      this.quote,
      row('Subject', this.subject),
      row('Relationship', this.type),
      row('Object', this.object),
      this.timeRows.lasting,
      this.timeRows.point,
      row('Who says it', this.voice),
      this.attributionRow,
      this.problems,
      this.add,
    );
    for (const el of [this.subject, this.object]) el.addEventListener('change', () => (this.fillTypes(), this.check()));
    for (const el of [this.type, this.voice, this.speaker]) el.addEventListener('change', () => this.check());
    for (const el of [this.from, this.to, this.date, this.attributedTo]) el.addEventListener('input', () => this.check());
    this.add.addEventListener('click', () => {
      const claim = this.draft();
      if (!claim || this.currentProblems().length) return;
      this.onAdd(claim);
      this.clear();
    });
    this.refreshEntities();
  }

  setSpan(span: Span | null): void {
    this.span = span;
    replaceChildren(this.quote, span ? `“${span.quote}”` : 'Select words of the text, then “Use selection”.');
    this.quote.classList.toggle('muted', !span);
    if (span) this.quote.dataset.start = String(span.start);
    this.check();
  }

  /** Puts an entity in the first empty end (a click on a mention). */
  choose(key: string): void {
    if (!this.subject.value) this.subject.value = key;
    else this.object.value = key;
    this.fillTypes();
    this.check();
  }

  refreshEntities(): void {
    const entities = [...this.drafts.known.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const [select, none] of [
      [this.subject, 'choose the subject'],
      [this.object, 'choose the object'],
      [this.speaker, 'no entity'],
    ] as const) {
      const kept = select.value;
      replaceChildren(
        select,
        h('option', { value: '' }, `(${none})`),
        ...entities.map((e) => h('option', { value: e.key }, `${e.name} · ${e.labels.join(', ')}${e.pending ? ' (new)' : ''}`)),
      );
      select.value = this.drafts.known.has(kept) ? kept : '';
    }
    this.fillTypes();
    this.check();
  }

  private fillTypes(): void {
    const kept = this.type.value;
    const types = typesFor(this.ontology, this.drafts.labelsOf(this.subject.value), this.drafts.labelsOf(this.object.value));
    replaceChildren(
      this.type,
      h('option', { value: '' }, types.length ? '(choose a relationship type)' : '(no type joins these two)'),
      ...types.map((t) => h('option', { value: t, title: this.ontology.relationshipTypes[t]!.description }, t)),
    );
    this.type.value = types.includes(kept) ? kept : '';
  }

  private draft(): ClaimDraft | null {
    if (!this.span) return null;
    const spec = this.ontology.relationshipTypes[this.type.value];
    const attributed = this.voice.value === 'attributed';
    return {
      subject: this.subject.value,
      type: this.type.value,
      object: this.object.value,
      document: this.span.document,
      quote: this.span.quote,
      start: this.span.start,
      ...(spec?.time === 'lasting' ? { validFrom: optional(this.from.value), validTo: optional(this.to.value) } : {}),
      ...(spec?.time === 'point' ? { date: optional(this.date.value) } : {}),
      attributed,
      ...(this.speaker.value ? { speaker: this.speaker.value } : {}),
      ...(attributed && optional(this.attributedTo.value) ? { attributedTo: optional(this.attributedTo.value) } : {}),
    };
  }

  private currentProblems(): string[] {
    const out: string[] = [];
    if (!this.span) out.push('select the quote in the text');
    else if (this.span.quote.length < 3) out.push('the quote needs at least three characters');
    const claim = this.draft() ?? {
      subject: this.subject.value,
      type: this.type.value,
      object: this.object.value,
      attributed: this.voice.value === 'attributed',
    };
    for (const d of ['validFrom', 'validTo', 'date'] as const) {
      const v = (claim as Record<string, unknown>)[d];
      if (typeof v === 'string' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) out.push(`${d}: write YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    out.push(...claimProblems(claim as ClaimShape, this.ontology, this.drafts.labelsOf).map((p) => `${p.field}: ${p.message}`));
    return out;
  }

  private check(): void {
    const spec = this.ontology.relationshipTypes[this.type.value];
    this.timeRows.lasting.hidden = spec?.time !== 'lasting';
    this.timeRows.point.hidden = spec?.time !== 'point';
    this.attributionRow.hidden = this.voice.value !== 'attributed';
    const problems = this.currentProblems();
    replaceChildren(this.problems, ...problems.map((p) => h('li', {}, p)));
    this.add.disabled = problems.length > 0;
  }

  private clear(): void {
    this.setSpan(null);
    for (const el of [this.from, this.to, this.date, this.attributedTo]) el.value = '';
    this.voice.value = 'stated';
    this.speaker.value = '';
    this.check();
  }
}
