/**
 * Trace: how are two things connected? Paths are drawn and highlighted on the canvas and told
 * hop by hop in the ontology's words, each hop with its time and every sentence that supports it.
 * With the timeline on, the trace follows it (only hops valid that day) and says so.
 */
import { LIMITS, listParam, type PathHop, type PathJson, type PathSearch } from '../../contract/api.ts';
import type { GraphNode } from '../../contract/graph.ts';
import type { Family } from '../../contract/ontology.ts';
import { hopCitations, type OpenCitations } from './citation-list.ts';
import type { PathMode } from '../api/explorer-api.ts';
import type { SchemaCache } from '../api/schema-cache.ts';
import type { Explorer } from '../explorer.ts';
import { families, onVocabulary } from '../graph/vocabulary.ts';
import { h, replaceChildren } from './dom.ts';
import { TriStateList } from './tri-state-list.ts';
import { createTypeahead } from './typeahead.ts';

/** The scene operations the trace panel uses: only these, not the whole Explorer. */
export type TracePanelScene = Pick<
  Explorer,
  'addGraph' | 'api' | 'fitTo' | 'focus' | 'highlight' | 'nodeById' | 'notifier' | 'selectedNodeIds' | 'settings'
>;

/** How long the timeline must rest before a shown trace is asked again for the new day. */
const FOLLOW_DELAY_MS = 400;

interface Endpoint {
  id: string | null;
  caption: string;
}

export class TracePanel {
  private from: Endpoint = { id: null, caption: '' };
  private to: Endpoint = { id: null, caption: '' };
  private readonly fromBox;
  private readonly toBox;
  private readonly hops: HTMLInputElement;
  private readonly mode: HTMLSelectElement;
  private readonly k: HTMLInputElement;
  private readonly directed: HTMLInputElement;
  private readonly timeRespecting: HTMLInputElement;
  private readonly attribution: HTMLInputElement;
  /** Says whether the trace follows the timeline, and to which day. */
  private readonly timeNote: HTMLElement;
  /** True once a trace has been asked for: a timeline change then asks again. */
  private shown = false;
  private follow: ReturnType<typeof setTimeout> | undefined;
  /** Families and types a path may cross: any, only these, or never. */
  private readonly familyList = new TriStateList('trace-families', 'Families (only / never)');
  private readonly typeList = new TriStateList('trace-types', 'Relationship types (only / never)');
  /** Nodes no path may pass through (a hub that explains nothing, a node ruled out), with their captions. */
  private readonly avoid = new Map<string, string>();
  private readonly avoidList: HTMLElement;
  /** False for a database whose relationships record no source: hops then say nothing about one. */
  private provenanceRecorded = true;
  private readonly results: HTMLElement;
  private controller: AbortController | undefined;

