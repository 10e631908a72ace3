/**
 * The render benchmark's scenes are drawn as the page draws its own: every data field the
 * page's stylesheet maps is there (Cytoscape warns, element by element, about a mapping with no
 * data, and those warnings were most of a 5k scene's creation time in the bench), and nodes
 * start where Scene.add puts a query's answer on an empty canvas.
 */
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sceneElements } from '../../../bench/render/elements.ts';
import { leverOptions } from '../../../bench/render/measure.ts';
import { ringPositions } from '../../../client/graph/scene.ts';

afterEach(() => vi.restoreAllMocks());

describe('render benchmark scenes', () => {
  it('give every element the data the page style maps, for each scene tier', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const size of [600, 3000, 9000]) {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        elements: sceneElements(size),
        style: leverOptions('now', size).style as never,
      });
      // Reading a rendered property makes Cytoscape apply every rule to every element.
      cy.elements().forEach((e) => void e.style('label'));
      cy.destroy();
    }
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([]);
  });

  it('start the nodes on the ring Scene.add uses around the viewport centre', () => {
    const scene = sceneElements(900);
    const nodes = scene.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.position)).toEqual(ringPositions(nodes.length, { x: 640, y: 400 }, false));
    // Wide enough that the nodes do not pile up: neighbours on the ring are far apart.
    const [a, b] = [nodes[0]!.position!, nodes[1]!.position!];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(30);
  });
});
