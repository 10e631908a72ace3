/** Builds the page: the graph, its commands, the panels, and the first view. */
// First, before any zod schema is built: see the file for why.
import './api/zod-config.ts';
import type { AppContext, Ui } from './actions/action.ts';
import { bindKeyboard } from './actions/keyboard.ts';
import { createHttpApi } from './api/http-api.ts';
import { loadSession } from './api/session.ts';
import { AuthoringDialog } from './authoring/authoring-dialog.ts';
import { SchemaCache } from './api/schema-cache.ts';
import { openDefaultView, openSharedView } from './app/first-view.ts';
import { currentView, syncLinkToView } from './app/link-sync.ts';
import { syncStyleRules } from './app/style-sync.ts';
import { mountHoverFocus } from './app/hover-focus.ts';
import { mountLabelDeclutter } from './app/label-declutter.ts';
import { mountAnnotationLayer } from './cases/annotation-layer.ts';
import { CasePanel, caseIdOfHash } from './cases/case-panel.ts';
import { CypherPanel } from './cypher/cypher-panel.ts';
import { Explorer } from './explorer.ts';
import { GraphView } from './graph/graph-view.ts';
import { LARGE_SCENE } from './graph/scene-thresholds.ts';
import { warmLayoutWorker } from './graph/layouts.ts';
import { webglHardwareAccelerated } from './graph/create-cy.ts';
import { Scene } from './graph/scene.ts';
import { EMPTY_STYLE, isEmptyStyle } from './graph/style-rules.ts';
import { EvidenceScene } from './graph/evidence-scene.ts';
import { exportJson, exportPng } from './share/exports.ts';
import { decodeView } from './share/scene-link.ts';
import { History } from './state/history.ts';
import { createSettings } from './state/settings.ts';
import { mountCanvasOverlays } from './ui/canvas-overlays.ts';
import { mountOverviewCard, searchHint } from './ui/overview-card.ts';
import { learnLabels } from './graph/visual.ts';
import { setVocabulary } from './graph/vocabulary.ts';
import { ContextMenu } from './ui/context-menu.ts';
import { DetailsPanel } from './ui/details-panel.ts';
import { DocumentView } from './ui/document-view.ts';
import { byId } from './ui/dom.ts';
import { FiltersPanel } from './ui/filters-panel.ts';
import { mountHelp } from './ui/help-overlay.ts';
import { mountLegend } from './ui/legend.ts';
import { Notifier } from './ui/notifier.ts';
import { mountTabs } from './ui/tabs.ts';
import { mountTimeline } from './ui/timeline.ts';
import { StylePanel } from './ui/style-panel.ts';
import { mountResponsive } from './ui/responsive.ts';
import { mountToolbar } from './ui/toolbar.ts';
import { TracePanel } from './ui/trace-panel.ts';
import { MapView } from './ui/map-view.ts';
import { TimelineLanes } from './ui/timeline-lanes.ts';
import { mountViewSwitch } from './ui/view-switch.ts';
import { createTypeahead } from './ui/typeahead.ts';

const settings = createSettings();
document.documentElement.dataset.theme = settings.get().theme;
const api = createHttpApi();
// Whether this page may edit (and, on the local setup, the editor cookie), asked before anything writes.
const sessionLoaded = loadSession(api);
const notifier = new Notifier();
const view = new GraphView(byId('cy'), settings.get().theme, settings.get().webgl);
const scene = new Scene(() => view.cy);
const history = new History(scene);
const explorer = new Explorer(api, view, scene, history, settings, notifier);
const schema = new SchemaCache(api);
// What this database holds, for the first view, the hints and the timeline: from the data, whoever's it is.
const overview = api.overview().catch(() => null);
// Colours and shapes per label need the schema's counts (most specific label, every label its own style).
const styled = schema
  .get()
  .then((s) => learnLabels(s.labels))
  .catch(() => undefined);
const docView = new DocumentView(byId<HTMLDialogElement>('doc-dialog'), api);
const openDocument = (c: Parameters<DocumentView['open']>[0], alsoMark?: Parameters<DocumentView['open']>[1]) =>
  void docView.open(c, alsoMark);
// Authoring ("Write"): shown when this server allows editing; the dialog asks for the token where the page has none.
// The ontology, asked for once: the vocabulary (families, colours, narration) for every panel, and the authoring forms.
const ontologyAnswer = api.ontology();
void ontologyAnswer
  .then((answer) => {
    setVocabulary(answer);
    // Edge colours by family come from the stylesheet: apply it again (with the scene's levers) now that it knows them.
    view.setTheme(settings.get().theme);
  })
  .catch((e: unknown) => notifier.error(e, 'Loading the ontology'));