  constructor(
    root: HTMLElement,
    private readonly explorer: TracePanelScene,
    schema: SchemaCache,
    private readonly openDocument: OpenCitations,
  ) {
    const api = explorer.api;
    this.fromBox = createTypeahead({
      api,
      id: 'trace-from',
      label: 'From',
      placeholder: 'From… (search or use selection)',
      keepChoice: true,
      onChoose: (r) => (this.from = { id: r.id, caption: r.caption }),
    });
    this.toBox = createTypeahead({
      api,
      id: 'trace-to',
      label: 'To',
      placeholder: 'To… (search or use selection)',
      keepChoice: true,
      onChoose: (r) => (this.to = { id: r.id, caption: r.caption }),
    });
    this.fromBox.input.addEventListener('input', () => (this.from = { id: null, caption: '' }));
    this.toBox.input.addEventListener('input', () => (this.to = { id: null, caption: '' }));
    this.hops = h('input', { id: 'trace-hops', type: 'number', min: 1, max: 8, value: 4, class: 'num' });
    this.directed = h('input', { id: 'trace-directed', type: 'checkbox' });
    this.mode = h(
      'select',
      { id: 'trace-mode' },
      h('option', { value: 'shortest' }, 'Shortest path'),
      h('option', { value: 'allShortest' }, 'All shortest paths'),
      h('option', { value: 'k' }, 'Up to k paths'),
    );
    this.k = h('input', { id: 'trace-k', type: 'number', min: 1, max: 25, value: 5, class: 'num' });
    this.timeRespecting = h('input', { id: 'trace-time-respecting', type: 'checkbox' });
    this.attribution = h('input', { id: 'trace-attribution', type: 'checkbox' });
    this.timeNote = h('p', { id: 'trace-time-note', class: 'muted' });
    this.noteTime();
    explorer.settings.subscribe((now, before) => {
      if (now.asOf === before.asOf) return;
      this.noteTime();
      if (!this.shown) return;
      clearTimeout(this.follow);
      this.follow = setTimeout(() => void this.run(), FOLLOW_DELAY_MS);
    });
    this.avoidList = h('div', { class: 'chips', id: 'trace-avoid-list' });
    this.showFamilies();
    onVocabulary(() => this.showFamilies());
    this.results = h('div', { class: 'trace-results', 'aria-live': 'polite' });

    const useSelection = (which: 'from' | 'to') =>
      h(
        'button',
        {
          type: 'button',
          class: 'btn small',
          on: {
            click: () => {
              const [id] = explorer.selectedNodeIds();
              const n = id ? explorer.nodeById(id) : undefined;
              if (!n) return explorer.notifier.show('Select a node on the canvas first.');
              this.set(which, { id: n.id(), caption: String(n.data('caption')) });
            },
          },
        },
        'Use selected',
      );

    replaceChildren(
      root,
      h('h2', { class: 'panel-title' }, 'Trace a connection'),
      h('p', { class: 'muted' }, 'Pick two nodes (or select two on the canvas and press T) to see how they are connected, and why.'),
      h('div', { class: 'field' }, h('span', { class: 'field-label' }, 'From'), this.fromBox.root, useSelection('from')),
      h('div', { class: 'field' }, h('span', { class: 'field-label' }, 'To'), this.toBox.root, useSelection('to')),
      h(
        'div',
        { class: 'trace-options' },
        h('label', { for: 'trace-mode' }, 'Find'),
        this.mode,
        h('label', { for: 'trace-hops' }, 'Max hops'),
        this.hops,
        h('label', { for: 'trace-k', title: 'How many paths in “up to k paths” mode' }, 'k'),
        this.k,
        h(
          'div',
          { class: 'trace-checks' },
          h(
            'label',
            { class: 'check', for: 'trace-directed', title: 'Follow each relationship’s direction (a route from A to B, not back)' },
            this.directed,
            'Follow direction',
          ),
          h(
            'label',
            {
              class: 'check',
              for: 'trace-time-respecting',
              title: 'Each hop must overlap the next in time, so the whole chain could have held at once',
            },
            this.timeRespecting,
            'Time-respecting',
          ),
          h(
            'label',
            { class: 'check', for: 'trace-attribution', title: 'Also cross attribution edges (a spokesperson speaks for a state)' },
            this.attribution,
            'Include attribution',
          ),
        ),
      ),
      this.timeNote,
      h(
        'details',
        { class: 'trace-crossing', id: 'trace-crossing' },
        h('summary', {}, 'What a path may cross'),
        this.familyList.root,
        this.typeList.root,
        h(
          'div',
          { class: 'field' },
          h('span', { class: 'field-label' }, 'Never through'),
          this.avoidList,
          h(
            'button',
            {
              type: 'button',
              class: 'btn small',
              id: 'trace-avoid-selected',
              title: 'Paths will not pass through the nodes selected on the canvas',
              on: { click: () => this.avoidSelected() },
            },
            'Avoid selected',
          ),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'btn primary', id: 'trace-run', on: { click: () => void this.run() } }, 'Find paths'),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'trace-connect',
            title: `The smallest cited network joining the nodes selected on the canvas (3 to ${LIMITS.connectIds})`,
            on: { click: () => void this.connect() },
          },
          'Connect selected',
        ),
      ),
      this.results,
    );
    this.showAvoided();
    schema
      .get()
      .then((s) => this.typeList.setItems(s.relationshipTypes.map((t) => ({ name: t.type, hint: `${t.count} in the database` }))))
      .catch(() => this.typeList.root.append(h('p', { class: 'muted' }, 'Could not load the relationship types.')));
  }

  /** The ontology's families, when this database is built on it (otherwise the list hides). */
  private showFamilies(): void {
    this.familyList.setItems(families().map((f) => ({ name: f.family, hint: f.description, colour: f.colour })));
  }

  /** Adds the canvas selection to the nodes paths must not pass through. */
  avoidSelected(): void {
    const ids = this.explorer.selectedNodeIds();
    if (!ids.length) return this.explorer.notifier.show('Select the nodes to avoid on the canvas first.');
    for (const id of ids) this.avoid.set(id, String(this.explorer.nodeById(id)?.data('caption') ?? id));
    this.showAvoided();
  }

  private showAvoided(): void {
    replaceChildren(
      this.avoidList,
      ...(this.avoid.size
        ? [...this.avoid].map(([id, caption]) =>
            h(
              'span',
              { class: 'chip', 'data-id': id },
              caption,
              h(
                'button',
                {
                  type: 'button',
                  class: 'link-btn',
                  'aria-label': `Stop avoiding ${caption}`,
                  on: {
                    click: () => {
                      this.avoid.delete(id);
                      this.showAvoided();
                    },
                  },
                },
                '×',
              ),
            ),
          )
        : [h('span', { class: 'muted' }, 'no node')]),
    );
  }

  /** What every search of this panel may cross, as the path endpoints take it. */
  private crossing() {
    return {
      types: this.typeList.named('only'),
      excludeTypes: this.typeList.named('never'),
      families: this.familyList.named('only') as Family[],
      excludeFamilies: this.familyList.named('never') as Family[],
      avoid: [...this.avoid.keys()],
    };
  }

  /** Says whether this database's relationships record sources at all. */
  setProvenanceRecorded(recorded: boolean): void {
    this.provenanceRecorded = recorded;
  }

  set(which: 'from' | 'to', e: Endpoint): void {
    if (which === 'from') {
      this.from = e;
      this.fromBox.input.value = e.caption;
    } else {
      this.to = e;
      this.toBox.input.value = e.caption;
    }
  }

  /** Fills both ends and runs. */
  trace(from: string, to: string): void {
    const caption = (id: string) => String(this.explorer.nodeById(id)?.data('caption') ?? id);
    this.set('from', { id: from, caption: caption(from) });
    this.set('to', { id: to, caption: caption(to) });
    void this.run();
  }

  /** "Following the timeline: as of …" when the timeline is on. */
  private noteTime(): void {
    const asOf = this.explorer.settings.get().asOf;
    this.timeNote.textContent = asOf
      ? `Following the timeline: only relationships valid on ${asOf}.`
      : 'Timeline off: relationships of any time (turn the timeline on to trace as of a day).';
  }

  async run(): Promise<void> {
    const { explorer } = this;
    clearTimeout(this.follow);
    if (!this.from.id || !this.to.id) {
      replaceChildren(
        this.results,
        h('p', { class: 'error' }, 'Choose both ends: pick each from the suggestions, or select a node and press “Use selected”.'),
      );
      return;
    }
    const crossing = this.crossing();
    const maxHops = clamp(Number(this.hops.value) || 4, 1, LIMITS.maxHops);
    const k = clamp(Number(this.k.value) || 5, 1, LIMITS.pathsK);
    this.controller?.abort();
    this.controller = new AbortController();
    const signal = this.controller.signal;
    replaceChildren(this.results, h('p', { class: 'muted' }, 'Searching for paths…'));
    this.shown = true;
    const asOf = explorer.settings.get().asOf ?? undefined;
    const req = {
      from: this.from.id,
      to: this.to.id,
      maxHops,
      types: listParam(crossing.types),
      excludeTypes: listParam(crossing.excludeTypes),
      families: listParam(crossing.families),
      excludeFamilies: listParam(crossing.excludeFamilies),
      avoid: listParam(crossing.avoid),
      mode: this.mode.value as PathMode,
      k,
      directed: this.directed.checked ? ('true' as const) : undefined,
      timeRespecting: this.timeRespecting.checked ? ('true' as const) : undefined,
      withAttribution: this.attribution.checked ? ('true' as const) : undefined,
      asOf,
    };
    const res = await explorer.notifier.busy('Tracing…', () => explorer.api.paths(req, signal));
    if (!res) {
      replaceChildren(this.results, h('p', { class: 'error' }, 'The trace failed: see the message above.'));
      return;
    }
    if (!res.paths.length) {
      replaceChildren(this.results, h('p', { class: 'trace-none' }, noPath(res.searched)));
      explorer.highlight(null);
      return;
    }
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, PathJson['edges'][number]>();
    for (const p of res.paths) {
      for (const n of p.nodes) nodes.set(n.id, n);
      for (const e of p.edges) edges.set(e.id, e);
    }
    await explorer.addGraph({ nodes: [...nodes.values()], edges: [...edges.values()] });
    const all = new Set([...nodes.keys(), ...edges.keys()]);
    explorer.highlight(all);
    explorer.fitTo(all);
    const cards = res.paths.map((p, i) => this.card(p, i));
    replaceChildren(
      this.results,
      h(
        'p',
        { class: 'trace-summary' },
        `${res.paths.length} path${res.paths.length > 1 ? 's' : ''} from ${this.from.caption} to ${this.to.caption}` +
          (asOf ? `, as of ${asOf}` : '') +
          (res.searched.timeRespecting ? ', time-respecting' : ''),
      ),
      h('p', { class: 'muted' }, 'Best first: fewer hops, more sources, current before ended, and no detour through hubs.'),
      res.capped
        ? h(
            'p',
            { class: 'trace-capped muted' },
            `More paths exist: showing the first ${res.limit ?? res.paths.length}. Add type restrictions or fewer hops to narrow it.`,
          )
        : null,
      ...cards,
      h('button', { type: 'button', class: 'link-btn', on: { click: () => explorer.highlight(null) } }, 'Clear highlight'),
    );
  }

  /** The smallest cited network joining the selected nodes, drawn and told link by link as paths are. */
  async connect(): Promise<void> {
    const { explorer } = this;
    const ids = explorer.selectedNodeIds();
    if (ids.length < 3 || ids.length > LIMITS.connectIds) {
      replaceChildren(
        this.results,
        h(
          'p',
          { class: 'error' },
          `Select 3 to ${LIMITS.connectIds} nodes on the canvas (shift-click) to connect them; ${ids.length} selected.`,
        ),
      );
      return;
    }
    this.controller?.abort();
    this.controller = new AbortController();
    const signal = this.controller.signal;
    this.shown = false;
    const asOf = explorer.settings.get().asOf ?? undefined;
    const crossing = this.crossing();
    const body = {
      ids,
      maxHops: clamp(Number(this.hops.value) || 4, 1, LIMITS.maxHops),
      directed: this.directed.checked,
      timeRespecting: this.timeRespecting.checked,
      withAttribution: this.attribution.checked,
      ...(asOf ? { asOf } : {}),
      ...(crossing.types.length ? { types: crossing.types } : {}),
      ...(crossing.excludeTypes.length ? { excludeTypes: crossing.excludeTypes } : {}),
      ...(crossing.families.length ? { families: crossing.families } : {}),
      ...(crossing.excludeFamilies.length ? { excludeFamilies: crossing.excludeFamilies } : {}),
      ...(crossing.avoid.length ? { avoid: crossing.avoid } : {}),
    };
    replaceChildren(this.results, h('p', { class: 'muted' }, 'Searching for a connecting network…'));
    const res = await explorer.notifier.busy('Connecting…', () => explorer.api.connect(body, signal));
    if (!res) {
      replaceChildren(this.results, h('p', { class: 'error' }, 'The search failed: see the message above.'));
      return;
    }
    const caption = (id: string) => String(explorer.nodeById(id)?.data('caption') ?? id);
    await explorer.addGraph({ nodes: res.nodes, edges: res.edges });
    const all = new Set([...res.nodes.map((n) => n.id), ...res.edges.map((e) => e.id)]);
    explorer.highlight(all);
    explorer.fitTo(all);
    replaceChildren(
      this.results,
      h(
        'p',
        { class: 'trace-summary' },
        `A network joining ${ids.length - res.unconnected.length} of ${ids.length}: ${res.nodes.length} nodes, ${res.edges.length} relationships` +
          (asOf ? `, as of ${asOf}` : ''),
      ),
      res.unconnected.length
        ? h('p', { class: 'trace-none' }, `Not joined within ${res.searched.maxHops} hops: ${res.unconnected.map(caption).join(', ')}.`)
        : null,
      ...res.links.map((l, i) => this.card(l.path, i)),
      h('button', { type: 'button', class: 'link-btn', on: { click: () => explorer.highlight(null) } }, 'Clear highlight'),
    );
  }

  private card(path: PathJson, index: number): HTMLElement {
    const byId = new Map(path.nodes.map((n) => [n.id, n]));
    const edgeById = new Map(path.edges.map((e) => [e.id, e]));
    const hops = path.hops.map((hop) => {
      const e = edgeById.get(hop.edge);
      const citations = e?.provenance ?? [];
      const focus = () => this.explorer.focus(hop.edge);
      return h(
        'li',
        { class: 'hop', 'data-family': hop.family ?? '' },
        h(
          'span',
          {
            class: 'hop-claim',
            role: 'button',
            tabindex: 0,
            title: `Select this relationship (${e?.type ?? ''}${hop.forward ? '' : ', walked against its direction'})`,
            on: {
              click: focus,
              keydown: (ev: Event) => {
                if ((ev as KeyboardEvent).key === 'Enter') focus();
              },
            },
          },
          hop.narration,
        ),
        h('span', { class: 'hop-meta muted' }, ` · ${[hop.family ?? e?.type, validityText(hop)].filter(Boolean).join(' · ')}`),
        ...(citations.length
          ? hopCitations(citations, this.openDocument)
          : [this.provenanceRecorded ? h('span', { class: 'muted' }, ' — no source recorded') : null]),
      );
    });
    const ids = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
    const { score } = path;
    const ends = `${byId.get(path.nodes[0]?.id ?? '')?.caption ?? '?'} → ${path.nodes.at(-1)?.caption ?? '?'}`;
    return h(
      'section',
      { class: 'path-card', 'aria-label': `Path ${index + 1}: ${ends}` },
      h(
        'div',
        { class: 'rel-head' },
        h('h3', {}, `Path ${index + 1} · ${path.edges.length} hop${path.edges.length === 1 ? '' : 's'}`),
        h(
          'span',
          {
            class: 'path-score muted',
            title: `Lower is better: ${score.hops} for hops + ${score.evidence} for thin evidence + ${score.ended} for ended hops + ${score.hubs} for hubs passed through`,
          },
          `score ${score.total}`,
        ),
        h('button', { type: 'button', class: 'link-btn', on: { click: () => this.explorer.highlight(ids) } }, 'Highlight'),
      ),
      h('ol', { class: 'hops' }, ...hops),
    );
  }
}

