/**
 * What the page opens on: the scene of a shared link, or else the database's own best-connected
 * node and its neighbours, whatever the database (the overview says which one that is).
 */
import { LIMITS, type OverviewResponse } from '../../contract/api.ts';
import { EXPAND_LIMIT, type Explorer } from '../explorer.ts';
import type { SharedView } from '../share/scene-link.ts';

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

/** Rebuilds a shared scene by id (POST /api/elements); what no longer exists is reported, not fatal. */
export async function openSharedView(explorer: Explorer, view: SharedView): Promise<void> {
  const { api, scene, settings, notifier } = explorer;
  settings.set({
    layout: view.layout,
    asOf: view.asOf,
    hiddenLabels: new Set(view.hiddenLabels),
    hiddenTypes: new Set(view.hiddenTypes),
    ...(view.style ? { style: view.style } : {}),
  });
  if (!view.nodes.length) return;
  await notifier.busy('Opening the shared view…', async () => {
    const { graph } = await api.elements({ nodes: view.nodes.slice(0, LIMITS.elementIds), edges: view.edges.slice(0, LIMITS.elementIds) });
    const positions = view.positions
      ? new Map(view.nodes.map((id, i) => [id, { x: view.positions![i]![0], y: view.positions![i]![1] }]))
      : undefined;
    const found = graph.nodes.filter((n) => view.nodes.includes(n.id));
    scene.add({ nodes: found, edges: graph.edges }, { positions });
    scene.setPinned(view.pinned, true);
    scene.hide(view.hidden);
    if (!positions) await explorer.relayout();
    const cy = explorer.cy;
    for (const id of view.selected) cy.getElementById(id).select();
    cy.fit(cy.elements(), 40);
    const missing = view.nodes.length - found.length;
    if (missing > 0) notifier.show(`${missing} node${missing > 1 ? 's' : ''} of the shared view no longer exist${missing > 1 ? '' : 's'}.`);
  });
}