const ontology = ontologyAnswer.then((o) => (o.applies ? o.ontology : null)).catch(() => null);
const authoring = new AuthoringDialog(byId<HTMLDialogElement>('authoring-dialog'), api, ontology, (m, tone) => notifier.show(m, tone));
const writeButton = byId<HTMLButtonElement>('open-authoring');
void sessionLoaded.then((s) => (writeButton.hidden = s.editing === 'off'));
writeButton.addEventListener('click', () => void authoring.open());

const panels = {
  details: byId('panel-details'),
  trace: byId('panel-trace'),
  cypher: byId('panel-cypher'),
  filters: byId('panel-filters'),
  style: byId('panel-style'),
  case: byId('panel-case'),
};
mountTabs(byId('tabs'), panels, settings);
// Confidence filter and contradiction marks, applied after every scene change (client/graph/evidence-scene.ts).
const evidence = new EvidenceScene(api, () => view.cy);
explorer.onChange(() => {
  evidence.apply();
  void evidence.load();
});
new DetailsPanel(panels.details, explorer, openDocument, evidence);
const trace = new TracePanel(panels.trace, explorer, schema, openDocument);
const cypher = new CypherPanel(panels.cypher, {
  api,
  notifier,
  schema,
  addGraph: (graph, mode) => (mode === 'replace' ? explorer.replaceGraph(graph) : explorer.addGraph(graph)),
});
new FiltersPanel(panels.filters, explorer, schema);
new StylePanel(panels.style, explorer, schema);
syncStyleRules(explorer);
mountHoverFocus(explorer);
mountLabelDeclutter(explorer);
const cases = new CasePanel(
  panels.case,
  explorer,
  () => currentView(explorer, cypher),
  (q) => cypher.setQuery(q),
);
const drawAnnotations = mountAnnotationLayer(
  byId('canvas-wrap'),
  () => view.cy,
  () => cases.canvasAnnotations,
);
view.bind((cy) => cy.on('viewport resize', drawAnnotations));
const lanes = new TimelineLanes(byId('lanes'), () => explorer);
const map = new MapView(
  byId('canvas-wrap'),
  () => explorer,
  (m) => notifier.show(m),
);
mountViewSwitch(byId('view-switch'), lanes, map, byId('lanes'));
explorer.onChange(() => {
  lanes.refresh();
  void map.refresh();
});
view.bind((cy) => cy.on('select unselect', () => lanes.mark()));
cases.onChange(() => {
  drawAnnotations();
  refreshLink();
});

const search = createTypeahead({
  api,
  id: 'search',
  label: 'Search the graph',
  placeholder: 'Search the graph…  ( / )',
  onChoose: (r) => void explorer.showNode(r),
});
byId('search-host').appendChild(search.root);
void overview.then((o) => {
  const hint = searchHint(o);
  if (hint) search.input.placeholder = `Search the graph: ${hint}  ( / )`;
  if (o && !o.provenance) trace.setProvenanceRecorded(false);
});

const helpDialog = byId<HTMLDialogElement>('help-dialog');
const openHelp = mountHelp(helpDialog);
const menuRef: { current?: ContextMenu } = {};
const ui: Ui = {
  openHelp,
  focusSearch: () => search.input.focus(),
  showPanel: (name) => {
    settings.set({ panel: name });
    if (name === 'cypher') cypher.focus();
  },
  trace: (from, to) => {
    settings.set({ panel: 'trace' });
    trace.trace(from, to);
  },
  exportPng: () => exportPng(view.cy),
  exportJson: () => exportJson(scene),
  copyLink: () => {
    refreshLink();
    window.setTimeout(() => {
      navigator.clipboard
        ?.writeText(location.href)
        .then(() => notifier.show('Link copied: it reopens this scene.', 'success'))
        .catch(() => notifier.show('The address bar now holds a link to this scene: copy it from there.'));
    }, 350);
  },
  openMenu: () => menuRef.current?.openForSelection(),
  closeOverlay: () => {
    if (menuRef.current?.isOpen) {
      menuRef.current.close();
      return true;
    }
    for (const d of [helpDialog, byId<HTMLDialogElement>('doc-dialog'), byId<HTMLDialogElement>('authoring-dialog')]) {
      if (d.open) {
        d.close();
        return true;
      }
    }
    return false;
  },
};
const ctx: AppContext = { explorer, ui };
menuRef.current = new ContextMenu(ctx, byId('canvas-wrap'));
const refreshToolbar = mountToolbar(byId('toolbar'), ctx);
mountResponsive({
  topbar: byId('toolbar').parentElement!,
  menuButton: byId<HTMLButtonElement>('menu-toggle'),
  toolbar: byId('toolbar'),
  side: byId('side'),
  sheetButton: byId<HTMLButtonElement>('sheet-toggle'),
  settings,
  // Keep what was at the centre of the canvas at its centre as the sheet opens or closes.
  resized: () => {
    const cy = view.cy;
    const [w, h] = [cy.width(), cy.height()];
    cy.resize();
    cy.panBy({ x: (cy.width() - w) / 2, y: (cy.height() - h) / 2 });
  },
});
bindKeyboard(ctx);
mountLegend(byId('legend'), explorer, evidence);
mountTimeline(
  byId('timeline'),
  explorer,
  overview.then((o) => o?.dates ?? null),
);
mountCanvasOverlays(
  byId('empty-state'),
  byId('scene-stats'),
  explorer,
  {
    showStart: () => void overview.then((o) => openDefaultView(explorer, o)),
    openCypher: () => ui.showPanel('cypher'),
    focusSearch: ui.focusSearch,
  },
  overview.then(searchHint),
);

