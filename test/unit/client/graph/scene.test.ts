/** The page's graph logic without a browser: Cytoscape runs headless (as its own tests do). */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../contract/graph.ts';
import { applyFilters, edgeValidOn, nodeExistsOn } from '../../../../client/graph/filters.ts';
import { Scene } from '../../../../client/graph/scene.ts';
import { primaryLabel, nodeVisual } from '../../../../client/graph/visual.ts';
import { decodeView, encodeView, type SharedView } from '../../../../client/share/scene-link.ts';
import { csvCell, toCsv } from '../../../../client/share/csv.ts';
import { History } from '../../../../client/state/history.ts';
import { locateQuote } from '../../../../client/ui/document-view.ts';

const node = (id: string, labels = ['Entity', 'Country'], properties: GraphNode['properties'] = {}): GraphNode => ({
  id: `4:db:${id}`,
  labels,
  caption: id,
  properties,
});
const edge = (id: string, from: string, to: string, properties: GraphEdge['properties'] = {}): GraphEdge => ({
  id: `5:db:${id}`,
  type: 'MEMBER_OF',
  source: `4:db:${from}`,
  target: `4:db:${to}`,
  properties,
});

function setup() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const scene = new Scene(() => cy);
  return { cy, scene, history: new History(scene) };
}