/** "1994-04-20 – 1999 (ended)": a hop's time as precisely as its source gives it. */
export function validityText(hop: PathHop): string {
  const { from, to } = hop.validity;
  const show = (b: NonNullable<PathHop['validity']['from']>) =>
    `${b.precision === 'year' ? b.date.slice(0, 4) : b.precision === 'month' ? b.date.slice(0, 7) : b.date}${b.inferred ? ' (inferred)' : ''}`;
  if (!from && !to) return '';
  if (from && to && from.date === to.date) return show(from);
  return `${from ? show(from) : '…'} – ${to ? show(to) : 'open'}${hop.ended ? ' (ended)' : ''}`;
}

/** "No path within 4 hops, as of 2010-01-01, …": what was searched, so "no" says what it means. */
export function noPath(s: PathSearch): string {
  const parts = [
    `No ${s.directed ? 'directed ' : ''}path within ${s.maxHops} hop${s.maxHops === 1 ? '' : 's'}`,
    s.asOf ? `valid on ${s.asOf}` : null,
    s.timeRespecting ? 'with every hop overlapping the next in time' : null,
    s.types ? `over ${s.types.join(', ') || 'no type'}` : null,
    s.excludedTypes.length ? `leaving out ${s.excludedTypes.join(', ')}` : null,
    s.avoided.length ? `never through ${s.avoided.length} avoided node${s.avoided.length === 1 ? '' : 's'}` : null,
  ].filter(Boolean);
  return `${parts.join(', ')}. Try more hops, fewer restrictions${s.asOf ? ', another day on the timeline' : ''}.`;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));
