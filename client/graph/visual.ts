/**
 * The style translator: a label or relationship type in, colour and shape out. Which label
 * says what a node is comes from the database's schema once it is known (`learnLabels`): the
 * most specific label (fewest nodes), never one that every node carries.
 */

/** Labels that every imported node carries for indexing; never worth a colour or a legend entry. */
export const IMPLEMENTATION_LABELS: ReadonlySet<string> = new Set(['Entity']);

export interface NodeVisual {
  color: string;
  shape: string;
}

const KNOWN: Record<string, NodeVisual> = {
  Country: { color: '#4e79a7', shape: 'round-rectangle' },
  Organization: { color: '#f28e2b', shape: 'round-hexagon' },
  Person: { color: '#59a14f', shape: 'ellipse' },
  Conflict: { color: '#e15759', shape: 'diamond' },
  Event: { color: '#b07aa1', shape: 'round-triangle' },
  Place: { color: '#76b7b2', shape: 'round-tag' },
  Document: { color: '#9c755f', shape: 'rectangle' },
};

/** Colours for every other label: distinct from the known ones and from each other (Tableau 20 and more). */
export const SPARE_COLORS = [
  '#edc948',
  '#ff9da7',
  '#8cd17d',
  '#a0cbe8',
  '#d4a6c8',
  '#86bcb6',
  '#bab0ac',
  '#d37295',
  '#499894',
  '#b6992d',
  '#79706e',
  '#fabfd2',
  '#9d7660',
  '#d7b5a6',
  '#a173d1',
  '#2f8f5b',
  '#c9732f',
  '#5c7cfa',
  '#e8590c',
  '#66a61e',
];
/**
 * Shapes that are solid from edge to centre, so a click anywhere inside lands on the node
 * (a "vee" or a "star" has notches: a click at the centre of a vee misses it).
 */
export const SPARE_SHAPES = [
  'ellipse',
  'round-pentagon',
  'round-octagon',
  'barrel',
  'round-rectangle',
  'round-diamond',
  'round-heptagon',
  'cut-rectangle',
];

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/** What the schema tells about a label: how many nodes carry it, whether every node does. */
export interface LabelFacts {
  label: string;
  count: number;
  everyNode?: boolean | undefined;
}

const counts = new Map<string, number>();
const everywhere = new Set<string>();
const assigned = new Map<string, NodeVisual>();

/**
 * Learns the database's labels: counts decide which label is most specific, and each label
 * that is not one of the seed's gets its own colour and shape in turn (biggest first), so no
 * two labels of a schema share a style until the palette's colour-shape pairs run out.
 */
export function learnLabels(labels: readonly LabelFacts[]): void {
  counts.clear();
  everywhere.clear();
  assigned.clear();
  for (const l of labels) {
    counts.set(l.label, l.count);
    if (l.everyNode) everywhere.add(l.label);
  }
  const others = labels
    .filter((l) => !(l.label in KNOWN) && !l.everyNode && !IMPLEMENTATION_LABELS.has(l.label))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  others.forEach((l, i) => {
    assigned.set(l.label, { color: SPARE_COLORS[i % SPARE_COLORS.length]!, shape: SPARE_SHAPES[i % SPARE_SHAPES.length]! });
  });
}

/** A label that says nothing about what a node is: the seed's :Entity, or one every node carries. */
export const isUninformative = (label: string): boolean => IMPLEMENTATION_LABELS.has(label) || everywhere.has(label);

/**
 * The label that names what a node is: a seed label if it has one, else the most specific
 * (fewest nodes in the database) of its informative labels, else its first.
 */
export function primaryLabel(labels: readonly string[]): string {
  const meaningful = labels.filter((l) => !isUninformative(l));
  const known = meaningful.find((l) => l in KNOWN);
  if (known) return known;
  const bySpecificity = [...meaningful].sort(
    (a, b) => (counts.get(a) ?? Number.MAX_SAFE_INTEGER) - (counts.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b),
  );
  return bySpecificity[0] ?? labels[0] ?? 'Node';
}

/** Colour and shape of a label: fixed for the seed graph's labels, one of its own for each schema label, stable per name otherwise. */
export function nodeVisual(label: string): NodeVisual {
  const known = KNOWN[label] ?? assigned.get(label);
  if (known) return known;
  const n = hash(label);
  return { color: SPARE_COLORS[n % SPARE_COLORS.length]!, shape: SPARE_SHAPES[n % SPARE_SHAPES.length]! };
}

/** Hostile and cooperative relationships read at a glance; the rest stay neutral. */
const CONFLICT_TYPES = /CONFLICT|CRITICI|ATTACK|OPPOS|ACCUSED|WAR|CLASH|REFUSED|REJECT|CONDEMN|RIVAL/;
const COOPERATION_TYPES = /MEMBER|ALLIED|ALLY|SUPPORT|BACKS|AID|LEADS|WORKS_FOR|SPOKESPERSON|DEPLOYED|PARTNER/;

/** The colour of a relationship type. */
export function edgeColor(type: string): string {
  if (CONFLICT_TYPES.test(type)) return '#d0454c';
  if (COOPERATION_TYPES.test(type)) return '#3f7fbf';
  return '#8a8f98';
}
