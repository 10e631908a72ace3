/**
 * What the page opens on: the scene of a shared link, or else the database's own best-connected
 * node and its neighbours, whatever the database (the overview says which one that is).
 */
import { LIMITS, type OverviewResponse } from '../../contract/api.ts';
import { EXPAND_LIMIT, type Explorer } from '../explorer.ts';
import type { SharedView } from '../share/scene-link.ts';
import type { Graph } from '../../contract/graph.ts';
import { edgeOf, nodeOf } from '../graph/element-state.ts';

export async function openDefaultView(explorer: Explorer, overview: OverviewResponse | null): Promise<void> {
  const start = overview?.hubs[0];
  if (!start) return; // an empty database: the empty state explains what to do
  await explorer.notifier.busy('Loading the first view…', async () => {
    const { graph } = await explorer.api.neighbors({ id: start.id, limit: EXPAND_LIMIT });
    await explorer.history.record(async () => {
      explorer.scene.add({ nodes: [start], edges: [] });
      explorer.scene.add(graph, { around: start.id });
      await explorer.relayout();
    });
    explorer.changed();
    explorer.cy.getElementById(start.id).select();
  });
}

/**
 * Makes the canvas show a shared scene (a link, a case, Back or Forward): what is on the canvas
 * already is reused, the rest asked for by id (POST /api/elements); what no longer exists is
 * reported, not fatal. The settings it names (timeline, filters, layout, style) come with it.
 */
export async function openSharedView(explorer: Explorer, view: SharedView): Promise<void> {
  const { api, scene, settings, notifier, cy } = explorer;
  settings.set({
    layout: view.layout,
    asOf: view.asOf,
    hiddenLabels: new Set(view.hiddenLabels),
    hiddenTypes: new Set(view.hiddenTypes),
    ...(view.style ? { style: view.style } : {}),
  });
  const nodeIds = view.nodes.slice(0, LIMITS.elementIds);
  const edgeIds = view.edges.slice(0, LIMITS.elementIds);
  const inView = new Set([...nodeIds, ...edgeIds]);
  const onCanvas = (id: string) => cy.getElementById(id).nonempty();
  const known: Graph = {
    nodes: cy
      .nodes()
      .filter((n) => inView.has(n.id()))
      .map(nodeOf),
    edges: cy
      .edges()
      .filter((e) => inView.has(e.id()))
      .map(edgeOf),
  };
  const wanted = { nodes: nodeIds.filter((id) => !onCanvas(id)), edges: edgeIds.filter((id) => !onCanvas(id)) };
  const open = async () => {
    const fetched = wanted.nodes.length || wanted.edges.length ? (await api.elements(wanted)).graph : { nodes: [], edges: [] };
    const graph: Graph = { nodes: [...known.nodes, ...fetched.nodes], edges: [...known.edges, ...fetched.edges] };
    const positions = view.positions
      ? new Map(view.nodes.map((id, i) => [id, { x: view.positions![i]![0], y: view.positions![i]![1] }]))
      : undefined;
    const found = graph.nodes.filter((n) => inView.has(n.id));
    cy.elements().remove();
    scene.add({ nodes: found, edges: graph.edges }, { positions });
    scene.setPinned(view.pinned, true);
    scene.hide(view.hidden);
    if (!positions && found.length) await explorer.relayout();
    cy.$(':selected').unselect();
    for (const id of view.selected) cy.getElementById(id).select();
    if (found.length) cy.fit(cy.elements(), 40);
    const missing = view.nodes.length - found.length;
    if (missing > 0) notifier.show(`${missing} node${missing > 1 ? 's' : ''} of the shared view no longer exist${missing > 1 ? '' : 's'}.`);
  };
  // Nothing to ask the server for (Back to a scene whose elements are all on the canvas): no busy note.
  if (wanted.nodes.length || wanted.edges.length) await notifier.busy('Opening the shared view…', open);
  else await open();
}
