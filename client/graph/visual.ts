/** The pure style translator: a label or relationship type in, colour and shape out. */

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

const SPARE_COLORS = ['#edc948', '#ff9da7', '#8cd17d', '#a0cbe8', '#d4a6c8', '#86bcb6', '#f1ce63', '#bab0ac'];
const SPARE_SHAPES = ['ellipse', 'round-pentagon', 'round-octagon', 'barrel', 'vee'];

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/** The label that names what a node is: the first one that is not an implementation label. */
export function primaryLabel(labels: readonly string[]): string {
  const meaningful = labels.filter((l) => !IMPLEMENTATION_LABELS.has(l));
  return meaningful.find((l) => l in KNOWN) ?? meaningful[0] ?? labels[0] ?? 'Node';
}

/** Colour and shape of a label: fixed for the seed graph's labels, stable per name for any other. */
export function nodeVisual(label: string): NodeVisual {
  const known = KNOWN[label];
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
