/** Exports of the scene: a PNG picture and a JSON file of its nodes, relationships and positions. */
import type { Core } from 'cytoscape';
import type { Scene } from '../graph/scene.ts';
import { download } from './download.ts';

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

export function exportPng(cy: Core): void {
  const bg = getComputedStyle(document.body).getPropertyValue('--canvas-bg').trim() || '#ffffff';
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg, maxWidth: 8000, maxHeight: 8000 });
  download(blob, `relationship-explorer-${stamp()}.png`);
}

export function exportJson(scene: Scene): void {
  const snap = scene.capture();
  const json = {
    exportedAt: new Date().toISOString(),
    nodes: snap.nodes.map((s) => ({ ...s.node, position: { x: s.x, y: s.y }, pinned: s.pinned, hidden: s.hidden })),
    edges: snap.edges.map((s) => ({ ...s.edge, hidden: s.hidden })),
  };
  download(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `relationship-explorer-${stamp()}.json`);
}
