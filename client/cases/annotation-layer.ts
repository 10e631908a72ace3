/**
 * A case's free annotations drawn over the canvas at their model positions (they follow pan and
 * zoom), as text nodes in an overlay that lets pointer events through to the graph.
 */
import type { Core } from 'cytoscape';
import type { CaseAnnotation } from '../../contract/cases.ts';
import { h, replaceChildren } from '../ui/dom.ts';

/** Mounts the layer; the returned function redraws it (call it on viewport changes and when the case changes). */
export function mountAnnotationLayer(host: HTMLElement, cy: () => Core, annotations: () => readonly CaseAnnotation[]): () => void {
  const layer = h('div', { id: 'case-annotations-layer', class: 'annotation-layer', 'aria-label': 'Annotations' });
  host.appendChild(layer);
  const draw = () => {
    const core = cy();
    const zoom = core.zoom();
    const pan = core.pan();
    replaceChildren(
      layer,
      ...annotations().map((a) => {
        const note = h('div', { class: 'annotation' }, a.text);
        note.style.left = `${a.x * zoom + pan.x}px`;
        note.style.top = `${a.y * zoom + pan.y}px`;
        return note;
      }),
    );
  };
  return draw;
}
