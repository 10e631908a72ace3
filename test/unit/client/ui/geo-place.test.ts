import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { countryIndex, matchCountry, ownPoint, placeOf, type CountryShape, type LonLat } from '../../../../client/ui/geo-place.ts';

// The same Natural Earth outline the page bundles.
const atlas = createRequire(import.meta.url)('world-atlas/countries-110m.json');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- world-atlas ships JSON without types
const fc = feature(atlas, atlas.objects.countries) as any;
const shapes: CountryShape[] = fc.features.map((f: { id: string; properties: { name: string } }) => ({
  id: String(f.id),
  name: f.properties.name,
  centroid: geoCentroid(f as never) as LonLat,
}));
const index = countryIndex(shapes);
const node = (caption: string, labels: string[], properties: Record<string, unknown> = {}) =>
  ({ id: caption, labels, caption, properties }) as never;

describe('where a node is on the map', () => {
  it('finds every seed country by name', () => {
    for (const name of [
      'Armenia',
      'Belarus',
      'Kazakhstan',
      'Kyrgyzstan',
      'Russia',
      'Tajikistan',
      'Uzbekistan',
      'Azerbaijan',
      'Georgia',
      'Turkey',
      'China',
      'Ukraine',
    ]) {
      expect(matchCountry(node(name, ['Entity', 'Country']), index)?.name).toBe(name);
    }
  });

  it('matches by numeric ISO code, alias or a spelled-out name, and only Country nodes', () => {
    expect(matchCountry(node('Somewhere', ['Country'], { isoNumeric: '51' }), index)?.name).toBe('Armenia');
    expect(matchCountry(node('RF', ['Country'], { aliases: ['Russian Federation'] }), index)?.name).toBe('Russia');
    expect(matchCountry(node('Türkiye', ['Country']), index)?.name).toBe('Turkey');
    expect(matchCountry(node('Armenia', ['Person']), index)).toBeNull();
    expect(matchCountry(node('Atlantis', ['Country']), index)).toBeNull();
  });

  it('takes a node’s own point first: a WGS84 point or latitude/longitude numbers', () => {
    expect(ownPoint(node('Yerevan', ['Place'], { location: { srid: 4326, x: 44.51, y: 40.18 } }))).toEqual([44.51, 40.18]);
    expect(ownPoint(node('Yerevan', ['Place'], { latitude: 40.18, longitude: 44.51 }))).toEqual([44.51, 40.18]);
    // a Cartesian point is not a place on Earth; out-of-range numbers neither
    expect(ownPoint(node('P', ['Place'], { location: { srid: 7203, x: 1, y: 2 } }))).toBeNull();
    expect(ownPoint(node('P', ['Place'], { latitude: 140, longitude: 0 }))).toBeNull();
    const armenia = placeOf(node('Armenia', ['Country']), index)!;
    expect(armenia[0]).toBeGreaterThan(43);
    expect(armenia[0]).toBeLessThan(47);
    expect(placeOf(node('Armenia', ['Country'], { latitude: 1, longitude: 2 }), index)).toEqual([2, 1]);
    expect(placeOf(node('CSTO', ['Organization']), index)).toBeNull();
  });
});
