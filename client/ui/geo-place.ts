/**
 * Where a node is on the map. A node may carry its own point: a Neo4j point `location`
 * (`{srid: 4326|4979, x: longitude, y: latitude}` as the API maps it) or `latitude`/`longitude`
 * numbers. A Country without one takes its country's centroid from the world outline (Natural
 * Earth via world-atlas), matched by its numeric ISO 3166-1 code (`isoNumeric`) or else by its
 * name or one of its aliases. Pure: the features are passed in.
 */
import type { GraphNode } from '../../contract/graph.ts';

export type LonLat = [number, number];

export interface CountryShape {
  /** ISO 3166-1 numeric, three digits ("051"). */
  id: string;
  name: string;
  centroid: LonLat;
}

/** Natural Earth's short names for countries the data may spell out in full. */
const SPELLED_OUT: Record<string, string> = {
  'united states': 'united states of america',
  usa: 'united states of america',
  'russian federation': 'russia',
  'republic of armenia': 'armenia',
  'republic of kazakhstan': 'kazakhstan',
  'kyrgyz republic': 'kyrgyzstan',
  türkiye: 'turkey',
  turkiye: 'turkey',
  'democratic republic of the congo': 'dem. rep. congo',
  'czech republic': 'czechia',
  'bosnia and herzegovina': 'bosnia and herz.',
};

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The node's own point, if it carries one. */
export function ownPoint(n: GraphNode): LonLat | null {
  const loc = n.properties.location;
  if (loc && typeof loc === 'object' && !Array.isArray(loc)) {
    const p = loc as Record<string, unknown>;
    const [x, y, srid] = [num(p.x), num(p.y), num(p.srid)];
    if (x !== null && y !== null && (srid === 4326 || srid === 4979)) return valid([x, y]);
  }
  const lat = num(n.properties.latitude) ?? num(n.properties.lat);
  const lon = num(n.properties.longitude) ?? num(n.properties.lon) ?? num(n.properties.lng);
  return lat !== null && lon !== null ? valid([lon, lat]) : null;
}

const valid = ([lon, lat]: LonLat): LonLat | null => (Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null);

export interface CountryIndex {
  byId: Map<string, CountryShape>;
  byName: Map<string, CountryShape>;
}

export function countryIndex(shapes: readonly CountryShape[]): CountryIndex {
  return { byId: new Map(shapes.map((s) => [s.id, s])), byName: new Map(shapes.map((s) => [norm(s.name), s])) };
}

/** The country shape a Country node stands for, or null. */
export function matchCountry(n: GraphNode, index: CountryIndex): CountryShape | null {
  if (!n.labels.includes('Country')) return null;
  const iso = n.properties.isoNumeric;
  if (typeof iso === 'string' || typeof iso === 'number') {
    const hit = index.byId.get(String(iso).padStart(3, '0'));
    if (hit) return hit;
  }
  const aliases = Array.isArray(n.properties.aliases) ? n.properties.aliases.filter((a): a is string => typeof a === 'string') : [];
  for (const name of [n.caption, typeof n.properties.name === 'string' ? n.properties.name : '', ...aliases]) {
    if (!name) continue;
    const key = norm(name);
    const hit = index.byName.get(SPELLED_OUT[key] ?? key);
    if (hit) return hit;
  }
  return null;
}

/** Where the node goes on the map, or null (then the force layout places it). */
export function placeOf(n: GraphNode, index: CountryIndex): LonLat | null {
  return ownPoint(n) ?? matchCountry(n, index)?.centroid ?? null;
}