// Graph gestures: double-click expands; a drag is one undoable change.
view.bind((cy) => {
  cy.on('dbltap', 'node', (e) => void explorer.expand(e.target.id()));
  let before: ReturnType<Scene['capture']> | null = null;
  cy.on('grab', 'node', () => (before = scene.capture()));
  cy.on('free', 'node', () => {
    if (before) history.commit(before);
    before = null;
  });
  cy.on('select unselect', () => refreshToolbar());
});
explorer.onChange(refreshToolbar);
// Thousands of elements draw much faster with WebGL: switch once, say so, and respect a "no".
let webglDeclined = false;
explorer.onChange(() => {
  const n = view.cy.elements().length;
  if (n > LARGE_SCENE && !settings.get().webgl && !webglDeclined && webglHardwareAccelerated()) {
    settings.set({ webgl: true });
    notifier.show(`Drawing ${n.toLocaleString('en-US')} elements with WebGL for speed (untick “WebGL” in the toolbar to switch back).`);
  }
});
settings.subscribe((s, p) => {
  if (p.webgl && !s.webgl && view.cy.elements().length > LARGE_SCENE) webglDeclined = true;
});
history.onChange(refreshToolbar);
settings.subscribe((s, p) => {
  if (s.theme !== p.theme) {
    document.documentElement.dataset.theme = s.theme;
    view.setTheme(s.theme);
  }
  if (s.webgl !== p.webgl) view.setWebgl(s.webgl);
  if (s.panel === 'cypher') void cypher.loadEditor();
  refreshToolbar();
});

// For the browser tests and the curious: the live Cytoscape core, read-only use.
Object.defineProperty(window, '__explorer', {
  value: {
    get cy() {
      return view.cy;
    },
    /** What the Cypher panel's "replace the scene" calls: the browser tests put large scenes on the canvas through it. */
    replaceGraph: (graph: Parameters<Explorer['replaceGraph']>[0]) => explorer.replaceGraph(graph),
  },
});

let refreshLink: () => void = () => undefined;

/**
 * Back, Forward or a pasted link: opens the case or scene the address names as one undo step, and
 * brings every control (timeline, filters, layout, style, query, selection) to what it says.
 */
async function openAddress(hash: string): Promise<void> {
  const caseId = caseIdOfHash(hash);
  const view = decodeView(hash);
  // "Added 5 nodes around Armenia" spoke of the scene being left: it must not stay over the one opened.
  notifier.clearNotice();
  await history.record(async () => {
    if (caseId && caseId !== cases.caseId) {
      settings.set({ panel: 'case' });
      await cases.open(caseId);
    } else if (!caseId) cases.leave();
    if (!view) return;
    cypher.setQuery(view.query ?? '');
    // The address is the whole view: no style rules in it means none (a first visit keeps the remembered ones).
    if (!view.style && !isEmptyStyle(settings.get().style)) settings.set({ style: EMPTY_STYLE });
    await openSharedView(explorer, view);
  });
  explorer.changed();
}
async function start(): Promise<void> {
  await styled;
  const shared = decodeView(location.hash);
  const caseId = caseIdOfHash(location.hash);
  if (caseId) {
    settings.set({ panel: 'case' });
    await cases.open(caseId);
  } else if (shared) {
    if (shared.query) cypher.setQuery(shared.query);
    await openSharedView(explorer, shared);
  } else {
    const o = await overview;
    await styled;
    if (o) mountOverviewCard(byId('overview'), o, (n) => void explorer.showNode(n));
    await openDefaultView(explorer, o);
  }
  refreshLink = syncLinkToView(explorer, cypher, {
    prefix: () => (cases.caseId ? `case=${cases.caseId}&` : ''),
    open: openAddress,
  });
  refreshToolbar();
  document.body.dataset.ready = 'true';
  // The first view is drawn: load the layout worker now, not when a large scene waits for it.
  warmLayoutWorker();
}
void start();
