/** Style rules without a browser: the JSON format, how rules resolve per element, and the data Cytoscape (headless) draws from. */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../contract/graph.ts';
import { Scene } from '../../../../client/graph/scene.ts';
import { iconDataUrl, iconSvg, ICON_NAMES } from '../../../../client/graph/style-icons.ts';
import {
  applyStyleRules,
  EMPTY_STYLE,
  parseStyleRules,
  propertyRanges,
  resolveEdgeStyle,
  resolveNodeStyle,
  styleRuleEntries,
  type StyleRules,
} from '../../../../client/graph/style-rules.ts';
import { decodeView, encodeView, type SharedView } from '../../../../client/share/scene-link.ts';

const node = (id: string, labels: string[], properties: GraphNode['properties'] = {}): GraphNode => ({
  id: `4:db:${id}`,
  labels,
  caption: id,
  properties,
});
const edge = (id: string, type: string, from: string, to: string, properties: GraphEdge['properties'] = {}): GraphEdge => ({
  id: `5:db:${id}`,
  type,
  source: `4:db:${from}`,
  target: `4:db:${to}`,
  properties,
});

const style = (s: Partial<StyleRules>): StyleRules => ({ ...EMPTY_STYLE, ...s });

describe('the style JSON format', () => {
  it('accepts a full example and fills in what is left out', () => {
    const r = parseStyleRules({
      version: 1,
      labels: { Country: { caption: 'iso', color: '#112233', size: { by: 'property', property: 'population' }, icon: 'flag' } },
      families: { conflict: { color: '#ff0000', width: 3 } },
      rules: [{ applies: 'edge', type: 'ALLIED_WITH', property: 'validFrom', min: '2000-01-01', width: 5 }],
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.rules.types).toEqual({});
  });

  it('says what is wrong with a bad file', () => {
    const bad = [
      [{ version: 2 }, /version/],
      [{ version: 1, labels: { Country: { color: 'red' } } }, /labels\.Country\.color: must be a colour/],
      [{ version: 1, labels: { Country: { icon: 'no-such-icon' } } }, /icon: must be one of/],
      [{ version: 1, labels: { Country: { size: { by: 'fixed', value: 5000 } } } }, /size\.value/],
      [{ version: 1, rules: [{ applies: 'node', property: 'x', color: '#000000' }] }, /needs equals, min or max/],
      [{ version: 1, extra: true }, /extra|Unrecognized/i],
      ['not an object', /style|expected/i],
    ] as const;
    for (const [input, message] of bad) {
      const r = parseStyleRules(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});

describe('resolving rules', () => {
  const armenia = node('am', ['Entity', 'Country'], { name: 'Armenia', iso: 'ARM', population: 3_000_000 });
  const russia = node('ru', ['Entity', 'Country'], { name: 'Russia', iso: 'RUS', population: 144_000_000 });

  it('takes the caption property, colour, icon and a fixed size from the label', () => {
    const s = style({ labels: { Country: { caption: 'iso', color: '#112233', icon: 'flag', size: { by: 'fixed', value: 50 } } } });
    expect(resolveNodeStyle(armenia, 'Country', s)).toEqual({ caption: 'ARM', color: '#112233', icon: 'flag', size: 50 });
    // A node without the caption property keeps its own caption.
    expect(resolveNodeStyle(node('x', ['Country']), 'Country', s).caption).toBeUndefined();
  });

  it('sizes by a property over the range on the canvas, or the given bounds', () => {
    const s = style({ labels: { Country: { size: { by: 'property', property: 'population' } } } });
    const ranges = propertyRanges([armenia, russia], s);
    expect(resolveNodeStyle(armenia, 'Country', s, ranges).size).toBe(20);
    expect(resolveNodeStyle(russia, 'Country', s, ranges).size).toBe(80);
    const bounded = style({ labels: { Country: { size: { by: 'property', property: 'population', min: 0, max: 6_000_000 } } } });
    expect(resolveNodeStyle(armenia, 'Country', bounded).size).toBe(50);
    // By degree is the stylesheet's own mapping: no fixed size.
    expect(resolveNodeStyle(armenia, 'Country', style({ labels: { Country: { size: { by: 'degree' } } } })).size).toBeUndefined();
  });

  it('applies rules by value and by range in order, later ones winning, and only to their label', () => {
    const s = style({
      labels: { Country: { color: '#111111' } },
      rules: [
        { applies: 'node', label: 'Country', property: 'population', min: 100_000_000, color: '#aa0000', size: 70 },
        { applies: 'node', property: 'iso', equals: 'RUS', color: '#00aa00' },
        { applies: 'node', label: 'Person', property: 'iso', equals: 'ARM', color: '#0000aa' },
      ],
    });
    expect(resolveNodeStyle(armenia, 'Country', s)).toEqual({ color: '#111111' });
    expect(resolveNodeStyle(russia, 'Country', s)).toEqual({ color: '#00aa00', size: 70 });
  });

  it('gives relationships their family style, then their type style, then matching rules (dates compare as text)', () => {
    const s = style({
      families: { conflict: { color: '#ff0000', width: 3 } },
      types: { FOUGHT: { width: 6 } },
      rules: [{ applies: 'edge', property: 'validFrom', min: '2020-01-01', max: '2022-12-31', color: '#0000ff' }],
    });
    expect(resolveEdgeStyle(edge('1', 'FOUGHT', 'am', 'ru', { validFrom: '2021-05-01' }), 'conflict', s)).toEqual({
      color: '#0000ff',
      width: 6,
    });
    expect(resolveEdgeStyle(edge('2', 'FOUGHT', 'am', 'ru', { validFrom: '2019-05-01' }), 'conflict', s)).toEqual({
      color: '#ff0000',
      width: 6,
    });
    expect(resolveEdgeStyle(edge('3', 'OTHER', 'am', 'ru'), undefined, s)).toEqual({});
  });
});

describe('rules on the canvas (headless Cytoscape)', () => {
  it('writes the fields the stylesheet draws, and removes them when the rules go', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: styleRuleEntries() });
    const scene = new Scene(() => cy);
    scene.add({
      nodes: [node('am', ['Country'], { iso: 'ARM' }), node('ru', ['Country'], { iso: 'RUS' }), node('p', ['Person'])],
      edges: [edge('1', 'BORDERS', 'am', 'ru')],
    });
    const s = style({
      labels: { Country: { caption: 'iso', color: '#123456', icon: 'flag' } },
      types: { BORDERS: { color: '#654321', width: 4 } },
    });
    applyStyleRules(cy, s);
    const am = cy.getElementById('4:db:am');
    expect(am.data('sCaption')).toBe('ARM');
    expect(am.style('label')).toBe('ARM');
    expect(am.style('background-color')).toBe('rgb(18,52,86)');
    expect(String(am.data('sIcon'))).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
    expect(cy.getElementById('4:db:p').data('sColor')).toBeUndefined();
    const e = cy.getElementById('5:db:1');
    expect(e.style('line-color')).toBe('rgb(101,67,33)');
    expect(e.style('width')).toBe('4px');
    applyStyleRules(cy, EMPTY_STYLE);
    expect(am.data('sColor')).toBeUndefined();
    expect(am.data('sIcon')).toBeUndefined();
    expect(e.data('sWidth')).toBeUndefined();
  });

  it('draws each icon of the set from lucide, and none outside it', () => {
    expect(ICON_NAMES.length).toBeGreaterThan(30);
    for (const name of ICON_NAMES)
      expect(iconSvg(name)).toMatch(/^<svg [^>]*stroke="#ffffff".*<(path|circle|rect|line|polyline|polygon|ellipse) /);
    expect(iconSvg('constructor')).toBeNull();
    expect(iconDataUrl('nope')).toBeNull();
  });
});

describe('style in shared links', () => {
  it('round-trips the rules through the hash, and a link with broken rules opens as no link', () => {
    const s = style({
      labels: { Country: { color: '#123456', size: { by: 'fixed', value: 30 } } },
      rules: [{ applies: 'node', property: 'iso', equals: 'ARM', color: '#ff0000' }],
    });
    const view: SharedView = {
      nodes: ['4:x:1'],
      edges: [],
      positions: null,
      pinned: [],
      hidden: [],
      selected: [],
      layout: 'fcose',
      hiddenLabels: [],
      hiddenTypes: [],
      asOf: null,
      query: null,
      style: s,
    };
    expect(decodeView(`#${encodeView(view)}`)).toEqual(view);
    const broken = encodeView({ ...view, style: { ...s, labels: { Country: { color: 'red' } } } as StyleRules });
    expect(decodeView(`#${broken}`)).toBeNull();
  });
});
