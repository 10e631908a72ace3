/** The one place driver values become JSON, on values built by hand: no database needed. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../../contract/graph.ts';
import { RowMapper, captionOf, toDriverValue, toGraphEdge, toGraphNode, toJson } from '../../../../server/db/mapper.ts';

const { Node, Relationship, Path, PathSegment, Point, Date: Neo4jDate, DateTime, LocalTime, Duration } = neo4j.types;
const int = neo4j.int;

const turkey = new Node(int(1), ['Entity', 'Country'], { name: 'Turkey', key: 'country-turkey', founded: int(1923) }, '4:db:1');
const azerbaijan = new Node(int(2), ['Country'], { title: 'Azerbaijan' }, '4:db:2');
const backs = new Relationship(
  int(7),
  int(1),
  int(2),
  'BACKS',
  { against: 'Armenia', sources: ['afp'], quotes: ['Turkey, which backs Baku'] },
  '5:db:7',
  '4:db:1',
  '4:db:2',
);

describe('toJson: numbers', () => {
  it('keeps safe integers as numbers and turns the rest into exact decimal strings', () => {
    expect(toJson(int(42))).toBe(42);
    expect(toJson(int('9007199254740993'))).toBe('9007199254740993');
    expect(toJson(int('-9223372036854775808'))).toBe('-9223372036854775808');
    expect(toJson(2n ** 60n)).toBe('1152921504606846976');
    expect(toJson(12n)).toBe(12);
  });

  it('writes NaN and the infinities as strings (JSON has no such numbers)', () => {
    expect(toJson(NaN)).toBe('NaN');
    expect(toJson(Infinity)).toBe('Infinity');
    expect(toJson(-Infinity)).toBe('-Infinity');
    expect(JSON.parse(JSON.stringify(toJson([NaN, 1.5])))).toEqual(['NaN', 1.5]);
  });
});

describe('toJson: temporal and spatial values', () => {
  it('gives ISO strings', () => {
    expect(toJson(new Neo4jDate(int(2022), int(1), int(5)))).toBe('2022-01-05');
    expect(toJson(new DateTime(int(2022), int(11), int(23), int(10), int(30), int(0), int(0), int(3600)))).toBe(
      '2022-11-23T10:30:00+01:00',
    );
    expect(toJson(new LocalTime(int(9), int(5), int(0), int(0)))).toBe('09:05:00');
    expect(toJson(new Duration(int(1), int(2), int(3), int(0)))).toBe('P1M2DT3S');
  });

  it('gives points as {srid, x, y[, z]}', () => {
    expect(toJson(new Point(int(4326), 12.5, 41.9))).toEqual({ srid: 4326, x: 12.5, y: 41.9 });
    expect(toJson(new Point(int(9157), 1, 2, 3))).toEqual({ srid: 9157, x: 1, y: 2, z: 3 });
  });

  it('gives bytes as base64 and maps nested lists and maps', () => {
    expect(toJson(new Uint8Array([1, 2, 3]))).toBe('AQID');
    expect(toJson({ a: [int(1), { b: null, c: undefined }] })).toEqual({ a: [1, { b: null, c: null }] });
  });
});

describe('nodes, relationships and paths', () => {
  it('gives a node its string element id, labels, mapped properties and a caption', () => {
    expect(toGraphNode(turkey)).toEqual({
      id: '4:db:1',
      labels: ['Entity', 'Country'],
      caption: 'Turkey',
      properties: { name: 'Turkey', key: 'country-turkey', founded: 1923 },
    });
    expect(toGraphNode(azerbaijan).caption).toBe('Azerbaijan');
    expect(captionOf({}, ['Thing'])).toBe('Thing');
  });

  it('turns the parallel sources/quotes lists into citations', () => {
    expect(toGraphEdge(backs)).toEqual({
      id: '5:db:7',
      type: 'BACKS',
      source: '4:db:1',
      target: '4:db:2',
      properties: { against: 'Armenia' },
      // Only sources/quotes stored (the first format, or another tool's): the rest of a claim takes its defaults.
      provenance: [
        {
          documentKey: 'afp',
          documentId: null,
          title: null,
          publisher: null,
          date: null,
          quote: 'Turkey, which backs Baku',
          start: -1,
          end: -1,
          speaker: null,
          attributed: false,
          attributedTo: null,
          credibility: 6,
        },
      ],
    });
    const plain = new Relationship(int(8), int(1), int(2), 'KNOWS', { since: int(2000) }, '5:db:8', '4:db:1', '4:db:2');
    expect(toGraphEdge(plain)).not.toHaveProperty('provenance');
  });

  it("keeps a node's sources/quotes lists out of its properties (citations come from GET /api/nodes/:id)", () => {
    const named = new Node(int(3), ['Entity'], { name: 'Armenia', sources: ['afp'], quotes: ['Armenia, a member'] }, '4:db:3');
    expect(toGraphNode(named).properties).toEqual({ name: 'Armenia' });
    // Properties of those names that are not provenance lists are the database's own: kept.
    const other = new Node(int(4), ['Thing'], { name: 'x', sources: 'a text' }, '4:db:4');
    expect(toGraphNode(other).properties).toEqual({ name: 'x', sources: 'a text' });
  });

  it('maps a path in order and hands its edges to the caller', () => {
    const path = new Path(turkey, azerbaijan, [new PathSegment(turkey, backs, azerbaijan)]);
    const edges: GraphEdge[] = [];
    const json = toJson({ p: path, r: backs }, edges) as { p: { nodes: { id: string }[]; edges: { id: string }[] } };
    expect(json.p.nodes.map((n) => n.id)).toEqual(['4:db:1', '4:db:2']);
    expect(json.p.edges.map((e) => e.id)).toEqual(['5:db:7']);
    expect(edges).toHaveLength(2); // the path's edge and the loose one: both get citations filled
  });

  it('maps each node and edge of a stream of rows once, wherever it appears, and says what each row made', () => {
    const path = new Path(turkey, azerbaijan, [new PathSegment(turkey, backs, azerbaijan)]);
    const rows = new RowMapper();
    const first = rows.row([turkey, { x: backs, p: path }, [azerbaijan]]) as [
      { id: string },
      { x: object; p: { nodes: object[] } },
      object[],
    ];
    expect(rows.fresh.nodes.map((n) => n.id)).toEqual(['4:db:1', '4:db:2']);
    expect(rows.fresh.edges.map((e) => e.id)).toEqual(['5:db:7']);
    expect(rows.rowEdges.map((e) => e.id)).toEqual(['5:db:7', '5:db:7']); // the loose one and the path's
    // One object per element: the row's node is the path's, so filling citations once fills both.
    expect(first[1].p.nodes[0]).toBe(first[0]);
    expect(first[1].x).toBe(rows.fresh.edges[0]);
    // A later row that repeats them makes nothing new, and the same JSON.
    const second = rows.row([turkey, 7, null]);
    expect(rows.fresh).toEqual({ nodes: [], edges: [] });
    expect(second[0]).toBe(first[0]);
    expect(second.slice(1)).toEqual([7, null]);
    expect(JSON.parse(JSON.stringify(first))).toEqual(toJson([turkey, { x: backs, p: path }, [azerbaijan]]));
  });
});

describe('toDriverValue', () => {
  it('sends whole numbers as integers and the rest as they are', () => {
    const value = toDriverValue({ n: 3, f: 1.5, list: [1, 'a', null], deep: { big: 2 ** 60 } }) as Record<string, unknown>;
    expect(neo4j.isInt(value.n)).toBe(true);
    expect(value.f).toBe(1.5);
    expect(neo4j.isInt((value.list as unknown[])[0])).toBe(true);
    expect((value.deep as Record<string, unknown>).big).toBe(2 ** 60); // beyond 2^53: not exact, stays a float
  });
});

describe('toGraphNode: long strings', () => {
  it('cuts strings beyond MAX_PROPERTY_CHARS, marks the cut and names the property', () => {
    const long = 'x'.repeat(5000);
    const node = toGraphNode(new Node(int(9), ['Document'], { title: 'T', text: long, note: 'short' }, '4:db:9'));
    expect(node.properties.text).toBe(`${'x'.repeat(2000)}…`);
    expect(node.properties.note).toBe('short');
    expect(node.truncated).toEqual(['text']);
    expect(toGraphNode(turkey).truncated).toBeUndefined();
  });
});