describe('scene and history', () => {
  it('adds only what is new, and sizes nodes by their degree in the scene', () => {
    const { cy, scene } = setup();
    const added = scene.add({ nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')] });
    expect(added).toEqual({ nodes: ['4:db:a', '4:db:b'], edges: ['5:db:ab'] });
    expect(scene.add({ nodes: [node('a')], edges: [edge('ab', 'a', 'b')] })).toEqual({ nodes: [], edges: [] });
    expect(cy.getElementById('4:db:a').data('deg')).toBe(1);
    // An edge whose end is missing is not drawn.
    expect(scene.add({ nodes: [], edges: [edge('ax', 'a', 'x')] }).edges).toEqual([]);
  });

  it('undoes and redoes each recorded change, and records nothing for a change that changes nothing', async () => {
    const { cy, scene, history } = setup();
    await history.record(() => void scene.add({ nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')] }));
    await history.record(() => scene.setPinned(['4:db:a'], true));
    await history.record(() => scene.remove(['4:db:b']));
    await history.record(() => undefined);
    expect(cy.nodes().length).toBe(1);
    history.undo();
    expect(cy.nodes().length).toBe(2);
    expect(cy.edges().length).toBe(1);
    history.undo();
    expect(cy.getElementById('4:db:a').hasClass('pinned')).toBe(false);
    history.redo();
    expect(cy.getElementById('4:db:a').hasClass('pinned')).toBe(true);
    history.undo();
    history.undo();
    expect(cy.nodes().length).toBe(0);
    expect(history.canUndo).toBe(false);
    history.redo();
    expect(cy.nodes().length).toBe(2);
  });

  it('says a change is under way until its undo step is made, also when changes nest', async () => {
    const { scene, history } = setup();
    let release!: () => void;
    const layout = new Promise<void>((r) => (release = r));
    const seen: [boolean, number][] = [];
    const expansion = history.record(async () => {
      scene.add({ nodes: [node('a')], edges: [] });
      await history.record(() => void scene.add({ nodes: [node('b')], edges: [] }));
      seen.push([history.changing, history.version]); // the inner step is made, the outer one not
      await layout; // an expansion waiting for its layout
    });
    expect(history.changing).toBe(true);
    release();
    await expansion;
    expect(seen).toEqual([[true, 1]]);
    expect(history.changing).toBe(false);
    expect(history.version).toBe(2);
    // A change that fails still ends.
    await expect(history.record(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(history.changing).toBe(false);
  });

  it('brings a trace’s highlight back with its paths on redo, and clears it on undo', async () => {
    const { cy, scene, history } = setup();
    scene.add({ nodes: [node('a'), node('b'), node('c')], edges: [edge('ab', 'a', 'b')] });
    // A trace: its path joins the scene as one step, then is highlighted (Explorer.highlight).
    await history.record(() => void scene.add({ nodes: [node('d')], edges: [edge('bd', 'b', 'd')] }));
    const path = new Set(['4:db:b', '4:db:d', '5:db:bd']);
    cy.elements().forEach((e) => void e.addClass(path.has(e.id()) ? 'path' : 'faded'));
    history.undo();
    expect(cy.elements('.path, .faded').length).toBe(0);
    history.redo();
    expect(
      cy
        .elements('.path')
        .map((e) => e.id())
        .sort(),
    ).toEqual([...path].sort());
    expect(
      cy
        .elements('.faded')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['4:db:a', '4:db:c', '5:db:ab']);
  });
});

describe('style translation', () => {
  it('styles by the meaningful label, never by :Entity', () => {
    expect(primaryLabel(['Entity', 'Person'])).toBe('Person');
    expect(primaryLabel(['Entity'])).toBe('Entity');
    expect(nodeVisual('Person')).not.toEqual(nodeVisual('Country'));
    expect(nodeVisual('SomethingElse')).toEqual(nodeVisual('SomethingElse'));
  });
});

describe('time filter', () => {
  it('knows when a relationship held and when an event had started', () => {
    const e = edge('x', 'a', 'b', { validFrom: '1993-01-01', validTo: '1997-12-31' });
    expect(edgeValidOn(e, '1992-12-31')).toBe(false);
    expect(edgeValidOn(e, '1995-06-30')).toBe(true);
    expect(edgeValidOn(e, '1998-01-31')).toBe(false);
    expect(edgeValidOn(edge('y', 'a', 'b'), '1992-01-31')).toBe(true);
    expect(nodeExistsOn(node('ev', ['Entity', 'Event'], { startDate: '2022-01' }), '2021-12-31')).toBe(false);
    expect(nodeExistsOn(node('ev', ['Entity', 'Event'], { startDate: '2022-01' }), '2022-01-31')).toBe(true);
  });

  it('hides invalid relationships and fades nodes left with none', () => {
    const { cy, scene } = setup();
    scene.add({ nodes: [node('a'), node('b'), node('c')], edges: [edge('ab', 'a', 'b', { validTo: '1997-12-31' }), edge('cb', 'c', 'b')] });
    applyFilters(cy, { hiddenLabels: new Set(), hiddenTypes: new Set(), asOf: '2000-01-31' });
    expect(cy.getElementById('5:db:ab').hasClass('time-hidden')).toBe(true);
    expect(cy.getElementById('4:db:a').hasClass('time-dim')).toBe(true);
    expect(cy.getElementById('4:db:b').hasClass('time-dim')).toBe(false);
    applyFilters(cy, { hiddenLabels: new Set(['Country']), hiddenTypes: new Set(), asOf: null });
    expect(cy.nodes('.filtered').length).toBe(3);
    expect(cy.elements('.time-hidden, .time-dim').length).toBe(0);
  });
});

describe('shared links', () => {
  it('round-trips a view through the hash, and ignores a broken one', () => {
    const view: SharedView = {
      nodes: ['4:abc-123:1', '4:abc-123:22'],
      edges: ['5:abc-123:7'],
      positions: [
        [10, -20],
        [300, 40],
      ],
      pinned: ['4:abc-123:22'],
      hidden: ['5:abc-123:7'],
      selected: ['4:abc-123:1'],
      layout: 'concentric',
      hiddenLabels: ['Event'],
      hiddenTypes: [],
      asOf: '1999-12-31',
      query: 'MATCH (n) RETURN n // ünïcode',
      style: null,
    };
    expect(decodeView(`#${encodeView(view)}`)).toEqual(view);
    expect(decodeView('#view=not-base64!')).toBeNull();
    expect(decodeView('#view=e30')).toBeNull();
    expect(decodeView('')).toBeNull();
  });
});

describe('exports and documents', () => {
  it('defuses formula-like CSV cells and quotes what needs quoting', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@A1')).toBe("'@A1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(toCsv(['n'], [[node('a') as never]])).toBe('n\r\n(a:Country)\r\n');
  });

  it('finds a quote in a text despite different whitespace', () => {
    expect(locateQuote('one two three', 'two')).toEqual([4, 7]);
    expect(locateQuote('one\u00a0two\nthree', 'one two three')).toEqual([0, 13]);
    expect(locateQuote('abc', 'xyz')).toBeNull();
  });
});
