/** Two toggles over the canvas: the timeline lanes drawer and the map. */
import { h, replaceChildren } from './dom.ts';
import type { MapView } from './map-view.ts';
import type { TimelineLanes } from './timeline-lanes.ts';

export function mountViewSwitch(root: HTMLElement, lanes: TimelineLanes, map: MapView, lanesRoot: HTMLElement): void {
  const lanesBtn = h(
    'button',
    { type: 'button', id: 'view-lanes', class: 'btn', 'aria-pressed': 'false', on: { click: () => lanes.toggle() } },
    'Timeline lanes',
  );
  const mapBtn = h('button', { type: 'button', id: 'view-map', class: 'btn', 'aria-pressed': 'false' }, 'Map');
  mapBtn.addEventListener('click', () => {
    mapBtn.disabled = true;
    void map.toggle().finally(() => {
      mapBtn.disabled = false;
      mapBtn.setAttribute('aria-pressed', String(map.open));
    });
  });
  lanesRoot.addEventListener('toggle', () => lanesBtn.setAttribute('aria-pressed', String(lanes.open)));
  replaceChildren(root, lanesBtn, mapBtn);
}
